import type { PracticeOutcomes } from '../../../../shared/domain/practice-outcomes';
import { Section } from './Section';
import { SummaryList } from './SummaryList';
import { countOf, plural } from './wording';

/** The trainee's practice outcomes as services report them, for finished cases. */
export function PracticeOutcomesSection({ outcomes }: { outcomes: PracticeOutcomes }) {
  const t = outcomes.totals;
  const measured = t.finishedCases - t.notMeasured;
  return (
    <Section
      id="practice-outcomes"
      title="Practice outcomes"
      lead={
        t.finishedCases === 0
          ? 'No finished cases yet. Outcomes appear here once patients are discharged after a course of treatment.'
          : `${plural(t.finishedCases, 'finished case')} so far: patients discharged after a course of treatment.`
      }
    >
      {t.finishedCases === 0 ? null : (
        <SummaryList
          rows={[
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
          ]}
        />
      )}
    </Section>
  );
}
