import type { InterventionStatus, PresentationCoverage } from '../domain/interventions';
import { stageName } from './names';
import type { StatusCell, Table, Tag } from './table';
import { metTag } from './table';
import { calendarDate, plural } from './words';

/** The section's opening sentence. */
export function interventionsLead(interventions: readonly InterventionStatus[]): string {
  const competent = interventions.filter((i) => i.competent).length;
  return `${competent} of ${interventions.length} interventions competent. Each moves from observed to practised to assessed; competence needs a pass.`;
}

export function stageCell(i: InterventionStatus): StatusCell {
  const tag: Tag | undefined = i.competent
    ? { words: 'Competent', tone: 'good' }
    : i.failed
      ? { words: 'Failed', tone: 'bad' }
      : undefined;
  return tag ? { text: stageName[i.stage], tag } : { text: stageName[i.stage] };
}

export function attemptsText(i: InterventionStatus): string {
  if (i.attempts.length === 0) return 'Not yet assessed';
  return i.attempts.map((a) => `${a.label} (${calendarDate(a.date)})`).join(', then ');
}

export function signedText(i: InterventionStatus): string {
  const total = i.evidenceSignedOff + i.evidenceAwaitingSignOff;
  if (total === 0) return 'No evidence yet';
  const waiting = i.evidenceAwaitingSignOff > 0 ? `, ${i.evidenceAwaitingSignOff} waiting` : '';
  return `${i.evidenceSignedOff} of ${total}${waiting}`;
}

/** Each intervention's journey to competence: stage, evidence, sign-offs and attempts. */
export function interventionsTable(interventions: readonly InterventionStatus[]): Table {
  return {
    caption: 'Interventions and evidence',
    columns: [
      { header: 'Intervention' },
      { header: 'Stage' },
      { header: 'Observed practice', numeric: true },
      { header: 'Recorded role-play', numeric: true },
      { header: 'Case summary', numeric: true },
      { header: 'Reflection', numeric: true },
      { header: 'Evidence signed off' },
      { header: 'Assessment attempts' },
      { header: 'Resubmissions left', numeric: true },
    ],
    rows: interventions.map((i) => [
      i.name,
      stageCell(i),
      i.evidence.observedPractice,
      i.evidence.recordedRolePlay,
      i.evidence.caseSummary,
      i.evidence.reflection,
      signedText(i),
      attemptsText(i),
      i.resubmissionsLeft,
    ]),
  };
}

export const coverageHeading = 'Presentations worked with';

/** Presentations covered, in one sentence, and whether the requirement is met. */
export function coverageWords(coverage: PresentationCoverage): { text: string; tag: Tag } {
  const names = coverage.covered.map((p) => p.name).join(', ');
  return {
    text:
      `${coverage.covered.length === 0 ? 'None yet.' : `${names}.`} Depression: ` +
      `${coverage.hasDepression ? 'covered' : 'not yet'}. Anxiety: ` +
      `${plural(coverage.anxietyPresentations, 'presentation')} (at least ` +
      `${coverage.requiredAnxietyPresentations} needed). `,
    tag: metTag(coverage.met),
  };
}
