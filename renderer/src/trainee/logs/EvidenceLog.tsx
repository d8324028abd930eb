import type { CompetencyStage, InterventionStatus } from '../../../../shared/domain/interventions';
import type { ProgressReport } from '../../../../shared/domain/progress-report';
import { evidenceSchema } from '../../../../shared/schemas/records';
import type { Evidence } from '../../../../shared/schemas/records';
import { Radios } from '../../kit/Choices';
import { SelectField } from '../../kit/SelectField';
import { TextAreaField } from '../../kit/TextAreaField';
import { TextField } from '../../kit/TextField';
import { formatCalendarDate } from '../../kit/format';
import { ControlledDate } from '../../kit/ControlledDate';
import { formWording } from '../../kit/error-wording';
import { fieldError } from '../../kit/field-error';
import type { LogDefinition } from '../records/LogScreen';
import { LogScreen, StateTag } from '../records/LogScreen';
import type { FieldsProps } from '../records/RecordEditor';
import { usePortfolio } from '../../shell/PortfolioContext';

export const evidenceKindLabels: Record<Evidence['kind'], string> = {
  'observed-practice': 'Observed practice',
  'recorded-role-play': 'Recorded role-play',
  'case-summary': 'Case summary',
  reflection: 'Reflection',
};
const kindHints: Record<Evidence['kind'], string> = {
  'observed-practice': 'You watched a qualified practitioner deliver it',
  'recorded-role-play': 'You delivered it in a recorded role-play',
  'case-summary': 'You used it with a patient and wrote up the case',
  reflection: 'What you learnt about delivering it',
};

const stageLabels: Record<CompetencyStage, string> = {
  'not-started': 'Not started',
  observed: 'Observed',
  practised: 'Practised',
  assessed: 'Assessed',
};
const stageTags: Record<CompetencyStage, string> = {
  'not-started': 'nhsuk-tag--grey',
  observed: 'nhsuk-tag--blue',
  practised: 'nhsuk-tag--purple',
  assessed: 'nhsuk-tag--green',
};

function EvidenceFields({ form, idFor }: FieldsProps) {
  const { portfolio } = usePortfolio();
  const { register } = form;
  return (
    <>
      <SelectField
        id={idFor('interventionId')}
        label="Intervention"
        emptyLabel="Choose an intervention"
        options={portfolio.programme.interventions.map((i) => ({ value: i.id, label: i.name }))}
        error={fieldError(form, 'interventionId')}
        {...register('interventionId')}
      />
      <Radios
        id={idFor('kind')}
        legend="Kind of evidence"
        options={Object.entries(evidenceKindLabels).map(([value, label]) => ({
          value,
          label,
          hint: kindHints[value as Evidence['kind']],
        }))}
        error={fieldError(form, 'kind')}
        registration={register('kind')}
      />
      <ControlledDate
        form={form}
        name="date"
        id={idFor('date')}
        legend="Date of the evidence"
        hint="For example, 3 3 2027"
      />
      <TextField
        id={idFor('title')}
        label="Title"
        hint="A few words you will recognise later, without anything that identifies a patient"
        error={fieldError(form, 'title')}
        {...register('title')}
      />
      <TextAreaField
        id={idFor('description')}
        label="Description"
        hint="What happened and what it shows about your practice"
        rows={6}
        error={fieldError(form, 'description')}
        {...register('description')}
      />
      <SelectField
        id={idFor('presentationId')}
        label="Presentation (optional)"
        hint="The presenting problem this evidence relates to, if any"
        emptyLabel="Not specified"
        options={portfolio.programme.presentations.map((p) => ({ value: p.id, label: p.name }))}
        error={fieldError(form, 'presentationId')}
        {...register('presentationId')}
      />
    </>
  );
}

function evidenceText(i: InterventionStatus): string {
  const total = i.evidenceSignedOff + i.evidenceAwaitingSignOff;
  if (total === 0) return 'None yet';
  return `${i.evidenceSignedOff} signed off, ${i.evidenceAwaitingSignOff} awaiting sign-off`;
}

function assessmentText(i: InterventionStatus): string {
  const latest = i.attempts.at(-1);
  if (!latest) return 'Not assessed yet';
  const result = `${latest.label}, ${formatCalendarDate(latest.date)}`;
  // Resubmissions matter only until the intervention is passed.
  if (i.competent) return result;
  const left = i.resubmissionsLeft;
  return `${result} (${left === 0 ? 'no' : left} ${left === 1 ? 'resubmission' : 'resubmissions'} left)`;
}

/** What the trainee still has to do for this intervention, in the order the stages run. */
function stillNeeded(i: InterventionStatus): string {
  const signOff =
    i.evidenceAwaitingSignOff > 0
      ? `; sign-off of ${i.evidenceAwaitingSignOff} ${i.evidenceAwaitingSignOff === 1 ? 'item' : 'items'}`
      : '';
  const step =
    i.stage === 'not-started'
      ? 'Observed practice'
      : i.stage === 'observed'
        ? 'Practice: a role-play, case summary or use with a patient'
        : i.stage === 'practised'
          ? 'An assessment'
          : i.competent
            ? 'Nothing: competent'
            : i.failed
              ? 'Failed: talk to your clinical educator'
              : 'A resubmission';
  return `${step}${signOff}`;
}

