import type { ProgressReport } from '../domain/progress-report';
import { phaseName } from './names';
import { expectedCaseManagementHours, expectedClinicalSkillsHours } from './supervision-words';
import { calendarDate, hours, oneDecimal, plural } from './words';

/** Met, not met yet, or something the trainee should act on now (always shown in words too). */
export type TileStatus = 'met' | 'not-yet' | 'attention' | 'nothing-due';

/** Each status in words, so colour is never the only signal. */
export const tileStatusWords: Record<TileStatus, string> = {
  met: 'Met',
  'not-yet': 'Not met yet',
  attention: 'Needs attention',
  'nothing-due': 'Nothing due yet',
};

export interface TileData {
  id: string;
  title: string;
  /** The headline in words, e.g. "17 of 45 programme days attended". */
  value: string;
  detail: string;
  status: TileStatus;
  /** Share of the way to the requirement, 0 to 1, when a bar helps; omitted otherwise. */
  progress?: number;
}

const share = (part: number, whole: number) => (whole <= 0 ? 1 : Math.min(1, part / whole));

/** How much of the completion window is left, in words ("the last day" rather than "0 days"). */
export function windowText(days: ProgressReport['days']): string {
  const end = calendarDate(days.windowEnd);
  if (days.windowClosed) return `The window closed on ${end}`;
  if (days.daysLeftInWindow === 0) return `Today, ${end}, is the last day of the window`;
  return `${plural(days.daysLeftInWindow, 'day')} left in the window, which closes on ${end}`;
}

function daysTile({ days }: ProgressReport): TileData {
  const { totals } = days;
  const trouble = days.modules.some((m) => m.cannotPass) || totals.missed + totals.unrecorded > 0;
  const absences =
    totals.authorisedAbsence > 0
      ? `; ${plural(totals.authorisedAbsence, 'authorised absence')}`
      : '';
  return {
    id: 'programme-days',
    title: 'Programme days',
    value: `${totals.attended} of ${totals.required} programme days attended`,
    detail: `${windowText(days)}${absences}`,
    status: days.allAccountedFor ? 'met' : trouble ? 'attention' : 'not-yet',
    progress: share(totals.attended, totals.required),
  };
}

function clinicalHoursTile({ practiceHours: p }: ProgressReport): TileData {
  return {
    id: 'clinical-hours',
    title: 'Clinical contact',
    value: `${hours(p.total.hours)} of ${p.minimumHours} clinical contact hours`,
    detail: p.met
      ? 'The minimum is met'
      : `${hours(p.hoursRemaining)} hours still needed by the end`,
    status: p.met ? 'met' : 'not-yet',
    progress: share(p.total.minutes, p.minimumHours * 60),
  };
}

function caseManagementTile({ supervision }: ProgressReport): TileData {
  const cm = supervision.caseManagement;
  return {
    id: 'case-management',
    title: 'Case-management supervision',
    value: `${hours(cm.total.hours)} of ${cm.total.minimumHours} hours of case-management supervision`,
    detail: `${hours(expectedCaseManagementHours(cm))} hours expected by now; ${cm.weeksMet} of ${plural(cm.weeksDue, 'week')} had their hour`,
    status: cm.total.met ? 'met' : 'not-yet',
    progress: share(cm.total.minutes, cm.total.minimumHours * 60),
  };
}

function clinicalSkillsTile({ supervision }: ProgressReport): TileData {
  const cs = supervision.clinicalSkills;
  return {
    id: 'clinical-skills',
    title: 'Clinical-skills supervision',
    value: `${hours(cs.total.hours)} of ${cs.total.minimumHours} hours of clinical-skills supervision`,
    detail: `${hours(expectedClinicalSkillsHours(cs))} hours expected by now; ${
      cs.fortnightsMissed === 0
        ? 'no fortnight has gone without an hour'
        : `${plural(cs.fortnightsMissed, 'fortnight')} went without an hour`
    }`,
    status: cs.total.met ? 'met' : 'not-yet',
    progress: share(cs.total.minutes, cs.total.minimumHours * 60),
  };
}

function caseloadTile({ caseload }: ProgressReport): TileData {
  const allOpen = caseload.gates.every((g) => g.open);
  const detail =
    caseload.phaseToday === 'shadowing'
      ? 'No own caseload yet'
      : `${oneDecimal(caseload.recentContactsPerWeek)} contacts a week lately; ${caseload.expectedContactsPerWeekNow} expected`;
  return {
    id: 'caseload',
    title: 'Caseload phase today',
    value: phaseName[caseload.phaseToday],
    detail,
    status: caseload.contactsOutsidePhase.length > 0 ? 'attention' : allOpen ? 'met' : 'not-yet',
  };
}

function interventionsTile({ interventions }: ProgressReport): TileData {
  const competent = interventions.filter((i) => i.competent).length;
  const failed = interventions.filter((i) => i.failed).length;
  const assessed = interventions.filter((i) => i.attempts.length > 0).length;
  return {
    id: 'interventions',
    title: 'Interventions',
    value: `${competent} of ${interventions.length} interventions competent`,
    detail:
      failed > 0
        ? `${plural(failed, 'assessment')} failed`
        : `${assessed} of ${interventions.length} assessed so far`,
    status: competent === interventions.length ? 'met' : failed > 0 ? 'attention' : 'not-yet',
    progress: share(competent, interventions.length),
  };
}

function overdueTile({ supervision }: ProgressReport): TileData {
  const overdue = supervision.overdueReviews;
  const worst = overdue[0];
  // With nobody on the caseload there is nothing to review: not "met", just nothing due yet.
  if (supervision.caseload.length === 0)
    return {
      id: 'overdue-reviews',
      title: 'Case reviews',
      value: 'No patients to review yet',
      detail: 'Each patient you see is reviewed in case-management supervision',
      status: 'nothing-due',
    };
  return {
    id: 'overdue-reviews',
    title: 'Case reviews',
    value:
      overdue.length === 0
        ? 'No patients overdue for review'
        : `${plural(overdue.length, 'patient')} overdue for review`,
    detail: worst
      ? `The longest is ${plural(worst.daysOverdue, 'day')} overdue`
      : `All ${plural(supervision.caseload.length, 'patient')} on your caseload reviewed in time`,
    status: overdue.length === 0 ? 'met' : 'attention',
  };
}

/** The at-a-glance tiles, in the order a trainee scans them. */
export function glanceTiles(report: ProgressReport): TileData[] {
  return [
    daysTile(report),
    clinicalHoursTile(report),
    caseManagementTile(report),
    clinicalSkillsTile(report),
    caseloadTile(report),
    interventionsTile(report),
    overdueTile(report),
  ];
}
