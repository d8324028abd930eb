import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldsetShell } from './FieldShell';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

interface Props {
  id: string;
  legend: string;
  hint?: string;
  options: readonly ChoiceOption[];
  error?: string | undefined;
  registration: UseFormRegisterReturn;
}

/**
 * NHS.UK radios or checkboxes in a fieldset. The first input carries `id` so the error summary can
 * link to it; the fieldset is described by the question's hint and its error, and each option by
 * its own hint. Checkboxes share one registered name, so the form holds the ticked values as a list.
 */
function Choices({
  type,
  id,
  legend,
  hint,
  options,
  error,
  registration,
}: Props & { type: 'radio' | 'checkbox' }) {
  const kind = type === 'radio' ? 'radios' : 'checkboxes';
  return (
    <FieldsetShell id={id} legend={legend} hint={hint} error={error}>
      <div className={`nhsuk-${kind}`}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className={`nhsuk-${kind}__item`} key={option.value}>
              <input
                className={`nhsuk-${kind}__input`}
                id={optionId}
                type={type}
                value={option.value}
                aria-describedby={option.hint ? `${optionId}-item-hint` : undefined}
                {...registration}
              />
              <label className={`nhsuk-label nhsuk-${kind}__label`} htmlFor={optionId}>
                {option.label}
              </label>
              {option.hint ? (
                <div className={`nhsuk-hint nhsuk-${kind}__hint`} id={`${optionId}-item-hint`}>
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

/** One answer from a few. */
export function Radios(props: Props) {
  return <Choices type="radio" {...props} />;
}

/** Any number of answers, held by the form as a list. */
export function Checkboxes(props: Props) {
  return <Choices type="checkbox" {...props} />;
}
