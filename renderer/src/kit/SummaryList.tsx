import type { ReactNode } from 'react';
import type { StatusCell } from '../../../shared/presentation/table';
import { CellView } from './CellView';

/** The NHS summary list: a key and its value per row (words from `shared/presentation`). */
export function SummaryList({
  rows,
}: {
  rows: readonly (readonly [string, string | StatusCell | ReactNode])[];
}) {
  return (
    <dl className="nhsuk-summary-list">
      {rows.map(([key, value]) => (
        <div className="nhsuk-summary-list__row" key={key}>
          <dt className="nhsuk-summary-list__key">{key}</dt>
          <dd className="nhsuk-summary-list__value">
            {isStatusCell(value) ? <CellView cell={value} inTable={false} /> : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A plain object (not a React element, not a list) is a status cell from the presentation. */
function isStatusCell(value: unknown): value is StatusCell {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !('$$typeof' in value) &&
    ('text' in value || 'tag' in value || 'note' in value)
  );
}
