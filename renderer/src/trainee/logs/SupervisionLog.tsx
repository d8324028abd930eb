import { z } from 'zod';
import { supersededIds } from '../../../../shared/domain/current-records';
import type { ProgrammeDefinition } from '../../../../shared/schemas/programme';
import { recordId } from '../../../../shared/schemas/primitives';
import { supervisionSessionSchema } from '../../../../shared/schemas/records';
import type { Person, SupervisionSession } from '../../../../shared/schemas/records';
import { Radios } from '../../kit/Choices';
import { SelectField } from '../../kit/SelectField';
import { TextAreaField } from '../../kit/TextAreaField';
import { TextField } from '../../kit/TextField';
import { formatCalendarDate } from '../../kit/format';
import { ControlledDate } from '../../kit/ControlledDate';
import { fieldError } from '../../kit/field-error';
import { asOptionalNumber } from '../records/form-values';
import type { LogDefinition } from '../records/LogScreen';
import { LogScreen, StateTag } from '../records/LogScreen';
import type { FieldsProps } from '../records/RecordEditor';
import { todayIso } from '../../kit/today';
import { formWording } from '../../kit/error-wording';
import { usePortfolio } from '../../shell/PortfolioContext';
import { useScreenLink } from '../workspace/screen-link';
import {
  countsText,
  formatLabels,
  patientCodesErrors,
  summaryError,
  supervisorName,
  toSupervisionForm,
  toSupervisionRecord,
  typeLabels,
  UNTRAINED_MARK,
} from './supervision-values';

const options = <K extends string>(labels: Record<K, string>) =>
  Object.entries<string>(labels).map(([value, label]) => ({ value, label }));

/**
 * The session's own schema — the one the main process applies — with a plain message for a
 * supervisor not yet chosen (an empty select), instead of the id pattern's.
 */
const schema = supervisionSessionSchema.extend({
  supervisorId: z.string().min(1, 'Choose who supervised the session').pipe(recordId),
});

/** The form's messages in its own words (the schema's stay for the IPC). */
const wording = formWording({
  dates: { date: 'Date of the session' },
  empty: {
    type: 'Select the type of supervision',
    format: 'Select the format',
    durationMinutes: 'Enter the length of the session in minutes',
    supervisorId: 'Choose who supervised the session',
  },
});

