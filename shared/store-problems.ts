/**
 * What can be wrong with a portfolio's files, found when it is listed or opened, and what
 * recovery did about it. Structured here, and turned into words by the functions below, so the
 * first screen, the recovery notice and any log say the same thing.
 */

/** The part of a portfolio's folder that holds the problem. */
export type StorePart = 'snapshot' | 'journal' | 'history';

export type StoreProblem =
  | {
      part: 'snapshot';
      /** missing: portfolio.json is not there; damaged: it fails to read or its checksum. */
      kind: 'missing' | 'damaged';
      /** The first thing found wrong, in words (from the file reader). */
      detail: string;
    }
  | {
      part: 'journal' | 'history';
      /** damaged: a line's bytes changed; missing-change: a gap; does-not-apply: a change that no longer fits. */
      kind: 'damaged' | 'missing-change' | 'does-not-apply';
      /** The file's name (`journal.ndjson` or a history segment). */
      file: string;
      /** The first damaged change's number, when known. */
      seq: number | null;
      /** When the last change that reads correctly before it was saved, if known. */
      lastGoodAt: string | null;
    };

/** What a recovery rebuilt, and what it could not. */
export interface RecoveryOutcome {
  /** What was wrong (null: nothing was, and nothing was changed). */
  problem: StoreProblem | null;
  /** What the portfolio was rebuilt from: its own snapshot or the named backup. */
  base: { kind: 'snapshot' } | { kind: 'backup'; name: string } | null;
  /** The last change the recovered portfolio holds, and when it was saved. */
  recoveredThrough: { seq: number; at: string | null };
  /** Changes after that point which could not be used: read but cut off by damage, or unreadable. */
  lost: { changes: number; unreadableLines: number; firstAt: string | null; lastAt: string | null };
  /** The folder where every damaged or replaced file was kept (never deleted); null if none. */
  keptDamagedAt: string | null;
}

const partName = {
  snapshot: 'the main portfolio file (portfolio.json)',
  journal: 'the file of recent changes (journal.ndjson)',
  history: 'the portfolio’s history',
} as const;

/** One sentence saying what is wrong, for the list of portfolios that will not open. */
export function describeStoreProblem(
  problem: StoreProblem,
  formatAt: (iso: string) => string,
): string {
  if (problem.part === 'snapshot') {
    return problem.kind === 'missing'
      ? `${capitalise(partName.snapshot)} is missing.`
      : `${capitalise(partName.snapshot)} is damaged: ${lowerFirst(problem.detail)}.`;
  }
  const where =
    problem.part === 'history' ? `${partName.history} (${problem.file})` : partName.journal;
  const which = problem.seq === null ? 'A change' : `Change ${problem.seq}`;
  const what =
    problem.kind === 'damaged'
      ? 'is damaged'
      : problem.kind === 'missing-change'
        ? 'is missing'
        : 'no longer fits the portfolio';
  const after = problem.lastGoodAt
    ? ` Everything saved up to ${formatAt(problem.lastGoodAt)} can be recovered.`
    : '';
  return `${which} in ${where} ${what}.${after}`;
}

/** Sentences for the recovery notice: what came back, and what could not. */
export function describeRecovery(
  outcome: RecoveryOutcome,
  formatAt: (iso: string) => string,
): { recovered: string; lost: string | null } {
  const through = outcome.recoveredThrough.at
    ? `everything saved up to ${formatAt(outcome.recoveredThrough.at)}`
    : 'everything that could be read';
  const from =
    outcome.base?.kind === 'backup'
      ? ` It was rebuilt from the backup ${outcome.base.name} and the history saved after it.`
      : '';
  const recovered = `Your portfolio holds ${through}.${from}`;
  const { changes, unreadableLines, firstAt } = outcome.lost;
  const count = changes + unreadableLines;
  if (count === 0) return { recovered, lost: null };
  const since = outcome.recoveredThrough.at ?? firstAt;
  const entries = count === 1 ? '1 change' : `${count} changes`;
  const lost = since
    ? `${entries} saved after ${formatAt(since)} could not be read, so they are not in the recovered portfolio. Check your most recent entries and add any that are missing.`
    : `${entries} could not be read, so they are not in the recovered portfolio. Check your most recent entries and add any that are missing.`;
  return { recovered, lost };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
