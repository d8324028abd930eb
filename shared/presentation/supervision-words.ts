import { daysBetween } from '../dates';
import type {
  ClinicalSkillsGap,
  MissedWeekRun,
  NotCountedReason,
  SupervisionCompliance,
  UncountedSession,
} from '../domain/supervision';
import type { StatusCell, Table } from './table';
import { metTag } from './table';
import { calendarDate, hours, plural } from './words';

type CaseManagement = SupervisionCompliance['caseManagement'];
type ClinicalSkills = SupervisionCompliance['clinicalSkills'];

/** Hours of case management expected by now: the weekly amount for every week due so far. */
export function expectedCaseManagementHours(cm: CaseManagement): number {
  return (cm.weeksDue * cm.expectedMinutesPerWeek) / 60;
}

/** Hours of clinical skills expected by now: the fortnightly amount for every whole fortnight. */
export function expectedClinicalSkillsHours(cs: ClinicalSkills): number {
  return (Math.floor(cs.daysJudged / 14) * cs.expectedMinutesPerFortnight) / 60;
}

/** Why a session did not count, in words; a `Record` so a new reason code cannot go unexplained. */
export const notCountedWhy: Record<NotCountedReason, string> = {
  'supervisor-not-trained':
    'The supervisor has not completed low-intensity supervisor training, so the session cannot count yet.',
  'supervisor-not-listed':
    'The supervisor is not on the programme’s list of supervisors, so the session cannot count.',
};

export const sessionType: Record<UncountedSession['type'], string> = {
  'case-management': 'Case management',
  'clinical-skills': 'Clinical skills',
};

/** `60` → "1 hour", `90` → "90 minutes". */
export function amount(minutes: number): string {
  if (minutes % 60 !== 0) return `${minutes} minutes`;
  return plural(minutes / 60, 'hour');
}

/** Runs of missed Monday–Sunday weeks in words: `week of 14 Sep 2026; 2 weeks, 5 Oct 2026 to 18 Oct 2026`. */
export function weekRuns(runs: readonly MissedWeekRun[]): string {
  if (runs.length === 0) return 'None';
  return runs
    .map((run) =>
      run.weeks === 1
        ? `week of ${calendarDate(run.from)}`
        : `${plural(run.weeks, 'week')}, ${calendarDate(run.from)} to ${calendarDate(run.to)}`,
    )
    .join('; ');
}

/** Clinical-skills gaps in words, each with its dates and length; an open one says so. */
export function gapList(gaps: readonly ClinicalSkillsGap[]): string {
  if (gaps.length === 0) return 'None';
  return gaps
    .map((gap) =>
      gap.ongoing
        ? `since ${calendarDate(gap.from)}, still open (${plural(gap.days, 'day')} to ${calendarDate(gap.to)})`
        : `${calendarDate(gap.from)} to ${calendarDate(gap.to)} (${plural(gap.days, 'day')})`,
    )
    .join('; ');
}

/** The section's opening sentence. */
export function supervisionLead(supervision: SupervisionCompliance): string {
  const { caseManagement: cm, clinicalSkills: cs } = supervision;
  return `${hours(cm.total.hours)} of ${cm.total.minimumHours} hours of case management and ${hours(cs.total.hours)} of ${cs.total.minimumHours} hours of clinical skills so far.`;
}

