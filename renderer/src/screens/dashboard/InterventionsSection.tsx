import type {
  InterventionStatus,
  PresentationCoverage,
} from '../../../../shared/domain/interventions';
import { formatCalendarDate } from '../../format';
import { DataTable } from './DataTable';
import { Section } from './Section';
import { plural, stageName } from './wording';

function Stage({ intervention: i }: { intervention: InterventionStatus }) {
  return (
    <>
      {stageName[i.stage]}
      {i.competent ? (
        <strong className="nhsuk-tag nhsuk-tag--green app-table__tag">Competent</strong>
      ) : null}
      {i.failed ? (
        <strong className="nhsuk-tag nhsuk-tag--red app-table__tag">Failed</strong>
      ) : null}
    </>
  );
}

function attemptsText(i: InterventionStatus): string {
  if (i.attempts.length === 0) return 'Not yet assessed';
  return i.attempts.map((a) => `${a.label} (${formatCalendarDate(a.date)})`).join(', then ');
}

function signedText(i: InterventionStatus): string {
  const total = i.evidenceSignedOff + i.evidenceAwaitingSignOff;
  if (total === 0) return 'No evidence yet';
  const waiting = i.evidenceAwaitingSignOff > 0 ? `, ${i.evidenceAwaitingSignOff} waiting` : '';
  return `${i.evidenceSignedOff} of ${total}${waiting}`;
}

function Coverage({ coverage }: { coverage: PresentationCoverage }) {
  const names = coverage.covered.map((p) => p.name).join(', ');
  return (
    <>
      <h3 className="nhsuk-heading-s">Presentations worked with</h3>
      <p className="nhsuk-body">
        {coverage.covered.length === 0 ? 'None yet.' : `${names}.`} Depression:{' '}
        {coverage.hasDepression ? 'covered' : 'not yet'}. Anxiety:{' '}
        {plural(coverage.anxietyPresentations, 'presentation')} (at least{' '}
        {coverage.requiredAnxietyPresentations} needed).{' '}
        <strong className={`nhsuk-tag ${coverage.met ? 'nhsuk-tag--green' : 'nhsuk-tag--grey'}`}>
          {coverage.met ? 'Met' : 'Not met yet'}
        </strong>
      </p>
    </>
  );
}

/** Each intervention's journey to competence: stage, evidence, sign-offs and assessment attempts. */
export function InterventionsSection({
  interventions,
  coverage,
}: {
  interventions: readonly InterventionStatus[];
  coverage: PresentationCoverage;
}) {
  const competent = interventions.filter((i) => i.competent).length;
  return (
    <Section
      id="interventions"
      title="Interventions"
      lead={`${competent} of ${interventions.length} interventions competent. Each moves from observed to practised to assessed; competence needs a pass.`}
    >
      <DataTable
        caption="Interventions and evidence"
        compact
        columns={[
          { header: 'Intervention' },
          { header: 'Stage' },
          { header: 'Observed practice', numeric: true },
          { header: 'Recorded role-play', numeric: true },
          { header: 'Case summary', numeric: true },
          { header: 'Reflection', numeric: true },
          { header: 'Evidence signed off' },
          { header: 'Assessment attempts' },
          { header: 'Resubmissions left', numeric: true },
        ]}
        rows={interventions.map((i) => [
          i.name,
          <Stage intervention={i} key="stage" />,
          i.evidence.observedPractice,
          i.evidence.recordedRolePlay,
          i.evidence.caseSummary,
          i.evidence.reflection,
          signedText(i),
          attemptsText(i),
          i.resubmissionsLeft,
        ])}
      />
      <Coverage coverage={coverage} />
    </Section>
  );
}
