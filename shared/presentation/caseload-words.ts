import type { CaseloadStatus, GateStatus } from '../domain/caseload-phase';
import { contactKindName } from './names';
import type { StatusCell, Table } from './table';
import { calendarDate, figure, oneDecimal, plural } from './words';

/** A caseload gate: open from a date, or not open, why, and from when it could be. */
export function gateCell(gate: GateStatus): StatusCell {
  if (gate.open && gate.effectiveFrom !== null)
    return {
      tagFirst: true,
      tag: { words: 'Open', tone: 'good' },
      text: `from ${calendarDate(gate.effectiveFrom)}`,
    };
  return {
    tagFirst: true,
    tag: { words: 'Not open', tone: 'neutral' },
    text: `${gate.problem ?? ''}.`,
    note: `It can take effect from ${calendarDate(gate.earliestDate)}.`,
  };
}

/** The section's opening sentence: the phase today. */
export function phaseSentence(c: CaseloadStatus): string {
  if (c.phaseToday === 'shadowing') return 'You are shadowing: no caseload of your own yet.';
  if (c.phaseToday === 'full') return 'You are on a full caseload.';
  const share = Math.round((c.expectedContactsPerWeekNow / c.fullCaseloadContactsPerWeek) * 100);
  return `You are on a reduced caseload (${share} % of a full caseload).`;
}

export function contactsText(c: CaseloadStatus): string {
  if (c.phaseToday === 'shadowing')
    return `${oneDecimal(c.recentContactsPerWeek)} a week lately; no own caseload is expected while shadowing`;
  return (
    `${oneDecimal(c.recentContactsPerWeek)} a week lately (the last four complete weeks), ` +
    `${figure(c.expectedContactsPerWeekNow)} expected now` +
    (c.recentPercentOfExpected === null ? '' : ` (${c.recentPercentOfExpected} %)`) +
    `; ${c.fullCaseloadContactsPerWeek} on a full caseload`
  );
}

export function patientsText(c: CaseloadStatus): string {
  // While shadowing there is no own caseload, so no number of patients is expected yet.
  if (c.phaseToday === 'shadowing')
    return `${c.patientsSeen} so far; none are expected of you while you are shadowing (${c.expectedPatientsPerYear} over a year of your own caseload)`;
  return `${c.patientsSeen} so far; about ${c.expectedPatientsByNow} expected by now (${c.expectedPatientsPerYear} over the year)`;
}

/** The caseload summary, key by key. */
export function caseloadSummary(c: CaseloadStatus): [string, string | StatusCell][] {
  const [reduced, full] = c.gates;
  const early = c.contactsOutsidePhase;
  return [
    ['Reduced-caseload gate', reduced ? gateCell(reduced) : 'Not set'],
    ['Full-caseload gate', full ? gateCell(full) : 'Not set'],
    ['Contacts a week', contactsText(c)],
    ['Patients seen', patientsText(c)],
    [
      'Contacts before the gate opened',
      early.length === 0 ? 'None' : `${plural(early.length, 'contact')}, listed below`,
    ],
  ];
}

export const earlyContactsHeading = 'Contacts logged before the reduced-caseload gate opened';
export const earlyContactsAdvice =
  'These were logged as your own patients while you were still shadowing. Check their dates, or ask your supervisor about opening the gate.';

export function earlyContactsTable(c: CaseloadStatus): Table {
  return {
    caption: 'Contacts logged before the gate opened',
    columns: [{ header: 'Date' }, { header: 'Patient code' }, { header: 'Kind' }],
    rows: c.contactsOutsidePhase.map((x) => [
      calendarDate(x.date),
      x.patientCode,
      contactKindName[x.kind],
    ]),
  };
}
