import { useEffect, useState } from 'react';
import { messageFor } from '../../../shared/errors';
import type { PortfolioListing } from '../../../shared/history';
import { describeStoreProblem } from '../../../shared/store-problems';
import { api } from '../api';
import { formatInstant } from '../kit/format';
import type { HomeProps } from './home-props';
import { usePortfolioOpener } from './use-portfolio-opener';

/**
 * The portfolios kept on this computer, each with its Open button, and every one that will not
 * open with what is wrong in words and, where it can help, Recover. Every role's home shows it:
 * a trainee's own portfolios, or the files a supervisor or educator has opened before.
 */
export function PortfolioList({
  heading,
  hint,
  ...props
}: HomeProps & {
  heading: string;
  /** A line under the heading, such as how the portfolios open for this role. */
  hint?: string;
}) {
  const [listing, setListing] = useState<PortfolioListing | null>(null);
  const opener = usePortfolioOpener(props);
  const portfolios = listing?.portfolios ?? null;

  useEffect(() => {
    void api
      .portfolioList()
      .then((result) => setListing(result.ok ? result.data : { portfolios: [], unreadable: [] }));
  }, []);

  return (
    <>
      {portfolios && portfolios.length > 0 ? (
        <section aria-labelledby="portfolios-heading">
          <h2 className="nhsuk-heading-m" id="portfolios-heading">
            {heading}
          </h2>
          {hint ? <p className="nhsuk-body">{hint}</p> : null}
          {opener.error ? (
            <p className="nhsuk-error-message" role="alert">
              {opener.error}
            </p>
          ) : null}
          <ul className="nhsuk-list nhsuk-list--border">
            {portfolios.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-1"
                  onClick={() => void opener.open(p.id)}
                >
                  Open <span className="nhsuk-u-visually-hidden">portfolio of </span>
                  {p.traineeName}
                </button>
                <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0">
                  {p.university} · {p.cohort} · last saved {formatInstant(p.updatedAt)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {listing && listing.unreadable.length > 0 ? (
        <section aria-labelledby="unreadable-heading" className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label" id="unreadable-heading">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {listing.unreadable.length === 1
                ? 'A portfolio could not be opened'
                : 'Some portfolios could not be opened'}
            </span>
          </h2>
          {portfolios && portfolios.length > 0 ? null : opener.error ? (
            <p className="nhsuk-error-message" role="alert">
              {opener.error}
            </p>
          ) : null}
          {listing.unreadable.map((item) => (
            <div key={item.id} className="nhsuk-u-margin-bottom-4">
              <p className="nhsuk-body nhsuk-u-margin-bottom-2">
                <strong>
                  {item.traineeName ? `Portfolio of ${item.traineeName}` : 'A portfolio'}
                </strong>{' '}
                (folder {item.id})
              </p>
              <p className="nhsuk-body nhsuk-u-margin-bottom-2">
                {item.problem
                  ? describeStoreProblem(item.problem, formatInstant)
                  : messageFor(item.code)}
              </p>
              {item.recoverable ? (
                <>
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
                    Recovering keeps a copy of every damaged file and rebuilds the portfolio from
                    everything that can still be read.
                  </p>
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary"
                    onClick={() => void opener.recover(item.id)}
                  >
                    Recover this portfolio{' '}
                    <span className="nhsuk-u-visually-hidden">
                      {item.traineeName ? `of ${item.traineeName}` : `in folder ${item.id}`}
                    </span>
                  </button>
                </>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}
    </>
  );
}
