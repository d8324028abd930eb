import { useId } from 'react';
import type {
  DayKind,
  DayTally,
  ModuleDays,
  ProgrammeDayProgress,
} from '../../../../shared/domain/programme-days';
import { formatCalendarDate } from '../../format';
import { ProgrammeDaysChart } from './charts/ProgrammeDaysChart';
import { DataTable } from './DataTable';
import { windowText } from './glance';
import { ScrollBox } from './ScrollBox';
import { Section } from './Section';
import { dayKindName, oneDecimal, plural } from './wording';

const columns = [
  'Days',
  'Required',
  'Attended',
  'Authorised absence',
  'Missed',
  'Planned',
  'Attendance so far',
  'Pass mark',
];

function attendance(tally: DayTally): string {
  const held = tally.attended + tally.authorisedAbsence + tally.missed;
  return held === 0 ? 'None held yet' : `${oneDecimal((tally.attended / held) * 100)} %`;
}

function Counts({ tally }: { tally: DayTally }) {
  return (
    <>
      {[tally.required, tally.attended, tally.authorisedAbsence, tally.missed, tally.planned].map(
        (n, i) => (
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric" key={i}>
            {n}
          </td>
        ),
      )}
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{attendance(tally)}</td>
    </>
  );
}

/** One module: a row per kind of day and a total row that carries the pass-mark verdict. */
function ModuleRows({ module }: { module: ModuleDays }) {
  const kinds: DayKind[] = ['taught', 'directed'];
  return (
    <tbody className="nhsuk-table__body app-table__group">
      <tr className="nhsuk-table__row">
        <th scope="rowgroup" colSpan={9} className="nhsuk-table__header app-table__group-title">
          {module.title}
        </th>
      </tr>
      {kinds.map((kind) => (
        <tr className="nhsuk-table__row" key={kind}>
          <th scope="row" className="nhsuk-table__header app-table__row-title">
            {dayKindName[kind]}
          </th>
          <Counts tally={module.byKind[kind]} />
          <td className="nhsuk-table__cell" />
        </tr>
      ))}
      <tr className="nhsuk-table__row app-table__total">
        <th scope="row" className="nhsuk-table__header app-table__row-title">
          All days
        </th>
        <Counts tally={module} />
        <td className="nhsuk-table__cell">
          {module.cannotPass ? (
            <strong className="nhsuk-tag nhsuk-tag--red">Below pass mark</strong>
          ) : (
            'Can still pass'
          )}
          <span className="app-table__note">At best {module.bestPossiblePercent} %</span>
        </td>
      </tr>
    </tbody>
  );
}

function ModulesTable({ days }: { days: ProgrammeDayProgress }) {
  const captionId = useId();
  return (
    <ScrollBox labelledBy={captionId}>
      <table className="nhsuk-table app-table app-table--compact">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s" id={captionId}>
          Programme days by module
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {columns.map((c, i) => (
              <th
                scope="col"
                key={c}
                className={`nhsuk-table__header${i > 0 && i < 7 ? ' nhsuk-table__header--numeric' : ''}`}
              >
                {c}
              </th>
            ))}
          </tr>
        </thead>
        {days.modules.map((m) => (
          <ModuleRows key={m.moduleId} module={m} />
        ))}
      </table>
    </ScrollBox>
  );
}

function Absences({ days }: { days: ProgrammeDayProgress }) {
  const titles = new Map(days.modules.map((m) => [m.moduleId, m.title]));
  if (days.absences.length === 0) return <p className="nhsuk-body">You have had no absences.</p>;
  return (
    <DataTable
      caption="Absences"
      captionSize="hidden"
      columns={[
        { header: 'Date' },
        { header: 'Module' },
        { header: 'Day' },
        { header: 'Absence' },
        { header: 'Make-up plan' },
      ]}
      rows={days.absences.map((d) => [
        formatCalendarDate(d.date),
        titles.get(d.moduleId) ?? d.moduleId,
        dayKindName[d.kind],
        d.status === 'missed' ? (
          <strong className="nhsuk-tag nhsuk-tag--red">Missed</strong>
        ) : (
          'Authorised'
        ),
        d.makeUpPlan ?? (d.status === 'missed' ? 'No make-up plan recorded' : ''),
      ])}
    />
  );
}

/** Loose ends a trainee can fix today: past days left as "planned", days with no record at all. */
function LooseEnds({ days }: { days: ProgrammeDayProgress }) {
  const { unrecorded, unscheduled } = days.totals;
  const notes = [
    unrecorded > 0
      ? `${plural(unrecorded, 'past day')} ${unrecorded === 1 ? 'is' : 'are'} still marked as planned. Record whether you attended.`
      : null,
    unscheduled > 0
      ? `${plural(unscheduled, 'required day')} ${unscheduled === 1 ? 'is' : 'are'} not in your timetable yet.`
      : null,
    days.outsideWindow.length > 0
      ? `${plural(days.outsideWindow.length, 'day')} ${days.outsideWindow.length === 1 ? 'is' : 'are'} dated outside the window: ${days.outsideWindow.map((d) => formatCalendarDate(d.date)).join(', ')}.`
      : null,
  ].filter((n): n is string => n !== null);
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
  const { totals } = days;

  return (
    <Section
      id="programme-days"
      title="Programme days"
      lead={`${totals.attended} of ${totals.required} days attended and ${totals.planned} booked. ${windowText(days)}.`}
    >
      <LooseEnds days={days} />
      <ProgrammeDaysChart days={days} at={at} />
      <ModulesTable days={days} />
      <h3 className="nhsuk-heading-s">Absences</h3>
      <p className="nhsuk-body">
        Full attendance is expected, so every absence is listed, authorised or not.
      </p>
      <Absences days={days} />
    </Section>
  );
}
