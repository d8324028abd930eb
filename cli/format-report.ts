import type { ProgressReport } from '../shared/domain/progress-report';

const pad = (text: string, width: number) => text.padEnd(width);
const h = (value: number) => (Math.round(value * 10) / 10).toString();
const pct = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)} %`);
const tick = (met: boolean) => (met ? '✓' : '✗');
/** ` (a; b)` after a count, or nothing when the list is empty. */
const listed = (items: readonly string[]) => (items.length === 0 ? '' : ` (${items.join('; ')})`);

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => `  ${r.map((cell, i) => pad(cell, widths[i] ?? 0)).join('  ')}`.trimEnd());
}

/** The human-readable report `pwp check` prints: one section per milestone, then readiness. */
export function formatReport(report: ProgressReport): string {
  const { trainee, days, supervision, practiceHours, caseload, practiceOutcomes, readiness } =
    report;
  const lines: string[] = [
    `PWP Tracker — progress of ${trainee.name} (${trainee.university}, ${trainee.cohort}) on ${report.at}`,
    `Programme: ${report.programme.name} v${report.programme.version}; started ${trainee.startDate}; route ${trainee.route}`,
    '',
    `Programme days (window ${days.windowStart} to ${days.windowEnd}, ${days.daysLeftInWindow} days left)`,
    ...table([
      ['module', 'required', 'attended', 'absent', 'missed', 'planned', 'attendance'],
      ...days.modules.map((m) => [
        m.title.length > 48 ? `${m.title.slice(0, 47)}…` : m.title,
        String(m.required),
        String(m.attended),
        String(m.authorisedAbsence),
        String(m.missed),
        String(m.planned),
        m.attendancePercentSoFar === null
          ? '—'
          : `${m.attendancePercentSoFar} %${m.cannotPass ? ' (below pass mark)' : ''}`,
      ]),
    ]),
    '',
    'Interventions',
    ...table([
      ['intervention', 'stage', 'evidence', 'signed', 'attempts', 'result', 'resubmissions left'],
      ...report.interventions.map((i) => [
        i.name,
        i.stage,
        String(Object.values(i.evidence).reduce((a, b) => a + b, 0)),
        String(i.evidenceSignedOff),
        String(i.attempts.length),
        i.competent ? 'competent' : i.failed ? 'failed' : (i.attempts.at(-1)?.label ?? '—'),
        String(i.resubmissionsLeft),
      ]),
    ]),
    '',
    `Caseload: ${caseload.phaseToday} phase; ${caseload.recentContactsPerWeek} contacts/week recently against ${caseload.expectedContactsPerWeekNow} expected; ${caseload.patientsSeen} patients seen (about ${caseload.expectedPatientsByNow} expected by now, ${caseload.expectedPatientsPerYear} a year)`,
    ...caseload.gates.map(
      (g) =>
        `  ${g.phase} gate: ${g.open ? `open from ${g.effectiveFrom ?? ''}` : (g.problem ?? 'closed')}`,
    ),
    ...(caseload.contactsOutsidePhase.length > 0
      ? [
          `  ${caseload.contactsOutsidePhase.length} contacts logged before the caseload gate opened`,
        ]
      : []),
    '',
    'Hours',
    ...table([
      ['', 'done', 'minimum', 'met'],
      [
        'clinical contact',
        h(practiceHours.total.hours),
        h(practiceHours.minimumHours),
        tick(practiceHours.met),
      ],
      [
        'case-management supervision',
        h(supervision.caseManagement.total.hours),
        h(supervision.caseManagement.total.minimumHours),
        tick(supervision.caseManagement.total.met),
      ],
      [
        'clinical-skills supervision',
        h(supervision.clinicalSkills.total.hours),
        h(supervision.clinicalSkills.total.minimumHours),
        tick(supervision.clinicalSkills.total.met),
      ],
    ]),
    `  Missed case-management weeks: ${supervision.caseManagement.weeksMissed} of ${supervision.caseManagement.weeksDue}${listed(supervision.caseManagement.missedWeekRuns.map((r) => (r.weeks === 1 ? `week of ${r.from}` : `${r.weeks} weeks ${r.from} to ${r.to}`)))}`,
    `  Clinical-skills fortnights without an hour: ${supervision.clinicalSkills.fortnightsMissed}${listed(supervision.clinicalSkills.gaps.map((g) => `${g.from} to ${g.to}, ${g.days} days${g.ongoing ? ', still open' : ''}`))}`,
    `  Patients overdue for a case-management review: ${supervision.overdueReviews.length === 0 ? 'none' : supervision.overdueReviews.map((r) => `${r.patientCode} (${r.daysOverdue} days)`).join(', ')}`,
    '',
    `Practice outcomes: ${practiceOutcomes.totals.finishedCases} finished cases; recovery ${pct(practiceOutcomes.totals.recoveryRate)}; reliable improvement ${pct(practiceOutcomes.totals.reliableImprovementRate)}; ${practiceOutcomes.totals.deterioration} deteriorated; ${practiceOutcomes.totals.steppedUp} stepped up`,
    `Portfolio: ${report.portfolioStatus.state}; sign-offs: ${report.signOffs.filter((s) => s.status === 'valid').length} valid of ${report.signOffs.length}`,
    '',
    readiness.ready
      ? 'Exam-board readiness: READY'
      : `Exam-board readiness: NOT READY — ${readiness.missing.length} item(s) missing`,
    ...readiness.missing.map((m) => `  - ${m}`),
  ];
  return `${lines.join('\n')}\n`;
}
