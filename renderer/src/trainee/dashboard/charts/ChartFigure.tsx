import type { ReactNode } from 'react';
import type { LegendItem } from '../../../../../shared/presentation/progress-charts';
import type { Table } from '../../../../../shared/presentation/table';
import { DataTable } from '../../../kit/DataTable';
import { Legend } from './Legend';

/**
 * A chart with its heading, legend and the same numbers as a table behind "Show as table", so
 * screen-reader and keyboard users get every figure the picture shows.
 */
export function ChartFigure({
  title,
  children,
  legend,
  table,
}: {
  title: string;
  children: ReactNode;
  legend: readonly LegendItem[];
  /** The same figures as the picture; `compact` for tables with many columns. */
  table: Table & { compact?: boolean };
}) {
  return (
    <figure className="app-chart">
      <figcaption>
        <h3 className="nhsuk-heading-s app-chart__title">{title}</h3>
      </figcaption>
      <div className="app-chart__pictures">{children}</div>
      <Legend items={legend} />
      <details className="nhsuk-details app-chart__data">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">
            Show as table<span className="nhsuk-u-visually-hidden">: {title}</span>
          </span>
        </summary>
        <div className="nhsuk-details__text">
          <DataTable table={table} compact={table.compact ?? false} />
        </div>
      </details>
    </figure>
  );
}
