import type { PracticeOutcomes } from '../../../../shared/domain/practice-outcomes';
import { outcomesLead, outcomesSummary } from '../../../../shared/presentation/outcomes-words';
import { Section } from './Section';
import { SummaryList } from '../../kit/SummaryList';

/** The trainee's practice outcomes as services report them, for finished cases. */
export function PracticeOutcomesSection({ outcomes }: { outcomes: PracticeOutcomes }) {
  const rows = outcomesSummary(outcomes);
  return (
    <Section id="practice-outcomes" title="Practice outcomes" lead={outcomesLead(outcomes)}>
      {rows.length === 0 ? null : <SummaryList rows={rows} />}
    </Section>
  );
}
