import type { Change } from '../../shared/domain/changes';
import { applyChange, changeSchema } from '../../shared/domain/changes';
import { readPortfolioText } from '../../shared/format/read-portfolio';
import type { Portfolio } from '../../shared/schemas/portfolio';
import { portfolioSchema } from '../../shared/schemas/portfolio';
import type { DocumentKind } from './document-kind';

/** The trainee's portfolio as a kind of document the durable store holds. */
export const portfolioKind: DocumentKind<Portfolio, Change> = {
  name: 'portfolio',
  read(text) {
    const read = readPortfolioText(text);
    if (!read.ok) return read;
    return {
      ok: true,
      document: read.portfolio,
      upgrades: read.sealed ? read.migrated : [...read.migrated, 'seal'],
    };
  },
  validate: (portfolio) => portfolioSchema.parse(portfolio),
  changeSchema,
  apply(portfolio, change, at) {
    const result = applyChange(portfolio, change, at);
    return result.ok
      ? { ok: true, document: result.portfolio, change: result.change }
      : { ok: false, code: result.code, issues: result.issues };
  },
  journalSeq: (portfolio) => portfolio.journalSeq ?? 0,
  withJournalSeq: (portfolio, journalSeq) => ({ ...portfolio, journalSeq }),
  updatedAt: (portfolio) => portfolio.updatedAt,
  reason: (change) => (change.type === 'record-amend' ? change.reason : null),
  before(portfolio, change) {
    if (
      change.type === 'record-update-draft' ||
      change.type === 'record-delete-draft' ||
      change.type === 'record-submit'
    ) {
      const id = change.type === 'record-update-draft' ? change.record.id : change.id;
      return (portfolio[change.collection] as { id: string }[]).find((r) => r.id === id);
    }
    if (change.type === 'trainee-update') return portfolio.trainee;
    return undefined;
  },
};
