import type { PracticeOutcomes } from '../domain/practice-outcomes';
import { countOf, plural } from './words';

/** The section's opening sentence. */
export function outcomesLead(outcomes: PracticeOutcomes): string {
  const t = outcomes.totals;
  return t.finishedCases === 0
    ? 'No finished cases yet. Outcomes appear here once patients are discharged after a course of treatment.'
    : `${plural(t.finishedCases, 'finished case')} so far: patients discharged after a course of treatment.`;
}

/** The trainee's practice outcomes as services report them; none until a case has finished. */
export function outcomesSummary(outcomes: PracticeOutcomes): [string, string][] {
  const t = outcomes.totals;
  if (t.finishedCases === 0) return [];
  const measured = t.finishedCases - t.notMeasured;
  return [
    ['Finished cases', String(t.finishedCases)],
    [
      'At caseness at the start',
      `${t.casenessAtStart} of ${measured} with scores at start and end`,
    ],
    ['Recovery rate', countOf(t.recovered, t.casenessAtStart)],
    ['Reliable improvement', countOf(t.reliableImprovement, measured)],
    ['Reliable recovery', countOf(t.reliableRecovery, t.casenessAtStart)],
    ['Reliable deterioration', countOf(t.deterioration, measured)],
    ['Stepped up', plural(t.steppedUp, 'patient')],
    ['Finished without paired scores', plural(t.notMeasured, 'case')],
  ];
}
