/**
 * A table as people read it, independent of how it is drawn: the dashboard renders it as an NHS
 * table, `pwp check` as aligned text, an export as CSV. Cells are plain strings and numbers, or a
 * status tag with words (never colour alone) and an optional note under it.
 */

/** good → green, bad → red, neutral → grey, wherever a tag is drawn in colour. */
export type Tone = 'good' | 'bad' | 'neutral';

export interface Tag {
  words: string;
  tone: Tone;
}

/**
 * A cell that carries a status: `text`, then a tag, then a small note, in reading order; or the
 * tag first (`Open from 3 Aug 2026`) when the status is what the cell is about.
 */
export interface StatusCell {
  text?: string;
  tag?: Tag;
  note?: string;
  tagFirst?: boolean;
}

export type Cell = string | number | StatusCell;

export interface Column {
  header: string;
  /** Right-aligned, for figures that should line up. */
  numeric?: boolean;
}

export interface Table {
  caption: string;
  columns: readonly Column[];
  /** The first cell of each row names the row. */
  rows: readonly (readonly Cell[])[];
}

/** A cell as one line of plain text, for the command line and exports. */
export function cellText(cell: Cell): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  const text = cell.text?.trim();
  const tag = cell.tag?.words;
  if (cell.tagFirst)
    return [[tag, text].filter((p) => p).join(' '), cell.note].filter((p) => p).join(' — ');
  return [text, tag, cell.note].filter((part) => part).join(' — ');
}

/** The met / not-met-yet tag used across the report. */
export function metTag(met: boolean): Tag {
  return met ? { words: 'Met', tone: 'good' } : { words: 'Not met yet', tone: 'neutral' };
}
