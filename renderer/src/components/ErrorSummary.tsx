import { useEffect, useRef } from 'react';

export interface SummaryItem {
  /** The id of the input to jump to. */
  fieldId: string;
  message: string;
}

/** The NHS.UK error summary: announced, focused, each problem a link to its field. */
export function ErrorSummary({
  items,
  title = 'There is a problem',
}: {
  items: SummaryItem[];
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
  }, [items]);
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
