import type { InterventionStatus } from '../../../../shared/domain/interventions';
import type { PracticeHours } from '../../../../shared/domain/practice-hours';
import {
  bothInterventionsNote,
  practiceHoursLead,
  practiceHoursTables,
  outsideWindowNote,
  shadowingNote,
} from '../../../../shared/presentation/practice-hours-table';
import { DataTable } from '../../kit/DataTable';
import { Section } from './Section';

/** Supervised clinical contact hours against the minimum, split by kind, mode and intervention. */
export function PracticeHoursSection({
  practiceHours: p,
  interventions,
}: {
  practiceHours: PracticeHours;
  interventions: readonly InterventionStatus[];
}) {
  return (
    <Section id="practice-hours" title="Clinical practice hours" lead={practiceHoursLead(p)}>
      <p className="nhsuk-body">{shadowingNote(p)}</p>
      {outsideWindowNote(p) ? <p className="nhsuk-body">{outsideWindowNote(p)}</p> : null}
      <div className="app-table-grid">
        {practiceHoursTables(p, interventions).map((table) => (
          <DataTable key={table.caption} table={table} compact />
        ))}
      </div>
      <p className="nhsuk-body-s app-secondary">{bothInterventionsNote}</p>
    </Section>
  );
}
