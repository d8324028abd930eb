import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldsetShell } from '../../components/FieldShell';

/**
 * NHS.UK checkboxes in a fieldset, all registered under one name so the form holds the ticked
 * values as a list. The first box carries `id` so the error summary can link to it.
 */
export function Checkboxes({
  id,
  legend,
  hint,
  options,
  error,
  registration,
}: {
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  return (
    <FieldsetShell id={id} legend={legend} hint={hint} error={error}>
      <div className="nhsuk-checkboxes">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="nhsuk-checkboxes__item" key={option.value}>
              <input
                className="nhsuk-checkboxes__input"
                id={optionId}
                type="checkbox"
                value={option.value}
                {...registration}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetShell>
  );
}
