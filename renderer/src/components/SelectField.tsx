import type { SelectHTMLAttributes } from 'react';
import { forwardRef } from 'react';

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly { value: string; label: string }[];
  /** Text of an empty first choice, for optional fields. */
  emptyLabel?: string;
};

/** An NHS.UK select with its label, hint and error wired for screen readers. */
export const SelectField = forwardRef<HTMLSelectElement, Props>(function SelectField(
  { id, label, hint, error, options, emptyLabel, ...select },
  ref,
) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      ) : null}
      <select
        {...select}
        ref={ref}
        id={id}
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
});
