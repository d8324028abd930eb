import type { HomeProps } from '../shell/home-props';
import { ImportPortfolio } from '../shell/ImportPortfolio';
import { PortfolioList } from '../shell/PortfolioList';
import { usePortfolioOpener } from '../shell/use-portfolio-opener';
import { CreatePortfolioForm } from './CreatePortfolioForm';

/** The trainee's first screen: their portfolios, the example, a file to open, a new portfolio. */
export function TraineeHome(props: HomeProps) {
  const { onOpened } = props;
  const opener = usePortfolioOpener(props);
  return (
    <>
      <h1 className="nhsuk-heading-xl">Your PWP practice portfolio</h1>
      <p className="nhsuk-lede-text">
        Log your programme days, clinical contacts and supervision, collect evidence for each
        low-intensity intervention, and see how far you are from every milestone.
      </p>

      <p className="nhsuk-body">
        New to PWP Tracker?{' '}
        <button type="button" className="app-link-button" onClick={() => void opener.openExample()}>
          Explore an example portfolio
        </button>{' '}
        — a realistic year of a trainee’s work, opened read-only.
      </p>
      {opener.error ? (
        <p className="nhsuk-error-message" role="alert">
          {opener.error}
        </p>
      ) : null}

      <PortfolioList heading="Your portfolios" {...props} />
      <ImportPortfolio onOpened={onOpened} />
      {/* Only a trainee keeps a portfolio of their own: the main process refuses the others. */}
      <CreatePortfolioForm onCreated={onOpened} />
    </>
  );
}
