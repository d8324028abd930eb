import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../shared/app-events';
import { exportablePortfolio } from '../../shared/domain/export';
import { generatePortfolio } from '../../shared/generator/synthetic-portfolio';
import { createAppServices } from '../../electron/app-services';
import type { MenuPorts } from '../../electron/menu-actions';
import { exportToFile, importFile, switchPortfolio } from '../../electron/menu-actions';

describe('the menu’s actions', () => {
  let dataDir: string;
  let events: AppEvent[];
  let ports: MenuPorts & { warn: ReturnType<typeof vi.fn>; writeText: ReturnType<typeof vi.fn> };
  const file = JSON.stringify(
    exportablePortfolio(generatePortfolio({ seed: 3, at: '2027-01-10' }).portfolio),
  );

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pwp-menu-'));
    const { dispatch } = createAppServices({ dataDir, runtime: 'harness', version: 'test' });
    events = [];
    ports = {
      dispatch,
      notify: (event) => events.push(event),
      warn: vi.fn(() => Promise.resolve()),
      readText: (path) =>
        path === 'portfolio.pwp' ? Promise.resolve(file) : Promise.reject(new Error('ENOENT')),
      chooseSavePath: (name) => Promise.resolve(join(dataDir, name)),
      writeText: vi.fn(() => Promise.resolve()),
    };
  });
  afterEach(async () => {
    await ports.dispatch('portfolio:close', undefined);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('imports a chosen file and tells the page what is open, instead of reloading it', async () => {
    await importFile(ports, 'portfolio.pwp');
    expect(events).toEqual([
      {
        type: 'portfolio-changed',
        summary: expect.objectContaining({ readOnly: false }) as unknown,
      },
    ]);
    expect(ports.warn).not.toHaveBeenCalled();
  });

  it('says calmly why a file is refused, and tells the page nothing', async () => {
    await importFile(ports, 'missing.pwp');
    await importFile(ports, 'portfolio.pwp');
    await importFile(ports, 'portfolio.pwp');
    expect(ports.warn).toHaveBeenCalledWith(
      'That file could not be read. Nothing has been changed.',
    );
    expect(ports.warn).toHaveBeenLastCalledWith(
      expect.stringContaining('already in your list'),
      expect.any(String),
    );
    expect(events).toHaveLength(1);
  });

  it('closes the open portfolio for New, and the page is told nothing is open', async () => {
    await importFile(ports, 'portfolio.pwp');
    await switchPortfolio(ports, 'portfolio:close', undefined);
    expect(events.at(-1)).toEqual({ type: 'portfolio-changed', summary: null });
  });

  it('exports the open portfolio where the person chooses', async () => {
    await importFile(ports, 'portfolio.pwp');
    await exportToFile(ports);
    expect(ports.writeText).toHaveBeenCalledWith(
      expect.stringMatching(/\.pwp$/),
      expect.stringContaining('"schemaVersion"'),
    );
  });
});
