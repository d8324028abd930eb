import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Rectangle, WindowState } from '../../electron/window-state';
import {
  createWindowStateKeeper,
  defaultWindowState,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
  windowStateFrom,
} from '../../electron/window-state';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnRight: Rectangle = { x: 1440, y: -200, width: 2560, height: 1400 };
const saved: WindowState = { x: 100, y: 80, width: 1000, height: 700, maximised: false };

describe('loading and saving the window state', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pwp-window-state-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const writeRaw = (text: string) => writeFile(join(dataDir, WINDOW_STATE_FILE), text);

  it('gives back what was saved', async () => {
    await saveWindowState(dataDir, saved);
    expect(await loadWindowState(dataDir, [laptop])).toEqual(saved);
  });

  it('writes readable JSON and leaves no temporary file behind', async () => {
    await saveWindowState(dataDir, { ...saved, maximised: true });
    expect(await readdir(dataDir)).toEqual([WINDOW_STATE_FILE]);
    expect(JSON.parse(await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      ...saved,
      maximised: true,
    });
  });

  it('creates the data folder on first save', async () => {
    const fresh = join(dataDir, 'not', 'yet');
    await saveWindowState(fresh, saved);
    expect(await loadWindowState(fresh, [laptop])).toEqual(saved);
  });

  it('refuses to save a state that would not load', async () => {
    await expect(saveWindowState(dataDir, { ...saved, width: 10 })).rejects.toThrow();
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('starts with the defaults when there is no file', async () => {
    expect(await loadWindowState(dataDir, [laptop])).toEqual(defaultWindowState);
  });

  it.each([
    ['not JSON', '{"x": 1,'],
    ['empty', ''],
    ['null', 'null'],
    ['an array', '[1, 2, 3]'],
    ['text for numbers', '{"x":"1","y":"2","width":"900","height":"700","maximised":false}'],
    ['too small', '{"width":10,"height":10,"maximised":false}'],
    ['absurdly large', '{"width":1e9,"height":700,"maximised":false}'],
    ['fractional', '{"width":900.5,"height":700,"maximised":false}'],
    ['no maximised flag', '{"width":900,"height":700}'],
    ['a null position', '{"x":null,"y":0,"width":900,"height":700,"maximised":false}'],
  ])('falls back to the defaults for a file that is %s', async (_what, text) => {
    await writeRaw(text);
    expect(await loadWindowState(dataDir, [laptop])).toEqual(defaultWindowState);
  });

  it('ignores fields it does not know', async () => {
    await writeRaw(JSON.stringify({ ...saved, theme: 'dark' }));
    expect(await loadWindowState(dataDir, [laptop])).toEqual(saved);
  });

  it('keeps the size but drops a position that is off every display now', async () => {
    await saveWindowState(dataDir, { ...saved, x: 3000, y: 100 });
    expect(await loadWindowState(dataDir, [laptop])).toEqual({
      width: 1000,
      height: 700,
      maximised: false,
    });
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is on the second monitor', () => {
    const state = { ...saved, x: 2000, y: 0 };
    expect(fitToDisplays(state, [laptop, monitorOnRight])).toEqual(state);
  });

  it('keeps a window that hangs partly off the edge', () => {
    const state = { ...saved, x: -900, y: 50 };
    expect(fitToDisplays(state, [laptop])).toEqual(state);
  });

  it.each([
    ['to the right of every display', { x: 5000, y: 0 }],
    ['above every display', { x: 0, y: -5000 }],
    ['with only a sliver showing', { x: 1440 - 10, y: 0 }],
    ['below the display', { x: 200, y: 900 }],
  ])('drops the position of a window %s', (_where, position) => {
    expect(fitToDisplays({ ...saved, ...position }, [laptop])).toEqual({
      width: 1000,
      height: 700,
      maximised: false,
    });
  });

  it('drops the position when no display is known', () => {
    expect(fitToDisplays(saved, [])).not.toHaveProperty('x');
  });

  it('leaves a state without a position as it is', () => {
    expect(fitToDisplays(defaultWindowState, [laptop])).toEqual(defaultWindowState);
  });
});

describe('windowStateFrom', () => {
  it('rounds the fractions scaled displays report and keeps the minimum size', () => {
    expect(windowStateFrom({ x: 10.6, y: -3.2, width: 200.4, height: 900.5 }, true)).toEqual({
      x: 11,
      y: -3,
      width: 480,
      height: 901,
      maximised: true,
    });
  });
});

describe('createWindowStateKeeper', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function keeper(read: () => WindowState = () => saved) {
    const save = vi.fn((_state: WindowState) => Promise.resolve());
    const onError = vi.fn();
    return {
      save,
      onError,
      keeper: createWindowStateKeeper({ read, save, onError, delayMs: 500 }),
    };
  }

  it('saves once, with the latest bounds, after moving stops', async () => {
    let x = 0;
    const { save, keeper: k } = keeper(() => ({ ...saved, x }));
    for (let i = 0; i < 30; i++) {
      x = i;
      k.changed();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ ...saved, x: 29 });
  });

  it('saves at once on flush and cancels the pending save', async () => {
    const { save, keeper: k } = keeper();
    k.changed();
    await k.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('writes one save after another, so an older state never lands last', async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const first = new Promise<void>((resolve) => (release = resolve));
    const save = vi.fn(async (state: WindowState) => {
      if (state.x === 1) await first;
      order.push(`x=${String(state.x)}`);
    });
    let x = 1;
    const k = createWindowStateKeeper({ read: () => ({ ...saved, x }), save, onError: vi.fn() });
    void k.flush();
    x = 2;
    const second = k.flush();
    release();
    await second;
    expect(order).toEqual(['x=1', 'x=2']);
  });

  it('reports a failed save without throwing, and whenSaved still settles', async () => {
    const onError = vi.fn();
    const k = createWindowStateKeeper({
      read: () => saved,
      save: () => Promise.reject(new Error('disk full')),
      onError,
    });
    await expect(k.flush()).resolves.toBeUndefined();
    await expect(k.whenSaved()).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledWith(new Error('disk full'));
  });

  it('reports a window that can no longer be read (already destroyed)', async () => {
    const {
      save,
      onError,
      keeper: k,
    } = keeper(() => {
      throw new Error('Object has been destroyed');
    });
    await k.flush();
    expect(save).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
