import { useState } from 'react';
import { isCalendarDate } from '../../../shared/dates';
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

const partNames = { day: 'day', month: 'month', year: 'year' } as const;

/** `[a, b]` → "a and b", `[a, b, c]` → "a, b and c". */
function joinAnd(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** The parts of a joined value (`joinDateParts`), or null when a part itself holds a dash. */
function partsOf(value: string): Parts | null {
  const match = /^([^-]*)-([^-]*)-([^-]*)$/.exec(value);
  if (!match) return null;
  return { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' };
}

/**
 * What is wrong with a date as typed into the three boxes, in the NHS.UK design system's words,
 * starting with the question's own label ("Date of the programme day must include a year"); or
 * undefined when it is a real date (the record's schema still checks its range).
 */
export function dateError(label: string, value: string): string | undefined {
  if (value.trim() === '') return `Enter the ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  const parts = partsOf(value);
  if (!parts) return `${label} must be a real date`;
  const missing = (['day', 'month', 'year'] as const).filter((key) => parts[key].trim() === '');
  if (missing.length > 0)
    return `${label} must include a ${joinAnd(missing.map((key) => partNames[key]))}`;
  if (!(['day', 'month', 'year'] as const).every((key) => /^\d+$/.test(parts[key].trim())))
    return `${label} must be a real date`;
  if (parts.year.trim().length !== 4) return 'Year must include 4 numbers';
  const iso = `${parts.year.trim()}-${parts.month.trim().padStart(2, '0')}-${parts.day.trim().padStart(2, '0')}`;
  return isCalendarDate(iso) ? undefined : `${label} must be a real date`;
}

/** The boxes to mark when the date is wrong: the empty ones, or the year, or all three. */
function faultyParts(parts: Parts): (keyof Parts)[] {
  const keys = ['day', 'month', 'year'] as const;
  const empty = keys.filter((key) => parts[key].trim() === '');
  if (empty.length > 0 && empty.length < 3) return empty;
  const numbers = keys.every((key) => /^\d+$/.test(parts[key].trim()));
  if (numbers && parts.year.trim().length !== 4) return ['year'];
  return [...keys];
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
  const faulty = error ? faultyParts(parts) : [];
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
          className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${faulty.includes(key) ? ' nhsuk-input--error' : ''}`}
          id={key === 'day' ? id : `${id}-${key}`}
          inputMode="numeric"
          value={parts[key]}
          onChange={(event) => update(key, event.target.value)}
          onBlur={onBlur}
          aria-invalid={faulty.includes(key) ? true : undefined}
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
