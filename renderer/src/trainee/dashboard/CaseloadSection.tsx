import type { CaseloadStatus } from '../../../../shared/domain/caseload-phase';
import {
  caseloadSummary,
  earlyContactsAdvice,
  earlyContactsHeading,
  earlyContactsTable,
  phaseSentence,
} from '../../../../shared/presentation/caseload-words';
import { ContactsChart } from './charts/ContactsChart';
import { DataTable } from '../../kit/DataTable';
import { Section } from './Section';
import { SummaryList } from '../../kit/SummaryList';

/** The caseload phase, both gates, logged against expected contacts, and patients seen. */
export function CaseloadSection({ caseload, at }: { caseload: CaseloadStatus; at: string }) {
  const early = caseload.contactsOutsidePhase;
  return (
    <Section id="caseload" title="Caseload" lead={phaseSentence(caseload)}>
      <SummaryList rows={caseloadSummary(caseload)} />
      <ContactsChart caseload={caseload} at={at} />
      {early.length > 0 ? (
        <>
          <h3 className="nhsuk-heading-s">{earlyContactsHeading}</h3>
          <p className="nhsuk-body">{earlyContactsAdvice}</p>
          <DataTable table={earlyContactsTable(caseload)} captionSize="hidden" />
        </>
      ) : null}
    </Section>
  );
}
