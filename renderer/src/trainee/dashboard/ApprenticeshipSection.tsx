import type { ApprenticeshipOnRoute } from '../../../../shared/domain/apprenticeship';
import {
  apprenticeshipLead,
  apprenticeshipSummary,
} from '../../../../shared/presentation/apprenticeship-words';
import { Section } from './Section';
import { SummaryList } from '../../kit/SummaryList';

/** Off-the-job training and gateway, for apprentices only. */
export function ApprenticeshipSection({ progress: a }: { progress: ApprenticeshipOnRoute }) {
  return (
    <Section id="apprenticeship" title="Apprenticeship" lead={apprenticeshipLead(a)}>
      <SummaryList rows={apprenticeshipSummary(a)} />
    </Section>
  );
}
