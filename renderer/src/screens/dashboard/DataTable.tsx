import type { ReactNode } from 'react';
import { useId } from 'react';
import { ScrollBox } from './ScrollBox';

export interface Column {
  header: string;
  /** Right-aligned, for figures that should line up. */
  numeric?: boolean;
}

/**
 * An NHS table whose first column names the row, in a box that scrolls sideways when the
 * window is too narrow for it.
 */
export function DataTable({
  caption,
  columns,
  rows,
  captionSize = 's',
  compact = false,
}: {
  caption: string;
  columns: readonly Column[];
  rows: readonly (readonly ReactNode[])[];
  captionSize?: 's' | 'm' | 'hidden';
  /** Smaller text and padding, for tables with many columns. */
  compact?: boolean;
}) {
  const captionId = useId();
  const captionClass =
    captionSize === 'hidden'
      ? 'nhsuk-u-visually-hidden'
      : `nhsuk-table__caption nhsuk-table__caption--${captionSize}`;
  return (
    <ScrollBox labelledBy={captionId}>
      <table className={`nhsuk-table app-table${compact ? ' app-table--compact' : ''}`}>
        <caption className={captionClass} id={captionId}>
          {caption}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {columns.map((column) => (
              <th
                key={column.header}
                scope="col"
                className={`nhsuk-table__header${column.numeric ? ' nhsuk-table__header--numeric' : ''}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row, r) => (
            <tr className="nhsuk-table__row" key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th scope="row" className="nhsuk-table__header" key={c}>
                    {cell}
                  </th>
                ) : (
                  <td
                    key={c}
                    className={`nhsuk-table__cell${columns[c]?.numeric ? ' nhsuk-table__cell--numeric' : ''}`}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