/** Per intervention: how far it has got and what is still missing, above the list of evidence. */
function InterventionSummary({ report }: { report: ProgressReport }) {
  return (
    <div
      className="app-evidence-summary"
      role="region"
      aria-labelledby="evidence-summary-caption"
      tabIndex={0}
    >
      <table className="nhsuk-table nhsuk-table--compact app-evidence-summary__table">
        <caption
          className="nhsuk-table__caption nhsuk-table__caption--s"
          id="evidence-summary-caption"
        >
          Where each intervention has got to
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {['Intervention', 'Stage', 'Evidence', 'Assessment', 'Still needed'].map((h) => (
              <th className="nhsuk-table__header" scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {report.interventions.map((i) => (
            <tr className="nhsuk-table__row" key={i.interventionId}>
              <th className="nhsuk-table__header" scope="row">
                {i.name}
              </th>
              <td className="nhsuk-table__cell">
                <strong className={`nhsuk-tag ${stageTags[i.stage]}`}>
                  {stageLabels[i.stage]}
                </strong>
              </td>
              <td className="nhsuk-table__cell">{evidenceText(i)}</td>
              <td className="nhsuk-table__cell">{assessmentText(i)}</td>
              <td className="nhsuk-table__cell">{stillNeeded(i)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The form's messages in its own words (the schema's stay for the IPC). */
const wording = formWording({
  dates: { date: 'Date of the evidence' },
  empty: {
    interventionId: 'Select the intervention',
    kind: 'Select the kind of evidence',
    title: 'Enter the title',
  },
});

function definition(
  report: ProgressReport,
  interventionName: (id: string) => string,
  presentationName: (id: string) => string,
  signed: ReadonlySet<string>,
): LogDefinition<Evidence> {
  const signedText = (e: Evidence) => (signed.has(e.id) ? 'Yes' : 'No');
  return {
    collection: 'evidence',
    title: 'Evidence',
    intro: (
      <>
        <p className="nhsuk-body">
          Evidence of each intervention: observed practice, recorded role-plays, case summaries and
          reflections. An intervention moves from observed to practised to assessed; your supervisor
          signs off the evidence and your clinical educator marks the assessment.
        </p>
        <InterventionSummary report={report} />
      </>
    ),
    noun: 'evidence item',
    schema: evidenceSchema,
    optional: ['presentationId'],
    // Nothing is chosen for the trainee: submitted evidence is permanent, so each fact is theirs.
    defaults: () => ({
      interventionId: '',
      kind: '',
      date: '',
      title: '',
      description: '',
      presentationId: '',
    }),
    Fields: EvidenceFields,
    wording,
    rowTitle: (e) => formatCalendarDate(e.date),
    searchText: (e) =>
      [
        e.date,
        formatCalendarDate(e.date),
        interventionName(e.interventionId),
        evidenceKindLabels[e.kind],
        e.title,
        e.description,
        e.presentationId ? presentationName(e.presentationId) : '',
      ].join(' '),
    columns: [
      {
        key: 'date',
        label: 'Date',
        render: (e) => formatCalendarDate(e.date),
        sortValue: (e) => e.date,
      },
      {
        key: 'intervention',
        label: 'Intervention',
        render: (e) => interventionName(e.interventionId),
        sortValue: (e) => interventionName(e.interventionId),
      },
      {
        key: 'kind',
        label: 'Kind',
        render: (e) => evidenceKindLabels[e.kind],
        sortValue: (e) => evidenceKindLabels[e.kind],
      },
      { key: 'title', label: 'Title', render: (e) => e.title, sortValue: (e) => e.title },
      { key: 'signed', label: 'Signed off', render: signedText, sortValue: signedText },
      {
        key: 'state',
        label: 'State',
        render: (e, { corrected }) => <StateTag record={e} corrected={corrected} />,
        sortValue: (e) => e.state,
      },
    ],
    describe: (e) => [
      ['Intervention', interventionName(e.interventionId)],
      ['Kind', evidenceKindLabels[e.kind]],
      ['Date', formatCalendarDate(e.date)],
      ['Title', e.title],
      ['Description', <span className="app-prewrap">{e.description || 'None'}</span>],
      ['Presentation', e.presentationId ? presentationName(e.presentationId) : 'Not specified'],
      [
        'Signed off',
        signed.has(e.id) ? 'Yes, by a supervisor whose sign-off counts' : 'Not yet signed off',
      ],
    ],
  };
}

export function EvidenceLog() {
  const { portfolio, report } = usePortfolio();
  const { interventions, presentations } = portfolio.programme;
  const interventionNames = new Map(interventions.map((i) => [i.id, i.name]));
  const presentationNames = new Map(presentations.map((p) => [p.id, p.name]));
  // Only a valid, approved sign-off by an entitled supervisor that is not superseded counts.
  const signed = new Set(report.signOffs.filter((s) => s.counts).flatMap((s) => s.recordIds));
  return (
    <LogScreen
      definition={definition(
        report,
        (id) => interventionNames.get(id) ?? id,
        (id) => presentationNames.get(id) ?? id,
        signed,
      )}
    />
  );
}
