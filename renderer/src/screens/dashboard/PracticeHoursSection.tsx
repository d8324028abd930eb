import type { InterventionStatus } from '../../../../shared/domain/interventions';
import type { ContactTally, PracticeHours } from '../../../../shared/domain/practice-hours';
import { DataTable } from './DataTable';
import { Section } from './Section';
import { contactKindName, contactModeName, hours } from './wording';

const columnsFor = (first: string) => [
  { header: first },
  { header: 'Contacts', numeric: true },
  { header: 'Hours', numeric: true },
];

const row = (name: string, tally: ContactTally) => [name, tally.contacts, hours(tally.hours)];

/** Supervised clinical contact hours against the minimum, split by kind, mode and intervention. */
export function PracticeHoursSection({
  practiceHours: p,
  interventions,
}: {
  practiceHours: PracticeHours;
  interventions: readonly InterventionStatus[];
}) {
  const names = new Map(interventions.map((i) => [i.interventionId, i.name]));
  const kinds = Object.entries(p.byKind) as [keyof typeof contactKindName, ContactTally][];
  const modes = Object.entries(p.byMode) as [keyof typeof contactModeName, ContactTally][];
  const needed = p.met ? 'The minimum is met.' : `${hours(p.hoursRemaining)} hours still needed.`;
  return (
    <Section
      id="practice-hours"
      title="Clinical practice hours"
      lead={`${hours(p.total.hours)} of ${p.minimumHours} supervised clinical contact hours, with ${p.patientsSeen} patients. ${needed}`}
    >
      <p className="nhsuk-body">
        Shadowing ({hours(p.shadowingHours)} hours in {p.shadowingContacts} contacts) is watching
        someone else practise, so it is shown but does not count towards the minimum.
      </p>
      <div className="app-table-grid">
        <DataTable
          caption="By kind of contact"
          compact
          columns={columnsFor('Kind')}
          rows={kinds.map(([kind, tally]) =>
            row(kind === 'shadowing' ? 'Shadowing (not counted)' : contactKindName[kind], tally),
          )}
        />
        <DataTable
          caption="By mode"
          compact
          columns={columnsFor('Mode')}
          rows={modes.map(([mode, tally]) => row(contactModeName[mode], tally))}
        />
        <DataTable
          caption="By intervention"
          compact
          columns={columnsFor('Intervention')}
          rows={p.byIntervention.map((t) =>
            row(names.get(t.interventionId) ?? t.interventionId, t),
          )}
        />
      </div>
      <p className="nhsuk-body-s app-secondary">
        A contact that used two interventions counts towards both, so the intervention rows can add
        up to more than the total.
      </p>
    </Section>
  );
}
