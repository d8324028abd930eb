import type { SelectHTMLAttributes } from 'react';
import { forwardRef } from 'react';
import { describedBy, FieldShell } from './FieldShell';

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  options: readonly { value: string; label: string }[];
  /** Text of an empty first choice, for optional fields. */
  emptyLabel?: string;
};

/** An NHS.UK select with its label, hint and error wired for screen readers. */
export const SelectField = forwardRef<HTMLSelectElement, Props>(function SelectField(
  { id, label, hint, error, options, emptyLabel, ...select },
  ref,
) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        {...select}
        ref={ref}
        id={id}
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
});
