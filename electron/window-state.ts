import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from './store/durable-write';

/**
 * Where the main window was and how big, kept between runs in `window-state.json` in the data
 * folder. Losing it costs nothing but a re-centred window, so every problem (missing file, bad
 * JSON, odd values, a monitor that has gone) falls back quietly instead of stopping start-up.
 */

export const WINDOW_STATE_FILE = 'window-state.json';

/** The smallest window the UI is laid out for; `window.ts` sets the same as the minimum size. */
export const MIN_WIDTH = 480;
export const MIN_HEIGHT = 400;

/** Larger than any real display arrangement; stops a corrupt file asking for a huge window. */
const MAX_EXTENT = 100_000;

/** How much of the window must lie on some display for the saved position to count as visible. */
const MIN_VISIBLE_PIXELS = 48;

const coordinate = z.number().int().min(-MAX_EXTENT).max(MAX_EXTENT);

export const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: z.number().int().min(MIN_WIDTH).max(MAX_EXTENT),
  height: z.number().int().min(MIN_HEIGHT).max(MAX_EXTENT),
  maximised: z.boolean(),
});

/** No `x`/`y` means "let the system place the window" (it centres it). */
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const defaultWindowState: WindowState = { width: 1200, height: 820, maximised: false };

/**
 * The saved state, fitted to the displays there are now (`workAreas`, from Electron's `screen`).
 * A missing, unreadable or invalid file gives the defaults; a position that would leave the
 * window off every display (less than a 48-pixel square showing, too little to grab) is dropped
 * so the system centres the window, and the size is kept.
 */
export async function loadWindowState(
  dataDir: string,
  workAreas: readonly Rectangle[],
): Promise<WindowState> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(dataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return defaultWindowState;
  }
  const parsed = windowStateSchema.safeParse(json);
  return parsed.success ? fitToDisplays(parsed.data, workAreas) : defaultWindowState;
}

/** `state` without its position when that position is not visible on any of `workAreas`. */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const { x, y, ...size } = state;
  if (x === undefined || y === undefined) return size;
  const bounds = { x, y, width: state.width, height: state.height };
  return workAreas.some((area) => isVisibleOn(bounds, area)) ? state : size;
}

function isVisibleOn(window: Rectangle, area: Rectangle): boolean {
  const overlapWidth =
    Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  const overlapHeight =
    Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y);
  return (
    overlapWidth >= Math.min(MIN_VISIBLE_PIXELS, area.width) &&
    overlapHeight >= Math.min(MIN_VISIBLE_PIXELS, area.height)
  );
}

/** Saves `state` atomically (temp file, fsync, rename), creating the data folder if need be. */
export async function saveWindowState(dataDir: string, state: WindowState): Promise<void> {
  const valid = windowStateSchema.parse(state);
  await mkdir(dataDir, { recursive: true });
  await writeFileDurably(join(dataDir, WINDOW_STATE_FILE), `${JSON.stringify(valid, null, 2)}\n`);
}

/**
 * The window's state as Electron reports it, made valid: `bounds` are the normal (restored)
 * bounds, so un-maximising next time returns to where the user left it; fractions from scaled
 * displays are rounded and the size is kept above the minimum.
 */
export function windowStateFrom(bounds: Rectangle, maximised: boolean): WindowState {
  const clamp = (value: number, min: number, max: number) =>
    Math.min(max, Math.max(min, Math.round(value)));
  return {
    x: clamp(bounds.x, -MAX_EXTENT, MAX_EXTENT),
    y: clamp(bounds.y, -MAX_EXTENT, MAX_EXTENT),
    width: clamp(bounds.width, MIN_WIDTH, MAX_EXTENT),
    height: clamp(bounds.height, MIN_HEIGHT, MAX_EXTENT),
    maximised,
  };
}

export interface WindowStateKeeper {
  /** Call on every move or resize; saves once things have been still for `delayMs`. */
  changed(): void;
  /** Saves now (on close), cancelling any pending save; resolves when it is on disk. */
  flush(): Promise<void>;
  /** Resolves once every save started so far has finished (or failed and been reported). */
  whenSaved(): Promise<void>;
}

/**
 * Debounced saving: moving a window fires dozens of events a second, and each save is a
 * durable write. `read` is called at save time, so the latest bounds are what gets written.
 * A failed save is reported to `onError` and never thrown: the window must still close.
 */
export function createWindowStateKeeper(options: {
  read: () => WindowState;
  save: (state: WindowState) => Promise<void>;
  onError: (error: unknown) => void;
  delayMs?: number;
}): WindowStateKeeper {
  const { read, save, onError, delayMs = 500 } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  const saveNow = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    let state: WindowState;
    try {
      state = read();
    } catch (error) {
      onError(error);
      return writing;
    }
    // Saves run one after another, so an older state can never land after a newer one.
    writing = writing.then(() => save(state)).catch(onError);
    return writing;
  };

  return {
    changed() {
      clearTimeout(timer);
      timer = setTimeout(() => void saveNow(), delayMs);
    },
    flush: saveNow,
    whenSaved: () => writing,
  };
}
