import { reflectionSchema } from '../../../../shared/schemas/records';
import type { Reflection } from '../../../../shared/schemas/records';
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

const PRIVATE_HINT = 'Private reflections are never exported or signed — only you see them';

function PrivateTag() {
  return <strong className="nhsuk-tag nhsuk-tag--purple app-private-tag">Private</strong>;
}

function ReflectionFields({ form, idFor }: FieldsProps) {
  const { portfolio } = usePortfolio();
  const { register } = form;
  const privateId = idFor('private');
  return (
    <>
      <ControlledDate
        form={form}
        name="date"
        id={idFor('date')}
        legend="Date of the reflection"
        hint="For example, 3 3 2027"
      />
      <TextField
        id={idFor('title')}
        label="Title"
        error={fieldError(form, 'title')}
        {...register('title')}
      />
      <TextAreaField
        id={idFor('text')}
        label="Reflection"
        hint="What happened, what you felt and thought, what you learnt and what you will do next. Leave out anything that identifies a patient."
        rows={14}
        error={fieldError(form, 'text')}
        {...register('text')}
      />
      <SelectField
        id={idFor('interventionId')}
        label="Intervention (optional)"
        hint="If the reflection is about one intervention"
        emptyLabel="None"
        options={portfolio.programme.interventions.map((i) => ({ value: i.id, label: i.name }))}
        error={fieldError(form, 'interventionId')}
        {...register('interventionId')}
      />
      <div className="nhsuk-form-group">
        <div className="nhsuk-checkboxes">
          <div className="nhsuk-checkboxes__item">
            {/* No `value` attribute: react-hook-form then reads a single checkbox as a boolean,
                which is what the schema's `private` field is. */}
            <input
              className="nhsuk-checkboxes__input"
              id={privateId}
              type="checkbox"
              aria-describedby={`${privateId}-hint`}
              {...register('private')}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={privateId}>
              Keep this reflection private
            </label>
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`${privateId}-hint`}>
              {PRIVATE_HINT}
            </div>
          </div>
        </div>
      </div>
    </>
  );
}

/** The form's messages in its own words (the schema's stay for the IPC). */
const wording = formWording({
  dates: { date: 'Date of the reflection' },
  empty: { title: 'Enter the title' },
});

function definition(interventionName: (id: string) => string): LogDefinition<Reflection> {
  return {
    collection: 'reflections',
    title: 'Reflections',
    intro: (
      <p className="nhsuk-body">
        Your reflective writing. Keep a reflection private if it is only for you: a private
        reflection is never exported, never sent for sign-off and never seen by anyone else.
      </p>
    ),
    noun: 'reflection',
    schema: reflectionSchema,
    optional: ['interventionId'],
    defaults: () => ({
      date: '',
      title: '',
      text: '',
      interventionId: '',
      private: false,
    }),
    Fields: ReflectionFields,
    wording,
    rowTitle: (r) => formatCalendarDate(r.date),
    searchText: (r) =>
      [
        r.date,
        formatCalendarDate(r.date),
        r.title,
        r.text,
        r.interventionId ? interventionName(r.interventionId) : '',
        r.private ? 'private' : '',
      ].join(' '),
    columns: [
      {
        key: 'date',
        label: 'Date',
        render: (r) => formatCalendarDate(r.date),
        sortValue: (r) => r.date,
      },
      {
        key: 'title',
        label: 'Title',
        render: (r) => (
          <>
            {r.title}
            {r.private ? (
              <>
                {' '}
                <PrivateTag />
              </>
            ) : null}
          </>
        ),
        sortValue: (r) => r.title,
      },
      {
        key: 'intervention',
        label: 'Intervention',
        render: (r) => (r.interventionId ? interventionName(r.interventionId) : 'None'),
        sortValue: (r) => (r.interventionId ? interventionName(r.interventionId) : ''),
      },
      {
        key: 'state',
        label: 'State',
        render: (r, { corrected }) => <StateTag record={r} corrected={corrected} />,
        sortValue: (r) => r.state,
      },
    ],
    describe: (r) => [
      ['Date', formatCalendarDate(r.date)],
      ['Title', r.title],
      ['Reflection', <span className="app-prewrap">{r.text || 'None'}</span>],
      ['Intervention', r.interventionId ? interventionName(r.interventionId) : 'None'],
      [
        'Who sees it',
        r.private ? (
          <>
            <PrivateTag /> Only you: it is never exported or signed
          </>
        ) : (
          'It can be exported and shared with your supervisor'
        ),
      ],
    ],
  };
}

export function ReflectionsLog() {
  const { portfolio } = usePortfolio();
  const names = new Map(portfolio.programme.interventions.map((i) => [i.id, i.name]));
  return <LogScreen definition={definition((id) => names.get(id) ?? id)} />;
}
