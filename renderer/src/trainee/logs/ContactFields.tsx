import type { Measures } from '../../../../shared/schemas/records';
import { Radios } from '../../kit/Choices';
import { SelectField } from '../../kit/SelectField';
import { TextAreaField } from '../../kit/TextAreaField';
import { TextField } from '../../kit/TextField';
import { ControlledDate } from '../../kit/ControlledDate';
import { fieldError } from '../../kit/field-error';
import { asOptionalNumber } from '../records/form-values';
import type { FieldsProps } from '../records/RecordEditor';
import { usePortfolio } from '../../shell/PortfolioContext';
import { Checkboxes } from '../../kit/Choices';
import { kindLabels, measureNames, modeLabels, options, outcomeLabels } from './contact-values';

// Whole numbers are typed into text boxes with a numeric keyboard rather than `type="number"`,
// as the NHS.UK design system advises: number inputs change on scroll and hide what was typed.
const numeric = { inputMode: 'numeric', autoComplete: 'off', spellCheck: false } as const;

/** The form of one clinical contact. */
export function ContactFields({ form, idFor }: FieldsProps) {
  const { portfolio } = usePortfolio();
  const { register } = form;
  const { interventions, presentations } = portfolio.programme;
  return (
    <>
      <TextField
        id={idFor('patientCode')}
        label="Patient code"
        hint="Letters, optional dash, digits — for example PT-0042. Never a name or NHS number."
        className="nhsuk-input--width-10"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        error={fieldError(form, 'patientCode')}
        {...register('patientCode')}
      />
      <ControlledDate
        form={form}
        name="date"
        id={idFor('date')}
        legend="Date of the contact"
        hint="For example, 3 3 2027"
      />
      <SelectField
        id={idFor('kind')}
        label="Kind of contact"
        emptyLabel="Choose the kind of contact"
        options={options(kindLabels)}
        error={fieldError(form, 'kind')}
        {...register('kind')}
      />
      <SelectField
        id={idFor('mode')}
        label="How the contact took place"
        emptyLabel="Choose how it took place"
        options={options(modeLabels)}
        error={fieldError(form, 'mode')}
        {...register('mode')}
      />
      <TextField
        id={idFor('durationMinutes')}
        label="Length in minutes"
        hint="Assessments usually about 45 minutes, treatment sessions 20–30"
        className="nhsuk-input--width-3"
        {...numeric}
        error={fieldError(form, 'durationMinutes')}
        {...register('durationMinutes', { setValueAs: asOptionalNumber })}
      />
      <SelectField
        id={idFor('presentationId')}
        label="Presenting problem (optional)"
        emptyLabel="Not recorded"
        options={presentations.map((p) => ({ value: p.id, label: p.name }))}
        error={fieldError(form, 'presentationId')}
        {...register('presentationId')}
      />
      <Checkboxes
        id={idFor('interventions')}
        legend="Interventions used"
        hint="Select all that apply, or none for an assessment"
        options={interventions.map((i) => ({ value: i.id, label: i.name }))}
        error={fieldError(form, 'interventions')}
        registration={register('interventions')}
      />
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset" aria-describedby="contact-measures-hint">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            Session measures (optional)
          </legend>
          <div className="nhsuk-hint" id="contact-measures-hint">
            Scores as whole numbers. Leave a box empty if the measure was not taken.
          </div>
          <div className="app-measures">
            {(Object.keys(measureNames) as (keyof Measures)[]).map((key) => (
              <TextField
                key={key}
                id={idFor(`measures.${key}`)}
                label={`${measureNames[key].name} (0 to ${measureNames[key].max})`}
                className="nhsuk-input--width-3"
                {...numeric}
                error={fieldError(form, `measures.${key}`)}
                {...register(`measures.${key}`, { setValueAs: asOptionalNumber })}
              />
            ))}
          </div>
        </fieldset>
      </div>
      <Radios
        id={idFor('outcome')}
        legend="Outcome"
        options={options(outcomeLabels)}
        error={fieldError(form, 'outcome')}
        registration={register('outcome')}
      />
      <TextAreaField
        id={idFor('notes')}
        label="Notes (optional)"
        hint="No names, NHS numbers, dates of birth, addresses or phone numbers."
        error={fieldError(form, 'notes')}
        {...register('notes')}
      />
    </>
  );
}
