import { programmeDaySchema } from '../../../../shared/schemas/records';
import type { ProgrammeDay } from '../../../../shared/schemas/records';
import { SelectField } from '../../kit/SelectField';
import { TextAreaField } from '../../kit/TextAreaField';
import { formatCalendarDate } from '../../kit/format';
import { ControlledDate } from '../../kit/ControlledDate';
import { formWording } from '../../kit/error-wording';
import { fieldError } from '../../kit/field-error';
import type { LogDefinition } from '../records/LogScreen';
import { LogScreen, StateTag } from '../records/LogScreen';
import type { FieldsProps } from '../records/RecordEditor';
import { usePortfolio } from '../../shell/PortfolioContext';

export const statusLabels: Record<ProgrammeDay['status'], string> = {
  planned: 'Planned',
  attended: 'Attended',
  'authorised-absence': 'Authorised absence',
  missed: 'Missed',
};
const kindLabels: Record<ProgrammeDay['kind'], string> = {
  taught: 'Taught (university)',
  directed: 'Directed (workplace)',
};

function DayFields({ form, idFor }: FieldsProps) {
  const { portfolio } = usePortfolio();
  const { register, watch } = form;
  const status = watch('status') as ProgrammeDay['status'] | undefined;
  return (
    <>
      <ControlledDate
        form={form}
        name="date"
        id={idFor('date')}
        legend="Date of the programme day"
        hint="For example, 3 3 2027"
      />
      <SelectField
        id={idFor('moduleId')}
        label="Module"
        emptyLabel="Choose a module"
        options={portfolio.programme.modules.map((m) => ({ value: m.id, label: m.title }))}
        error={fieldError(form, 'moduleId')}
        {...register('moduleId')}
      />
      <SelectField
        id={idFor('kind')}
        label="Kind of day"
        emptyLabel="Choose the kind of day"
        options={Object.entries(kindLabels).map(([value, label]) => ({ value, label }))}
        error={fieldError(form, 'kind')}
        {...register('kind')}
      />
      <SelectField
        id={idFor('status')}
        label="Attendance"
        hint="Every absence is flagged; an authorised absence needs a plan to make up the day"
        emptyLabel="Choose your attendance"
        options={Object.entries(statusLabels).map(([value, label]) => ({ value, label }))}
        error={fieldError(form, 'status')}
        {...register('status')}
      />
      {status === 'authorised-absence' ? (
        <TextAreaField
          id={idFor('makeUpPlan')}
          label="How you will make up the day"
          error={fieldError(form, 'makeUpPlan')}
          {...register('makeUpPlan')}
        />
      ) : null}
      <TextAreaField
        id={idFor('notes')}
        label="Notes (optional)"
        error={fieldError(form, 'notes')}
        {...register('notes')}
      />
    </>
  );
}

/** The form's messages, worded from its labels (the schema's stay for the IPC). */
const wording = formWording({
  dates: { date: 'Date of the programme day' },
  empty: {
    moduleId: 'Select the module',
    kind: 'Select the kind of day',
    status: 'Select your attendance',
  },
});

function definition(moduleTitle: (id: string) => string): LogDefinition<ProgrammeDay> {
  return {
    collection: 'programmeDays',
    title: 'Programme days',
    intro:
      'Your 45 programme days: taught days at the university and directed learning days in your service.',
    noun: 'programme day',
    schema: programmeDaySchema,
    optional: ['makeUpPlan', 'notes'],
    // Nothing is chosen for the trainee: a submitted day is permanent, so each fact is theirs.
    defaults: () => ({
      date: '',
      moduleId: '',
      kind: '',
      status: '',
      makeUpPlan: '',
      notes: '',
    }),
    Fields: DayFields,
    wording,
    rowTitle: (d) => formatCalendarDate(d.date),
    searchText: (d) =>
      [
        d.date,
        formatCalendarDate(d.date),
        moduleTitle(d.moduleId),
        d.kind,
        statusLabels[d.status],
        d.notes ?? '',
      ].join(' '),
    columns: [
      {
        key: 'date',
        label: 'Date',
        render: (d) => formatCalendarDate(d.date),
        sortValue: (d) => d.date,
      },
      {
        key: 'module',
        label: 'Module',
        render: (d) => moduleTitle(d.moduleId),
        sortValue: (d) => moduleTitle(d.moduleId),
      },
      {
        key: 'kind',
        label: 'Kind',
        render: (d) => (d.kind === 'taught' ? 'Taught' : 'Directed'),
        sortValue: (d) => d.kind,
      },
      {
        key: 'status',
        label: 'Attendance',
        render: (d) => statusLabels[d.status],
        sortValue: (d) => d.status,
      },
      {
        key: 'state',
        label: 'State',
        render: (d, { corrected }) => <StateTag record={d} corrected={corrected} />,
        sortValue: (d) => d.state,
      },
    ],
    describe: (d) => [
      ['Date', formatCalendarDate(d.date)],
      ['Module', moduleTitle(d.moduleId)],
      ['Kind', kindLabels[d.kind]],
      ['Attendance', statusLabels[d.status]],
      ...(d.makeUpPlan ? ([['Make-up plan', d.makeUpPlan]] as [string, string][]) : []),
      ...(d.notes ? ([['Notes', d.notes]] as [string, string][]) : []),
    ],
  };
}

export function ProgrammeDaysLog() {
  const { portfolio } = usePortfolio();
  const titles = new Map(portfolio.programme.modules.map((m) => [m.id, m.title]));
  const moduleTitle = (id: string) => titles.get(id) ?? id;
  return <LogScreen definition={definition(moduleTitle)} />;
}
