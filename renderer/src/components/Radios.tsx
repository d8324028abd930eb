import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldsetShell } from './FieldShell';

/**
 * NHS.UK radios in a fieldset; the first radio carries `id` so the error summary can link to it.
 * The fieldset is described by the question's hint and its error, so both are read with it.
 */
export function Radios({
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
  options: readonly { value: string; label: string; hint?: string }[];
  error?: string | undefined;
  registration: UseFormRegisterReturn;
}) {
  return (
    <FieldsetShell id={id} legend={legend} hint={hint} error={error}>
      <div className="nhsuk-radios">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="nhsuk-radios__item" key={option.value}>
              <input
                className="nhsuk-radios__input"
                id={optionId}
                type="radio"
                value={option.value}
                aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                {...registration}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint ? (
                <div className="nhsuk-hint nhsuk-radios__hint" id={`${optionId}-item-hint`}>
                  {option.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </FieldsetShell>
  );
}
