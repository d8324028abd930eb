import type { UseFormReturn } from 'react-hook-form';
import { Controller } from 'react-hook-form';
import { DateInput } from './DateInput';
import { fieldError } from './field-error';

/** A record's date field: the NHS.UK day/month/year input, bound to the form. */
export function ControlledDate({
  form,
  name,
  id,
  legend,
  hint,
}: {
  form: UseFormReturn;
  name: string;
  id: string;
  legend: string;
  hint?: string;
}) {
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <DateInput
          id={id}
          legend={legend}
          {...(hint ? { hint } : {})}
          {...(fieldError(form, name) ? { error: fieldError(form, name) } : {})}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
