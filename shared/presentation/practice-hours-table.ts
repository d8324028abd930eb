import type { InterventionStatus } from '../domain/interventions';
import type {
  ContactKind,
  ContactMode,
  ContactTally,
  PracticeHours,
} from '../domain/practice-hours';
import { contactKindName, contactModeName } from './names';
import type { Table } from './table';
import { calendarDate, hours, plural } from './words';

const columnsFor = (first: string) => [
  { header: first },
  { header: 'Contacts', numeric: true },
  { header: 'Hours', numeric: true },
];

const row = (name: string, tally: ContactTally) => [name, tally.contacts, hours(tally.hours)];

/** The section's opening sentence. */
export function practiceHoursLead(p: PracticeHours): string {
  const needed = p.met ? 'The minimum is met.' : `${hours(p.hoursRemaining)} hours still needed.`;
  return `${hours(p.total.hours)} of ${p.minimumHours} supervised clinical contact hours, with ${p.patientsSeen} patients. ${needed}`;
}

export function shadowingNote(p: PracticeHours): string {
  return `Shadowing (${hours(p.shadowingHours)} hours in ${p.shadowingContacts} contacts) is watching someone else practise, so it is shown but does not count towards the minimum.`;
}

/** Contacts in the file that do not count because they are dated before the start date. */
export function outsideWindowNote(p: PracticeHours): string | null {
  const n = p.outsideWindow.length;
  if (n === 0) return null;
  const dates = p.outsideWindow.map((c) => calendarDate(c.date)).join(', ');
  return `${plural(n, 'contact')} ${n === 1 ? 'is' : 'are'} dated before your programme started, so ${n === 1 ? 'it does' : 'they do'} not count: ${dates}. Correct the date if it was typed wrongly.`;
}

export const bothInterventionsNote =
  'A contact that used two interventions counts towards both, so the intervention rows can add up to more than the total.';

/** Contact hours by kind, by mode and by intervention. */
export function practiceHoursTables(
  p: PracticeHours,
  interventions: readonly InterventionStatus[],
): [Table, Table, Table] {
  const names = new Map(interventions.map((i) => [i.interventionId, i.name]));
  const kinds = Object.entries(p.byKind) as [ContactKind, ContactTally][];
  const modes = Object.entries(p.byMode) as [ContactMode, ContactTally][];
  return [
    {
      caption: 'By kind of contact',
      columns: columnsFor('Kind'),
      rows: kinds.map(([kind, tally]) =>
        row(kind === 'shadowing' ? 'Shadowing (not counted)' : contactKindName[kind], tally),
      ),
    },
    {
      caption: 'By mode',
      columns: columnsFor('Mode'),
      rows: modes.map(([mode, tally]) => row(contactModeName[mode], tally)),
    },
    {
      caption: 'By intervention',
      columns: columnsFor('Intervention'),
      rows: p.byIntervention.map((t) => row(names.get(t.interventionId) ?? t.interventionId, t)),
    },
  ];
}
