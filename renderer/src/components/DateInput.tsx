import { useState } from 'react';
import { FieldsetShell } from './FieldShell';

interface Parts {
  day: string;
  month: string;
  year: string;
}

function split(value: string): Parts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match
    ? { year: match[1] ?? '', month: String(Number(match[2])), day: String(Number(match[3])) }
    : { day: '', month: '', year: '' };
}

/** Day, month and year as typed → `YYYY-MM-DD`, or the raw text so validation can say what is wrong. */
export function joinDateParts({ day, month, year }: Parts): string {
  if (!day && !month && !year) return '';
  const pad = (text: string) => (/^\d$/.test(text) ? `0${text}` : text);
  return `${year.trim()}-${pad(month.trim())}-${pad(day.trim())}`;
}

/**
 * The NHS.UK date input: three labelled boxes in a fieldset. It is easier to type, to read back
 * with a screen reader and to fill with the keyboard alone than a browser date picker, and it
 * does not change with the system's locale.
 */
export function DateInput({
  id,
  legend,
  hint,
  error,
  value,
  onChange,
  onBlur,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
}) {
  const [parts, setParts] = useState<Parts>(() => split(value));
  const [seenValue, setSeenValue] = useState(value);
  if (value !== seenValue) {
    // Follow a value set from outside (a reset, a loaded record), not our own half-typed one.
    setSeenValue(value);
    if (value !== joinDateParts(parts)) setParts(split(value));
  }

  const update = (key: keyof Parts, text: string) => {
    const next = { ...parts, [key]: text };
    setParts(next);
    onChange(joinDateParts(next));
  };
  const field = (key: keyof Parts, label: string, width: number) => (
    <div className="nhsuk-date-input__item">
      <div className="nhsuk-form-group">
        <label
          className="nhsuk-label nhsuk-date-input__label"
          htmlFor={key === 'day' ? id : `${id}-${key}`}
        >
          {label}
        </label>
        <input
          className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${error ? ' nhsuk-input--error' : ''}`}
          id={key === 'day' ? id : `${id}-${key}`}
          inputMode="numeric"
          value={parts[key]}
          onChange={(event) => update(key, event.target.value)}
          onBlur={onBlur}
          aria-invalid={error ? true : undefined}
        />
      </div>
    </div>
  );

  return (
    <FieldsetShell id={id} legend={legend} hint={hint} error={error}>
      <div className="nhsuk-date-input">
        {field('day', 'Day', 2)}
        {field('month', 'Month', 2)}
        {field('year', 'Year', 4)}
      </div>
    </FieldsetShell>
  );
}
