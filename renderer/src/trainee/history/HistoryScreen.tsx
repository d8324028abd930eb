import { useEffect, useMemo, useState } from 'react';
import type { HistoryItem } from '../../../../shared/history';
import { api } from '../../api';
import { usePortfolio } from '../../shell/PortfolioContext';
import { HistoryTable } from './HistoryTable';
import { collectionWord, historySearchText, nameLookup } from './history-words';

/** How many changes are drawn at once; a year of work is thousands, and most people want the latest. */
const PAGE = 100;

export type HistoryLoad =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; items: HistoryItem[] };

/** Loads the history (of the whole portfolio, or of one record), newest first. */
export function useHistory(recordIds: readonly string[] | null, active = true): HistoryLoad {
  const [load, setLoad] = useState<HistoryLoad>({ status: 'loading' });
  const key = recordIds?.join(' ') ?? '';
  useEffect(() => {
    if (!active) return;
    let live = true;
    const ids = key === '' ? [undefined] : key.split(' ');
    void Promise.all(
      ids.map((recordId) => api.portfolioHistory(recordId ? { recordId } : undefined)),
    ).then((results) => {
      if (!live) return;
      const failed = results.find((r) => !r.ok);
      if (failed) {
        setLoad({ status: 'failed', message: failed.error.message });
        return;
      }
      const bySeq = new Map<number, HistoryItem>();
      for (const result of results) if (result.ok) for (const i of result.data) bySeq.set(i.seq, i);
      setLoad({ status: 'loaded', items: [...bySeq.values()].sort((a, b) => b.seq - a.seq) });
    });
    return () => {
      live = false;
    };
  }, [key, active]);
  return load;
}

/** "12 changes", "3 of 12 changes shown" or "the newest 100 of 250 changes shown". */
function countText(drawn: number, matching: number, total: number): string {
  if (drawn < matching) return `The newest ${drawn} of ${matching} changes shown`;
  if (matching < total) return `${matching} of ${total} changes shown`;
  return `${total} ${total === 1 ? 'change' : 'changes'}`;
}

/** What to say when there is no history: the example was generated, not typed. */
export function NoHistory({ readOnly, what }: { readOnly: boolean; what: string }) {
  return (
    <p className="nhsuk-body">
      {readOnly
        ? 'This example was generated, so it has no history of changes.'
        : `No changes have been made to ${what} yet.`}
    </p>
  );
}

/** The whole portfolio's append-only history: every change, who made it, when and why. */
export function HistoryScreen() {
  const { portfolio, readOnly } = usePortfolio();
  const load = useHistory(null);
  const [kind, setKind] = useState('all');
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const names = useMemo(() => nameLookup(portfolio), [portfolio]);
  const items = useMemo(() => (load.status === 'loaded' ? load.items : []), [load]);
  const searchable = useMemo(
    () => items.map((item) => ({ item, text: historySearchText(item, names) })),
    [items, names],
  );
  const kinds = useMemo(
    () =>
      [...new Set(items.map((i) => i.collection))].sort((a, b) =>
        collectionWord(a).localeCompare(collectionWord(b)),
      ),
    [items],
  );
  const needle = query.trim().toLowerCase();
  const visible = searchable
    .filter(
      ({ item, text }) =>
        (kind === 'all' || item.collection === kind) && (needle === '' || text.includes(needle)),
    )
    .map(({ item }) => item);

  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        History
      </h1>
      <p className="nhsuk-body">
        Every change to this portfolio, newest first: who made it, when, and why. Nothing is ever
        taken out of this history — corrections and deleted drafts stay listed. Open a change to see
        its values.
      </p>
      {load.status === 'loading' ? (
        <p className="nhsuk-body" role="status">
          Loading the history…
        </p>
      ) : load.status === 'failed' ? (
        <p className="nhsuk-error-message" role="alert">
          {load.message}
        </p>
      ) : items.length === 0 ? (
        <NoHistory readOnly={readOnly} what="this portfolio" />
      ) : (
        <>
          <div className="app-record-table__controls">
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="history-kind">
                Kind of entry
              </label>
              <select
                className="nhsuk-select"
                id="history-kind"
                value={kind}
                onChange={(event) => {
                  setKind(event.target.value);
                  setShown(PAGE);
                }}
              >
                <option value="all">All kinds</option>
                {kinds.map((k) => (
                  <option key={k} value={k}>
                    {collectionWord(k)}
                  </option>
                ))}
              </select>
            </div>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="history-search">
                Search the history
              </label>
              <input
                className="nhsuk-input"
                id="history-search"
                type="search"
                value={query}
                onChange={(event) => {
                  setQuery(event.target.value);
                  setShown(PAGE);
                }}
              />
            </div>
          </div>
          <p className="nhsuk-body-s" role="status">
            {countText(Math.min(shown, visible.length), visible.length, items.length)}
          </p>
          {visible.length === 0 ? (
            <p className="nhsuk-body">No changes match.</p>
          ) : (
            <HistoryTable
              items={visible.slice(0, shown)}
              caption="Changes to this portfolio, newest first"
            />
          )}
          {visible.length > shown ? (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => setShown(shown + PAGE)}
            >
              Show {Math.min(PAGE, visible.length - shown)} older changes
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
