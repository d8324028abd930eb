import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the input to jump to. */
  fieldId: string;
  message: string;
}

/**
 * The NHS.UK error summary: announced, focused, each problem a link to its field. It takes focus
 * when it appears and after each attempt to submit (`attempt`, e.g. the form's submit count), but
 * not while the person is typing a fix and the messages change under them.
 */
export function ErrorSummary({
  items,
  title = 'There is a problem',
  attempt = 0,
}: {
  items: SummaryItem[];
  title?: string;
  attempt?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, attempt]);
  if (items.length === 0) return null;
  return (
    <div
      className="nhsuk-error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {items.map((item) => (
            <li key={`${item.fieldId}:${item.message}`}>
              <a href={`#${item.fieldId}`}>{item.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
