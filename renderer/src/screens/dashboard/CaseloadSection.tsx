import type { CaseloadStatus, GateStatus } from '../../../../shared/domain/caseload-phase';
import { formatCalendarDate } from '../../format';
import { ContactsChart } from './charts/ContactsChart';
import { DataTable } from './DataTable';
import { Section } from './Section';
import { SummaryList } from './SummaryList';
import { contactKindName, figure, oneDecimal, plural } from './wording';

function Gate({ gate }: { gate: GateStatus }) {
  if (gate.open && gate.effectiveFrom !== null) {
    return (
      <>
        <strong className="nhsuk-tag nhsuk-tag--green">Open</strong> from{' '}
        {formatCalendarDate(gate.effectiveFrom)}
      </>
    );
  }
  return (
    <>
      <strong className="nhsuk-tag nhsuk-tag--grey">Not open</strong> {gate.problem ?? ''}.{' '}
      <span className="app-secondary">
        It can take effect from {formatCalendarDate(gate.earliestDate)}.
      </span>
    </>
  );
}

function phaseSentence(c: CaseloadStatus): string {
  if (c.phaseToday === 'shadowing') return 'You are shadowing: no caseload of your own yet.';
  if (c.phaseToday === 'full') return 'You are on a full caseload.';
  const share = Math.round((c.expectedContactsPerWeekNow / c.fullCaseloadContactsPerWeek) * 100);
  return `You are on a reduced caseload (${share} % of a full caseload).`;
}

function contactsText(c: CaseloadStatus): string {
  if (c.phaseToday === 'shadowing')
    return `${oneDecimal(c.recentContactsPerWeek)} a week lately; no own caseload is expected while shadowing`;
  return (
    `${oneDecimal(c.recentContactsPerWeek)} a week lately (the last four complete weeks), ` +
    `${figure(c.expectedContactsPerWeekNow)} expected now` +
    (c.recentPercentOfExpected === null ? '' : ` (${c.recentPercentOfExpected} %)`) +
    `; ${c.fullCaseloadContactsPerWeek} on a full caseload`
  );
}

/** The caseload phase, both gates, logged against expected contacts, and patients seen. */
export function CaseloadSection({ caseload, at }: { caseload: CaseloadStatus; at: string }) {
  const [reduced, full] = caseload.gates;
  const early = caseload.contactsOutsidePhase;
  return (
    <Section id="caseload" title="Caseload" lead={phaseSentence(caseload)}>
      <SummaryList
        rows={[
          ['Reduced-caseload gate', reduced ? <Gate gate={reduced} /> : 'Not set'],
          ['Full-caseload gate', full ? <Gate gate={full} /> : 'Not set'],
          ['Contacts a week', contactsText(caseload)],
          [
            'Patients seen',
            `${caseload.patientsSeen} so far; about ${caseload.expectedPatientsByNow} expected by now (${caseload.expectedPatientsPerYear} over the year)`,
          ],
          [
            'Contacts before the gate opened',
            early.length === 0 ? 'None' : `${plural(early.length, 'contact')}, listed below`,
          ],
        ]}
      />
      <ContactsChart caseload={caseload} at={at} />
      {early.length > 0 ? (
        <>
          <h3 className="nhsuk-heading-s">
            Contacts logged before the reduced-caseload gate opened
          </h3>
          <p className="nhsuk-body">
            These were logged as your own patients while you were still shadowing. Check their
            dates, or ask your supervisor about opening the gate.
          </p>
          <DataTable
            caption="Contacts logged before the gate opened"
            captionSize="hidden"
            columns={[{ header: 'Date' }, { header: 'Patient code' }, { header: 'Kind' }]}
            rows={early.map((c) => [
              formatCalendarDate(c.date),
              c.patientCode,
              contactKindName[c.kind],
            ])}
          />
        </>
      ) : null}
    </Section>
  );
}
