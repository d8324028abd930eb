import type { Portfolio } from '../schemas/portfolio';

/**
 * The portfolio as it leaves the app (to the university, a USB stick, another computer): private
 * reflections are left out — they are never exported or signed — and so is the app's own
 * bookkeeping of its journal.
 */
export function exportablePortfolio(portfolio: Portfolio): Portfolio {
  const { journalSeq: _journalSeq, ...rest } = portfolio;
  return { ...rest, reflections: portfolio.reflections.filter((r) => !r.private) };
}

/** A file name people recognise: `Sam Patel – PWP portfolio.pwp` (JSON inside), with no unsafe characters. */
export function exportFileName(portfolio: Portfolio): string {
  const name = portfolio.trainee.name.replace(/[^\p{L}\p{N} .'-]/gu, '').trim() || 'Trainee';
  return `${name} – PWP portfolio.pwp`;
}
