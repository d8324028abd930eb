import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/app-services';
import { createDispatcher } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { PortfolioLibrary } from '../../../electron/store/portfolio-library';
import { AppError } from '../../../shared/errors';

const trainee = {
  name: 'Sam Patel',
  university: 'University of Exeter',
  service: 'TalkWorks Devon',
  cohort: 'January 2027',
  startDate: '2027-01-11',
  route: 'apprenticeship' as const,
};

describe('the IPC dispatcher', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pwp-dispatch-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const services = () => createAppServices({ dataDir, runtime: 'harness', version: '1.2.3' });

  it('answers app info with the data folder and runtime', async () => {
    const result = await services().dispatch('app:info', undefined);
    expect(result).toEqual({
      ok: true,
      data: expect.objectContaining({ runtime: 'harness', version: '1.2.3', dataDir }) as unknown,
    });
  });

  it('refuses a channel that is not in the contract', async () => {
    const result = await services().dispatch('fs:readFile', '/etc/passwd');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unknown-channel');
  });

  it('names every invalid field and saves nothing', async () => {
    const { dispatch } = services();
    const result = await dispatch('portfolio:create', {
      trainee: { ...trainee, name: '   ', startDate: '2027-02-30' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.fields.map((f) => f.path).sort()).toEqual([
      'trainee.name',
      'trainee.startDate',
    ]);
    expect(await dispatch('portfolio:list', undefined)).toEqual({
      ok: true,
      data: { portfolios: [], unreadable: [] },
    });
  });

  it('refuses extra properties instead of silently storing them', async () => {
    const result = await services().dispatch('portfolio:create', {
      trainee,
      nhsNumber: '9434765919',
    });
    expect(result.ok).toBe(false);
  });

  it('refuses ids that could escape the data folder', async () => {
    const result = await services().dispatch('portfolio:open', { id: '../../etc/passwd' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields[0]?.path).toBe('id');
  });

  it('creates, lists and reopens a portfolio', async () => {
    const first = services();
    const created = await first.dispatch('portfolio:create', { trainee });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await first.dispatch('portfolio:list', undefined)).toEqual({
      ok: true,
      data: { portfolios: [created.data], unreadable: [] },
    });

    const second = services();
    const { id } = created.data as { id: string };
    const whileOpen = await second.dispatch('portfolio:open', { id });
    expect(whileOpen.ok || whileOpen.error.code).toBe('portfolio-locked');

    await first.library.closeCurrent();
    expect(await second.dispatch('portfolio:current', undefined)).toEqual({ ok: true, data: null });
    expect(await second.dispatch('portfolio:open', { id })).toEqual({
      ok: true,
      data: created.data,
    });
    await second.library.closeCurrent();
  });

  it('turns a coded failure into its code, and anything else into "internal" without details', async () => {
    const library = new PortfolioLibrary(dataDir);
    const handlers = createHandlers({ library, runtime: 'harness', version: '0' });
    const logged: string[] = [];
    const dispatch = createDispatcher(
      {
        ...handlers,
        'portfolio:list': () => {
          throw new AppError('storage-failed', 'disk full at /secret/path');
        },
        'portfolio:current': () => {
          throw new Error('boom at /secret/path');
        },
      },
      (message) => logged.push(message),
    );
    const coded = await dispatch('portfolio:list', undefined);
    const unexpected = await dispatch('portfolio:current', undefined);
    expect(coded.ok || coded.error.code).toBe('storage-failed');
    expect(unexpected.ok || unexpected.error.code).toBe('internal');
    expect(JSON.stringify([coded, unexpected])).not.toContain('/secret/path');
    expect(logged).toEqual(['Unexpected error on portfolio:current']);
  });
});
