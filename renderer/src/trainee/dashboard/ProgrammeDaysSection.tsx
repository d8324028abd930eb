import type { ReactNode } from 'react';
import { useId } from 'react';
import type { ModuleDays, ProgrammeDayProgress } from '../../../../shared/domain/programme-days';
import type { Cell } from '../../../../shared/presentation/table';
import {
  absencesIntro,
  absencesTable,
  looseEnds,
  moduleColumns as columns,
  moduleGroups,
  noAbsences,
  passMark,
  programmeDaysLead,
} from '../../../../shared/presentation/programme-days-table';
import type { ModuleGroup } from '../../../../shared/presentation/programme-days-table';
import { CellView } from '../../kit/CellView';
import { ProgrammeDaysChart } from './charts/ProgrammeDaysChart';
import { DataTable } from '../../kit/DataTable';
import { ScrollBox } from '../../kit/ScrollBox';
import { Section } from './Section';

/**
 * A cell of the responsive table: at narrow widths (200 % zoom) each row stacks, and each value
 * is shown beside its column's name (hidden from screen readers, which read the header itself).
 */
function TableCell({
  column,
  numeric = false,
  children,
}: {
  column: number;
  numeric?: boolean;
  children: ReactNode;
}) {
  return (
    <td role="cell" className={`nhsuk-table__cell${numeric ? ' nhsuk-table__cell--numeric' : ''}`}>
      <span className="nhsuk-table__heading" aria-hidden="true">
        {columns[column]}{' '}
      </span>
      <span>{children}</span>
    </td>
  );
}

function Counts({ cells }: { cells: readonly Cell[] }) {
  return (
    <>
      {cells.map((cell, i) => (
        <TableCell column={i + 1} numeric key={i}>
          <CellView cell={cell} />
        </TableCell>
      ))}
    </>
  );
}

/** Whether the module's attendance passes: complete, still possible, or out of reach. */
export function PassMark({ module }: { module: ModuleDays }) {
  return <CellView cell={passMark(module)} />;
}

/** One module: a row per kind of day and a total row that carries the pass-mark verdict. */
function ModuleRows({ group }: { group: ModuleGroup }) {
  return (
    <tbody className="nhsuk-table__body app-table__group" role="rowgroup">
      <tr className="nhsuk-table__row" role="row">
        <th
          scope="rowgroup"
          role="rowheader"
          colSpan={9}
          className="nhsuk-table__header app-table__group-title"
        >
          {group.title}
        </th>
      </tr>
      {group.kinds.map((kind) => (
        <tr className="nhsuk-table__row" role="row" key={kind.name}>
          <th scope="row" role="rowheader" className="nhsuk-table__header app-table__row-title">
            {kind.name}
          </th>
          <Counts cells={kind.cells} />
          <td role="cell" className="nhsuk-table__cell app-table__blank" />
        </tr>
      ))}
      <tr className="nhsuk-table__row app-table__total" role="row">
        <th scope="row" role="rowheader" className="nhsuk-table__header app-table__row-title">
          {group.total.name}
        </th>
        <Counts cells={group.total.cells} />
        <TableCell column={7}>
          <CellView cell={group.total.passMark} />
        </TableCell>
      </tr>
    </tbody>
  );
}

function ModulesTable({ days }: { days: ProgrammeDayProgress }) {
  const captionId = useId();
  return (
    <ScrollBox labelledBy={captionId}>
      {/* The NHS.UK responsive table: at 200 % zoom its rows stack instead of scrolling away. The
          roles keep it a table for screen readers when the rows are laid out as blocks. */}
      <table
        className="nhsuk-table nhsuk-table--responsive app-table app-table--compact app-modules-table"
        role="table"
      >
        <caption className="nhsuk-table__caption nhsuk-table__caption--s" id={captionId}>
          Programme days by module
        </caption>
        <thead className="nhsuk-table__head" role="rowgroup">
          <tr className="nhsuk-table__row" role="row">
            {columns.map((c, i) => (
              <th
                scope="col"
                role="columnheader"
                key={c}
                className={`nhsuk-table__header${i > 0 && i < 7 ? ' nhsuk-table__header--numeric' : ''}`}
              >
                {c}
              </th>
            ))}
          </tr>
        </thead>
        {moduleGroups(days).map((group, i) => (
          <ModuleRows key={days.modules[i]?.moduleId ?? group.title} group={group} />
        ))}
      </table>
    </ScrollBox>
  );
}

function Absences({ days }: { days: ProgrammeDayProgress }) {
  if (days.absences.length === 0) return <p className="nhsuk-body">{noAbsences}</p>;
  return <DataTable table={absencesTable(days)} captionSize="hidden" />;
}

/** Loose ends a trainee can fix today: past days left as "planned", days with no record at all. */
function LooseEnds({ days }: { days: ProgrammeDayProgress }) {
  const notes = looseEnds(days);
  if (notes.length === 0) return null;
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {notes.map((n) => (
        <p className="nhsuk-body" key={n}>
          {n}
        </p>
      ))}
    </div>
  );
}

/** Programme days per module and kind, every absence, and the pace across the window. */
export function ProgrammeDaysSection({ days, at }: { days: ProgrammeDayProgress; at: string }) {
  return (
    <Section id="programme-days" title="Programme days" lead={programmeDaysLead(days)}>
      <LooseEnds days={days} />
      <ProgrammeDaysChart days={days} at={at} />
      <ModulesTable days={days} />
      <h3 className="nhsuk-heading-s">Absences</h3>
      <p className="nhsuk-body">{absencesIntro}</p>
      <Absences days={days} />
    </Section>
  );
}
