import { useEffect, useRef } from 'react';
import type { PortfolioSummary } from '../../../shared/schemas/portfolio';
import { formatCalendarDate, formatInstant } from '../format';

export function PortfolioHome({
  portfolio,
  onClose,
}: {
  portfolio: PortfolioSummary;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const rows: [string, string][] = [
    ['University', portfolio.university],
    ['Service', portfolio.service],
    ['Cohort', portfolio.cohort],
    ['Programme start', formatCalendarDate(portfolio.startDate)],
    ['Last saved', formatInstant(portfolio.updatedAt)],
  ];

  return (
    <>
      <span className="nhsuk-caption-l">Portfolio</span>
      <h1 className="nhsuk-heading-l" ref={heading} tabIndex={-1}>
        {portfolio.traineeName}
      </h1>
      <dl className="nhsuk-summary-list">
        {rows.map(([label, value]) => (
          <div className="nhsuk-summary-list__row" key={label}>
            <dt className="nhsuk-summary-list__key">{label}</dt>
            <dd className="nhsuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onClose}>
        Back to your portfolios
      </button>
    </>
  );
}
