import type {
  InterventionStatus,
  PresentationCoverage,
} from '../../../../shared/domain/interventions';
import {
  coverageHeading,
  coverageWords,
  interventionsLead,
  interventionsTable,
} from '../../../../shared/presentation/interventions-table';
import { TagView } from '../../kit/CellView';
import { DataTable } from '../../kit/DataTable';
import { Section } from './Section';

function Coverage({ coverage }: { coverage: PresentationCoverage }) {
  const words = coverageWords(coverage);
  return (
    <>
      <h3 className="nhsuk-heading-s">{coverageHeading}</h3>
      <p className="nhsuk-body">
        {words.text}
        <TagView tag={words.tag} />
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
  return (
    <Section id="interventions" title="Interventions" lead={interventionsLead(interventions)}>
      <DataTable table={interventionsTable(interventions)} compact />
      <Coverage coverage={coverage} />
    </Section>
  );
}