/** `60` → "1 hour", `90` → "90 minutes": the expected amounts, as the guidance says them. */
function amount(minutes: number): string {
  if (minutes % 60 !== 0) return `${minutes} minutes`;
  const hours = minutes / 60;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

function rulesText(rules: ProgrammeDefinition['supervision']): string {
  return `Case management: ${amount(rules.caseManagementMinutesPerWeek)} a week; clinical skills: ${amount(rules.clinicalSkillsMinutesPerFortnight)} a fortnight`;
}

/** Shown instead of the supervisor list until one is listed: a session must name one. */
function NoSupervisors({ id, error }: { id: string; error: string | undefined }) {
  const goTo = useScreenLink();
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <div className="nhsuk-inset-text" id={id} tabIndex={-1}>
        <h3 className="nhsuk-heading-s">Supervisor</h3>
        {error ? (
          <span className="nhsuk-error-message">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        <p className="nhsuk-body">
          You have not listed a supervisor yet. Add your supervisors on the Supervisors and tutors
          screen first; each session is logged against one of them.
        </p>
        {goTo ? (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => goTo('people')}
          >
            Add a supervisor
          </button>
        ) : null}
      </div>
    </div>
  );
}

function SessionFields({ form, idFor }: FieldsProps) {
  const { portfolio } = usePortfolio();
  const { register } = form;
  const supervisors = portfolio.people.filter((p) => p.role === 'supervisor');
  const codeErrors = patientCodesErrors(form.formState.errors.patientCodesReviewed);
  return (
    <>
      <ControlledDate
        form={form}
        name="date"
        id={idFor('date')}
        legend="Date of the session"
        hint="For example, 3 3 2027"
      />
      <Radios
        id={idFor('type')}
        legend="Type of supervision"
        options={options(typeLabels)}
        error={fieldError(form, 'type')}
        registration={register('type')}
      />
      <Radios
        id={idFor('format')}
        legend="Format"
        options={options(formatLabels)}
        error={fieldError(form, 'format')}
        registration={register('format')}
      />
      <TextField
        id={idFor('durationMinutes')}
        label="Length of the session, in minutes"
        hint={rulesText(portfolio.programme.supervision)}
        type="number"
        inputMode="numeric"
        min={1}
        className="nhsuk-input--width-4"
        error={fieldError(form, 'durationMinutes')}
        {...register('durationMinutes', { setValueAs: asOptionalNumber })}
      />
      {supervisors.length > 0 ? (
        <SelectField
          id={idFor('supervisorId')}
          label="Supervisor"
          hint="Supervision counts only from supervisors who have completed low-intensity supervisor training"
          emptyLabel="Choose a supervisor"
          options={supervisors.map((p) => ({
            value: p.id,
            label: p.supervisorTrained ? p.name : `${p.name} ${UNTRAINED_MARK}`,
          }))}
          error={fieldError(form, 'supervisorId')}
          {...register('supervisorId')}
        />
      ) : (
        <NoSupervisors id={idFor('supervisorId')} error={fieldError(form, 'supervisorId')} />
      )}
      <TextAreaField
        id={idFor('patientCodesReviewed')}
        label="Patient codes reviewed"
        hint="The pseudonymous codes of the patients discussed, such as PT-0042: one a line, or separated by commas. Leave empty if no patients were discussed."
        rows={3}
        error={codeErrors.length > 0 ? codeErrors.join(' ') : undefined}
        {...register('patientCodesReviewed')}
      />
      <TextAreaField
        id={idFor('notes')}
        label="Notes (optional)"
        hint="Do not write anything that could identify a patient"
        error={fieldError(form, 'notes')}
        {...register('notes')}
      />
    </>
  );
}

function definition(
  people: readonly Person[],
  rules: ProgrammeDefinition['supervision'],
  corrected: ReadonlySet<string>,
): LogDefinition<SupervisionSession> {
  const byId = new Map(people.map((p) => [p.id, p]));
  const who = (s: SupervisionSession) => supervisorName(byId.get(s.supervisorId), s.supervisorId);
  return {
    collection: 'supervision',
    title: 'Supervision',
    intro: (
      <p className="nhsuk-body">
        Your case-management supervision ({amount(rules.caseManagementMinutesPerWeek)} a week,
        reviewing every patient on your caseload at least every {rules.caseReviewEveryDays} days)
        and clinical-skills supervision ({amount(rules.clinicalSkillsMinutesPerFortnight)} a
        fortnight). A session counts only when your supervisor has completed low-intensity
        supervisor training.
      </p>
    ),
    noun: 'supervision session',
    schema,
    optional: ['notes'],
    // Nothing is chosen for the trainee: a submitted session is permanent, so each fact is theirs.
    defaults: () => ({
      date: '',
      type: '',
      format: '',
      durationMinutes: '',
      supervisorId: '',
      patientCodesReviewed: '',
      notes: '',
    }),
    Fields: SessionFields,
    toRecord: toSupervisionRecord,
    toForm: toSupervisionForm,
    summaryError,
    wording,
    rowTitle: (s) => formatCalendarDate(s.date),
    searchText: (s) =>
      [
        s.date,
        formatCalendarDate(s.date),
        typeLabels[s.type],
        formatLabels[s.format],
        who(s),
        ...s.patientCodesReviewed,
        s.notes ?? '',
      ].join(' '),
    columns: [
      {
        key: 'date',
        label: 'Date',
        render: (s) => formatCalendarDate(s.date),
        sortValue: (s) => s.date,
      },
      {
        key: 'type',
        label: 'Type',
        render: (s) => typeLabels[s.type],
        sortValue: (s) => s.type,
      },
      {
        key: 'format',
        label: 'Format',
        render: (s) => formatLabels[s.format],
        sortValue: (s) => s.format,
      },
      {
        key: 'minutes',
        label: 'Minutes',
        render: (s) => s.durationMinutes,
        sortValue: (s) => s.durationMinutes,
      },
      {
        key: 'supervisor',
        label: 'Supervisor',
        render: (s) => who(s),
        sortValue: (s) => who(s),
      },
      {
        key: 'patients',
        label: 'Patients reviewed',
        render: (s) => s.patientCodesReviewed.length,
        sortValue: (s) => s.patientCodesReviewed.length,
      },
      {
        key: 'state',
        label: 'State',
        render: (s, { corrected: isCorrected }) => <StateTag record={s} corrected={isCorrected} />,
        sortValue: (s) => s.state,
      },
    ],
    describe: (s) => [
      ['Date', formatCalendarDate(s.date)],
      ['Type', typeLabels[s.type]],
      ['Format', formatLabels[s.format]],
      ['Length', `${s.durationMinutes} minutes`],
      ['Supervisor', who(s)],
      [
        'Patient codes reviewed',
        s.patientCodesReviewed.length === 0 ? 'None' : s.patientCodesReviewed.join(', '),
      ],
      ['Notes', s.notes ? s.notes : 'None'],
      [
        'Counts towards your supervision hours',
        countsText(s, byId.get(s.supervisorId), corrected.has(s.id), todayIso()),
      ],
    ],
  };
}

/** The supervision log: every case-management and clinical-skills session. */
export function SupervisionLog() {
  const { portfolio } = usePortfolio();
  return (
    <LogScreen
      definition={definition(
        portfolio.people,
        portfolio.programme.supervision,
        supersededIds(portfolio.supervision),
      )}
    />
  );
}
