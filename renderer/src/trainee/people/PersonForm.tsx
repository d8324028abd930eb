import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Person } from '../../../../shared/schemas/records';
import { api } from '../../api';
import type { SummaryItem } from '../../kit/ErrorSummary';
import { ErrorSummary } from '../../kit/ErrorSummary';
import { Radios } from '../../kit/Choices';
import { TextField } from '../../kit/TextField';
import { useUnsavedChanges } from '../../shell/UnsavedChanges';
import type { PersonField, PersonFormOutput, PersonFormValues } from './person-form-schema';
import {
  formValuesOf,
  personField,
  personFieldIds,
  personFormSchema,
  roleLabels,
} from './person-form-schema';

const roleOptions = (Object.keys(roleLabels) as Person['role'][]).map((value) => ({
  value,
  label: roleLabels[value],
}));
const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/**
 * Adds a supervisor or tutor, or changes one. The form is checked with the `people:put` input's
 * own schema; what the main process refuses (e.g. a role change that would orphan logged
 * supervision) comes back next to the field, and everything typed stays.
 */
export function PersonForm({
  person,
  onSaved,
  onCancel,
}: {
  /** The person being changed; undefined to add someone. */
  person: Person | undefined;
  onSaved: (person: Person) => Promise<void> | void;
  onCancel: () => void;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  // Someone with the same name and role is already listed: the person must say this is another.
  const [sameNameAsked, setSameNameAsked] = useState(false);
  const [sameNameConfirmed, setSameNameConfirmed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty, submitCount },
  } = useForm<PersonFormValues, unknown, PersonFormOutput>({
    resolver: zodResolver(personFormSchema),
    defaultValues: formValuesOf(person),
    // The NHS.UK pattern moves focus to the error summary, not to the first field.
    shouldFocusError: false,
  });
  useUnsavedChanges('person-form', isDirty);
  useEffect(() => heading.current?.focus(), []);
  // Supervisor training decides whether supervision counts, so only a supervisor is asked.
  const isSupervisor = useWatch({ control, name: 'role' }) === 'supervisor';

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const input = {
      ...(person ? { id: person.id } : {}),
      ...values,
      ...(sameNameConfirmed ? { sameNameConfirmed: true } : {}),
    };
    const result = await api.peoplePut(input);
    if (result.ok) return onSaved(result.data);
    for (const field of result.error.fields) {
      const key = personField(field.path);
      if (key) setError(key, { message: field.message });
      if (key === 'name' && field.message.includes('is already listed')) setSameNameAsked(true);
    }
    setFormError(result.error.message);
  });

  const summary: SummaryItem[] = (Object.keys(personFieldIds) as PersonField[]).flatMap((key) => {
    const message = errors[key]?.message;
    return message ? [{ fieldId: personFieldIds[key], message }] : [];
  });
  if (formError && summary.length === 0)
    summary.push({ fieldId: personFieldIds.name, message: formError });

  const title = person ? `Change ${person.name}’s details` : 'Add a supervisor or tutor';
  return (
    <section className="app-editor" aria-labelledby="person-form-heading">
      <h2 className="nhsuk-heading-m" id="person-form-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <form noValidate aria-labelledby="person-form-heading" onSubmit={(e) => void onSubmit(e)}>
        <ErrorSummary items={summary} attempt={submitCount} />
        <TextField
          id={personFieldIds.name}
          label="Full name"
          autoComplete="off"
          className="nhsuk-input--width-20"
          error={errors.name?.message}
          {...register('name')}
        />
        {sameNameAsked ? (
          <div className="nhsuk-form-group">
            <div className="nhsuk-checkboxes">
              <div className="nhsuk-checkboxes__item">
                <input
                  className="nhsuk-checkboxes__input"
                  id="person-same-name-confirmed"
                  type="checkbox"
                  checked={sameNameConfirmed}
                  onChange={(event) => setSameNameConfirmed(event.target.checked)}
                />
                <label
                  className="nhsuk-label nhsuk-checkboxes__label"
                  htmlFor="person-same-name-confirmed"
                >
                  This is a different person with the same name — add them anyway
                </label>
              </div>
            </div>
          </div>
        ) : null}
        <Radios
          id={personFieldIds.role}
          legend="Role"
          options={roleOptions}
          error={errors.role?.message}
          registration={register('role')}
        />
        {isSupervisor ? (
          <Radios
            id={personFieldIds.supervisorTrained}
            legend="Have they completed low-intensity supervisor training?"
            hint="Supervision counts towards your hours only when it is given by a supervisor who has completed low-intensity supervisor training. Check with them if you are not sure."
            options={yesNo}
            error={errors.supervisorTrained?.message}
            registration={register('supervisorTrained')}
          />
        ) : null}
        <div className="nhsuk-button-group">
          <button type="submit" className="nhsuk-button" disabled={isSubmitting}>
            {person ? 'Save changes' : 'Add person'}
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
