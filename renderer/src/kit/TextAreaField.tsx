import type { TextareaHTMLAttributes } from 'react';
import { forwardRef } from 'react';
import { describedBy, FieldShell } from './FieldShell';

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
};

/** An NHS.UK textarea with its label, hint and error wired for screen readers. */
export const TextAreaField = forwardRef<HTMLTextAreaElement, Props>(function TextAreaField(
  { id, label, hint, error, rows = 4, ...textarea },
  ref,
) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea
        {...textarea}
        ref={ref}
        id={id}
        rows={rows}
        className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FieldShell>
  );
});
