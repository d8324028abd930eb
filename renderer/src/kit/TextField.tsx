import type { InputHTMLAttributes } from 'react';
import { forwardRef } from 'react';
import { describedBy, FieldShell } from './FieldShell';

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
};

/** An NHS.UK text input with its label, hint and error wired for screen readers. */
export const TextField = forwardRef<HTMLInputElement, Props>(function TextField(
  { id, label, hint, error, className, ...input },
  ref,
) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        {...input}
        ref={ref}
        id={id}
        className={`nhsuk-input${error ? ' nhsuk-input--error' : ''}${className ? ` ${className}` : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FieldShell>
  );
});