/** The supervision summary, key by key; hours carry a met tag and what was expected by now. */
export function supervisionSummary(
  supervision: SupervisionCompliance,
): [string, string | StatusCell][] {
  const { caseManagement: cm, clinicalSkills: cs } = supervision;
  return [
    [
      'Case-management hours',
      {
        text: `${hours(cm.total.hours)} of the ${cm.total.minimumHours}-hour minimum `,
        tag: metTag(cm.total.met),
        note: `${hours(expectedCaseManagementHours(cm))} expected by now (${amount(cm.expectedMinutesPerWeek)} a week for ${plural(cm.weeksDue, 'week')})`,
      },
    ],
    ['Weeks with an hour', `${cm.weeksMet} of ${cm.weeksDue}`],
    ['Missed weeks', weekRuns(cm.missedWeekRuns)],
    [
      'Clinical-skills hours',
      {
        text: `${hours(cs.total.hours)} of the ${cs.total.minimumHours}-hour minimum `,
        tag: metTag(cs.total.met),
        note: `${hours(expectedClinicalSkillsHours(cs))} expected by now (${amount(cs.expectedMinutesPerFortnight)} a fortnight for ${plural(Math.floor(cs.daysJudged / 14), 'fortnight')})`,
      },
    ],
    [
      'Fortnights without an hour',
      cs.fortnightsMissed === 0 ? 'None' : String(cs.fortnightsMissed),
    ],
    ['Gaps of 14 days or more', gapList(cs.gaps)],
  ];
}

/** What the review rule is and where the trainee stands against it, in one paragraph. */
/** Sessions in the file that do not count because they are dated before the start date. */
export function supervisionOutsideWindowNote(supervision: SupervisionCompliance): string | null {
  const n = supervision.outsideWindow.length;
  if (n === 0) return null;
  const dates = supervision.outsideWindow.map((s) => calendarDate(s.date)).join(', ');
  return `${plural(n, 'supervision session')} ${n === 1 ? 'is' : 'are'} dated before your programme started, so ${n === 1 ? 'it does' : 'they do'} not count: ${dates}.`;
}

export function overdueSentence(supervision: SupervisionCompliance): string {
  const first = supervision.caseload[0];
  // The report gives each due date, not the rule; the interval is recovered from any patient.
  const every = first ? daysBetween(first.lastReviewed ?? first.firstContact, first.dueBy) : null;
  const overdue = supervision.overdueReviews;
  return (
    `Every patient on your caseload is reviewed in case-management supervision` +
    `${every === null ? ' regularly' : ` at least every ${plural(every, 'day')}`}. ` +
    (supervision.caseload.length === 0
      ? 'You have no patients yet, so none is due for review.'
      : overdue.length === 0
        ? 'No patient is overdue for review.'
        : `${plural(overdue.length, 'patient')} ${overdue.length === 1 ? 'is' : 'are'} overdue:`)
  );
}

export function overdueTable(supervision: SupervisionCompliance): Table {
  return {
    caption: 'Patients overdue for review',
    columns: [
      { header: 'Patient code' },
      { header: 'Review due by' },
      { header: 'Days overdue', numeric: true },
      { header: 'Last reviewed' },
    ],
    rows: supervision.overdueReviews.map((r) => [
      r.patientCode,
      calendarDate(r.dueBy),
      r.daysOverdue,
      r.lastReviewed === null ? 'Not yet reviewed' : calendarDate(r.lastReviewed),
    ]),
  };
}

export function lateReviewsTable(supervision: SupervisionCompliance): Table {
  return {
    caption: 'Reviews that came late',
    columns: [
      { header: 'Patient code' },
      { header: 'Due by' },
      { header: 'Reviewed on' },
      { header: 'Days late', numeric: true },
    ],
    rows: supervision.lateReviews.map((r) => [
      r.patientCode,
      calendarDate(r.dueBy),
      calendarDate(r.reviewedOn),
      r.daysLate,
    ]),
  };
}

export const everySessionCounts = 'Every supervision session you logged counts.';

export function notCountedTable(sessions: readonly UncountedSession[]): Table {
  return {
    caption: 'Sessions that do not count',
    columns: [
      { header: 'Date' },
      { header: 'Supervision' },
      { header: 'Hours', numeric: true },
      { header: 'Supervisor' },
      { header: 'Why it does not count' },
    ],
    rows: sessions.map((s) => [
      calendarDate(s.date),
      sessionType[s.type],
      hours(s.durationMinutes / 60),
      s.supervisorName ?? s.supervisorId,
      notCountedWhy[s.reason],
    ]),
  };
}
