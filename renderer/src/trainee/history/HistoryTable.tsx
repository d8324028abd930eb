import { useMemo } from 'react';
import type { HistoryItem } from '../../../../shared/history';
import { formatInstant } from '../../kit/format';
import { usePortfolio } from '../../shell/PortfolioContext';
import type { NameLookup } from './history-words';
import {
  actionText,
  changedValues,
  collectionWord,
  describeValues,
  entryName,
  nameLookup,
} from './history-words';

function ValueList({ rows }: { rows: readonly [string, string][] }) {
  return (
    <dl className="nhsuk-summary-list app-history__values">
      {rows.map(([label, text]) => (
        <div className="nhsuk-summary-list__row" key={label}>
          <dt className="nhsuk-summary-list__key">{label}</dt>
          <dd className="nhsuk-summary-list__value app-prewrap">{text}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "22 Nov 2026, 14:05", where only the time may wrap onto a second line (at 200 % zoom). */
function When({ at }: { at: string }) {
  const text = formatInstant(at);
  const comma = text.lastIndexOf(', ');
  if (comma < 0) return <>{text}</>;
  return (
    <>
      <span className="app-nowrap">{text.slice(0, comma + 1)}</span> {text.slice(comma + 2)}
    </>
  );
}

/** Which entry the change is about, under its kind: "Dr Priya Shah", "PT-0042, 3 Mar 2027". */
function EntryName({ item, names }: { item: HistoryItem; names: NameLookup }) {
  const name = entryName(item, names);
  return name ? <span className="app-history__entry app-prewrap">{name}</span> : null;
}

const heading = (text: string) => <p className="nhsuk-body-s app-history__heading">{text}</p>;

/** What one change saved, or what it changed, as a readable list (never raw JSON). */
export function HistoryValues({ item, names }: { item: HistoryItem; names: NameLookup }) {
  if (item.before && item.after) {
    const changes = changedValues(item.before, item.after, names);
    if (changes.length === 0) return heading('Nothing was changed.');
    return (
      <>
        {heading('What changed')}
        <dl className="nhsuk-summary-list app-history__values">
          {changes.map(([label, was, is]) => (
            <div className="nhsuk-summary-list__row" key={label}>
              <dt className="nhsuk-summary-list__key">{label}</dt>
              <dd className="nhsuk-summary-list__value app-prewrap">
                <span className="app-history__before">Before: {was}</span>
                <span className="app-history__after">After: {is}</span>
              </dd>
            </div>
          ))}
        </dl>
      </>
    );
  }
  const after = describeValues(item.after, names);
  if (after.length > 0) {
    return (
      <>
        {heading(item.action === 'record-amend' ? 'The corrected entry' : 'What was saved')}
        <ValueList rows={after} />
      </>
    );
  }
  // A submission only changes the state; the values are the draft's, as they were.
  const before = describeValues(
    item.before,
    names,
    item.action === 'record-submit' ? ['state'] : [],
  );
  if (before.length > 0) {
    return (
      <>
        {heading(
          item.action === 'record-submit'
            ? 'The entry that was submitted'
            : item.action === 'record-delete-draft'
              ? 'The draft that was deleted'
              : 'Before',
        )}
        <ValueList rows={before} />
      </>
    );
  }
  return heading('No values are kept for this change.');
}

/**
 * Changes as a table, newest first as given. Each change opens (a native `<details>`, so it
 * works with the keyboard and screen readers without script) to show its values.
 */
export function HistoryTable({
  items,
  caption,
  showKind = true,
  entryLabel,
}: {
  items: readonly HistoryItem[];
  caption: string;
  /** Show which kind of entry each change is about (the whole portfolio's history). */
  showKind?: boolean;
  /** Which entry a change is about, when the list joins an entry with its corrections. */
  entryLabel?: (item: HistoryItem) => string;
}) {
  const { portfolio } = usePortfolio();
  const names = useMemo(() => nameLookup(portfolio), [portfolio]);
  const headers = [
    'When',
    'Who',
    'What',
    ...(showKind ? ['Kind of entry'] : []),
    ...(entryLabel ? ['Entry'] : []),
    'Reason',
  ];
  return (
    // Focusable so that a keyboard user can scroll it sideways when it is wider than the window.
    <div className="app-history__scroller" role="region" aria-label={caption} tabIndex={0}>
      <table className="nhsuk-table app-history">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {headers.map((h) => (
              <th className="nhsuk-table__header" scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {items.map((item) => (
            <tr className="nhsuk-table__row" key={item.seq}>
              <td className="nhsuk-table__cell">
                <When at={item.at} />
              </td>
              <td className="nhsuk-table__cell">{item.by}</td>
              <td className="nhsuk-table__cell app-history__what">
                <details className="nhsuk-details app-history__details">
                  <summary className="nhsuk-details__summary">
                    <span className="nhsuk-details__summary-text">
                      {actionText(item)}
                      <span className="nhsuk-u-visually-hidden">: show the values</span>
                    </span>
                  </summary>
                  <div className="nhsuk-details__text">
                    <HistoryValues item={item} names={names} />
                  </div>
                </details>
              </td>
              {showKind ? (
                <td className="nhsuk-table__cell">
                  {collectionWord(item.collection)}
                  <EntryName item={item} names={names} />
                </td>
              ) : null}
              {entryLabel ? <td className="nhsuk-table__cell">{entryLabel(item)}</td> : null}
              <td className="nhsuk-table__cell app-history__reason app-prewrap">
                {item.reason ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
