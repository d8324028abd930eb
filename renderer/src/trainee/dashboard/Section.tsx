import type { ReactNode } from 'react';

/**
 * One "in detail" section: an h2 that screen-reader users can jump between, then the detail.
 * Sections stay open; only long secondary lists sit behind a `<details>`, so nothing a trainee
 * needs to act on is hidden.
 */
export function Section({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  /** One sentence that answers "where am I with this?" before the tables. */
  lead?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `dashboard-${id}`;
  return (
    <section className="app-dashboard__section" aria-labelledby={headingId}>
      <h2 className="nhsuk-heading-m" id={headingId}>
        {title}
      </h2>
      {lead ? <p className="nhsuk-body app-dashboard__lead">{lead}</p> : null}
      {children}
    </section>
  );
}

/** A disclosure for long secondary lists; the summary says how many items it holds. */
export function More({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}
