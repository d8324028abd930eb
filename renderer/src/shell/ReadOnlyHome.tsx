import type { ReactNode } from 'react';
import type { HomeProps } from './home-props';
import { ImportPortfolio } from './ImportPortfolio';
import { PortfolioList } from './PortfolioList';
import { usePortfolioOpener } from './use-portfolio-opener';

/**
 * The layout of a home for someone who reads trainees' portfolios but does not keep one: what
 * they can do today (open a trainee's file, or the example — both read-only), the portfolios
 * already on this computer, and what is coming for their role. Every action on it works.
 */
export function ReadOnlyHome({
  title,
  lede,
  fileHint,
  coming,
  comingNote,
  ...props
}: HomeProps & {
  title: string;
  lede: string;
  /** Where this role's portfolio files come from. */
  fileHint: string;
  /** What this role will do in later versions, one line each. */
  coming: readonly string[];
  /** What to do until then. */
  comingNote: ReactNode;
}) {
  const opener = usePortfolioOpener(props);
  return (
    <>
      <h1 className="nhsuk-heading-xl">{title}</h1>
      <p className="nhsuk-lede-text">{lede}</p>

      <section aria-labelledby="today-heading">
        <h2 className="nhsuk-heading-m" id="today-heading">
          What you can do today
        </h2>
        <p className="nhsuk-body">
          Open a trainee’s portfolio file, or explore the example portfolio, to see their dashboard,
          logs and history exactly as they were saved. Everything opens read-only: nothing in a
          trainee’s portfolio can be changed from here.
        </p>
        <ImportPortfolio onOpened={props.onOpened} hint={fileHint} />
        <p className="nhsuk-body">
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2"
            onClick={() => void opener.openExample()}
          >
            Explore an example portfolio
          </button>
          <br />
          <span className="nhsuk-body-s nhsuk-u-secondary-text-colour">
            A realistic generated year of a trainee’s work, with no real patients or people in it.
          </span>
        </p>
        {opener.error ? (
          <p className="nhsuk-error-message" role="alert">
            {opener.error}
          </p>
        ) : null}
      </section>

      <PortfolioList
        heading="Portfolios on this computer"
        hint="Each opens read-only."
        {...props}
      />

      <section aria-labelledby="coming-heading">
        <h2 className="nhsuk-heading-m" id="coming-heading">
          Coming in later versions
        </h2>
        <ul className="nhsuk-list nhsuk-list--bullet">
          {coming.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="nhsuk-body">{comingNote}</p>
      </section>
    </>
  );
}
