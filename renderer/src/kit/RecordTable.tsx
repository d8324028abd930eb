import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';
import { useMemo, useRef, useState } from 'react';

export interface Column<T> {
  key: string;
  label: string;
  render: (row: T, context: { corrected: boolean }) => ReactNode;
  sortValue: (row: T) => string | number;
}

export type StatusFilter = 'all' | 'draft' | 'submitted' | 'corrected';

interface Props<T> {
  caption: string;
  /** What one row is called, for the open button's name: "Open contact …". */
  noun: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  getId: (row: T) => string;
  /** The text of the first cell's open button. */
  title: (row: T) => string;
  searchText: (row: T) => string;
  status: (row: T) => Exclude<StatusFilter, 'all'>;
  onOpen: (row: T) => void;
  searchRef?: React.Ref<HTMLInputElement>;
}

const ROW_HEIGHT = 48;

/**
 * The list of a log: searchable, filterable by state, sortable by any column, and virtualised so
 * a year of 2,000 entries scrolls as smoothly as ten. It stays a real table for screen readers,
 * with `aria-rowcount`/`aria-rowindex` saying where each visible row sits in the whole list.
 */
export function RecordTable<T>({
  caption,
  noun,
  rows,
  columns,
  getId,
  title,
  searchText,
  status,
  onOpen,
  searchRef,
}: Props<T>) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [sort, setSort] = useState<{ key: string; descending: boolean }>({
    key: columns[0]?.key ?? '',
    descending: true,
  });
  const scroller = useRef<HTMLDivElement>(null);

  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const column = columns.find((c) => c.key === sort.key);
    const filtered = rows.filter(
      (row) =>
        (filter === 'all' || status(row) === filter) &&
        (needle === '' || searchText(row).toLowerCase().includes(needle)),
    );
    if (!column) return filtered;
    const direction = sort.descending ? -1 : 1;
    return [...filtered].sort((a, b) => {
      const x = column.sortValue(a);
      const y = column.sortValue(b);
      return (x < y ? -1 : x > y ? 1 : 0) * direction;
    });
  }, [rows, columns, query, filter, sort, status, searchText]);

  // TanStack Virtual returns functions the React Compiler cannot memoise; this app does not use
  // the compiler, so the rule's warning does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const id = caption.toLowerCase().replace(/\W+/g, '-');

  return (
    <div className="app-record-table">
      <div className="app-record-table__controls">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={`${id}-search`}>
            Search {caption.toLowerCase()}
          </label>
          <input
            className="nhsuk-input"
            id={`${id}-search`}
            type="search"
            value={query}
            ref={searchRef}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor={`${id}-filter`}>
            Show
          </label>
          <select
            className="nhsuk-select"
            id={`${id}-filter`}
            value={filter}
            onChange={(event) => setFilter(event.target.value as StatusFilter)}
          >
            <option value="all">All entries</option>
            <option value="draft">Drafts</option>
            <option value="submitted">Submitted</option>
            <option value="corrected">Corrected (superseded)</option>
          </select>
        </div>
      </div>
      <p className="nhsuk-body-s" role="status">
        {visible.length === rows.length
          ? `${rows.length} ${rows.length === 1 ? 'entry' : 'entries'}`
          : `${visible.length} of ${rows.length} entries shown`}
      </p>
      <div className="app-record-table__scroller" ref={scroller} tabIndex={-1}>
        <table className="nhsuk-table app-record-table__table" aria-rowcount={visible.length + 1}>
          <caption className="nhsuk-u-visually-hidden">{caption}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row" aria-rowindex={1}>
              {columns.map((column) => {
                const active = sort.key === column.key;
                return (
                  <th
                    key={column.key}
                    className="nhsuk-table__header"
                    scope="col"
                    // Only the sorted column says how it is sorted; the others are not sorted.
                    {...(active
                      ? { 'aria-sort': sort.descending ? 'descending' : 'ascending' }
                      : {})}
                  >
                    <button
                      type="button"
                      className="app-sort-button"
                      onClick={() =>
                        setSort({ key: column.key, descending: active ? !sort.descending : false })
                      }
                    >
                      {column.label}
                      {active ? (
                        // The arrow is for the eye; `aria-sort` says the same to a screen reader.
                        <span className="app-sort-button__direction" aria-hidden="true">
                          {sort.descending ? '▼' : '▲'}
                        </span>
                      ) : null}
                      <span className="nhsuk-u-visually-hidden">
                        , sort {active && !sort.descending ? 'descending' : 'ascending'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {padTop > 0 ? (
              <tr aria-hidden="true">
                <td
                  className="app-record-table__spacer"
                  colSpan={columns.length}
                  style={{ height: padTop }}
                />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = visible[item.index];
              if (row === undefined) return null;
              return (
                <tr className="nhsuk-table__row" key={getId(row)} aria-rowindex={item.index + 2}>
                  {columns.map((column, index) => (
                    <td className="nhsuk-table__cell" key={column.key}>
                      {index === 0 ? (
                        <button
                          type="button"
                          className="app-link-button"
                          data-open-id={getId(row)}
                          onClick={() => onOpen(row)}
                        >
                          <span className="nhsuk-u-visually-hidden">Open {noun} </span>
                          {title(row)}
                        </button>
                      ) : (
                        column.render(row, { corrected: status(row) === 'corrected' })
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 ? (
              <tr aria-hidden="true">
                <td
                  className="app-record-table__spacer"
                  colSpan={columns.length}
                  style={{ height: padBottom }}
                />
              </tr>
            ) : null}
          </tbody>
        </table>
        {visible.length === 0 ? (
          <p className="nhsuk-body app-record-table__empty">
            {rows.length === 0 ? 'No entries yet.' : 'No entries match.'}
          </p>
        ) : null}
      </div>
    </div>
  );
}
