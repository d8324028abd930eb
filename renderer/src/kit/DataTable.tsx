import { useId } from 'react';
import type { Cell, Column, Table } from '../../../shared/presentation/table';
import { CellView } from './CellView';
import { ScrollBox } from './ScrollBox';

export type { Column };

/**
 * An NHS table whose first column names the row, in a box that scrolls sideways when the
 * window is too narrow for it. The table itself (caption, columns, cells) comes from
 * `shared/presentation`, so the command line and exports show the same figures.
 */
export function DataTable({
  table,
  captionSize = 's',
  compact = false,
}: {
  table: Table;
  captionSize?: 's' | 'm' | 'hidden';
  /** Smaller text and padding, for tables with many columns. */
  compact?: boolean;
}) {
  const { caption, columns, rows } = table;
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
              {row.map((cell: Cell, c) =>
                c === 0 ? (
                  <th scope="row" className="nhsuk-table__header" key={c}>
                    <CellView cell={cell} />
                  </th>
                ) : (
                  <td
                    key={c}
                    className={`nhsuk-table__cell${columns[c]?.numeric ? ' nhsuk-table__cell--numeric' : ''}`}
                  >
                    <CellView cell={cell} />
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
