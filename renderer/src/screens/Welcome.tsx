import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/app-info';
import { messageFor } from '../../../shared/errors';
import { describeStoreProblem } from '../../../shared/store-problems';
import type { PortfolioListing, RecoveryReport } from '../../../shared/history';
import type { PortfolioSummary } from '../../../shared/schemas/portfolio';
import { api } from '../api';
import { formatInstant } from '../format';
import { CreatePortfolioForm } from './CreatePortfolioForm';
import { ImportPortfolio } from './ImportPortfolio';
import { RecoveryNotice } from './RecoveryNotice';
import { RoleChoice } from './RoleChoice';
import type { Role } from '../../../shared/settings';

export function Welcome({
  info,
  onOpened,
}: {
  info: AppInfo | null;
  onOpened: (summary: PortfolioSummary) => void;
}) {
  const [listing, setListing] = useState<PortfolioListing | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [recovered, setRecovered] = useState<RecoveryReport | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [roleError, setRoleError] = useState<string | null>(null);
  const portfolios = listing?.portfolios ?? null;

  useEffect(() => {
    void api.settingsGet().then((result) => setRole(result.ok ? result.data.role : 'trainee'));
  }, []);

  async function chooseRole(next: Role) {
    setRoleError(null);
    const result = await api.settingsSetRole({ role: next });
    if (result.ok) setRole(result.data.role);
    else setRoleError(result.error.message);
  }

  useEffect(() => {
    void api
      .portfolioList()
      .then((result) => setListing(result.ok ? result.data : { portfolios: [], unreadable: [] }));
  }, []);

  async function open(id: string) {
    setOpenError(null);
    const result = await api.portfolioOpen({ id });
    if (result.ok) onOpened(result.data);
    else setOpenError(result.error.message);
  }

  async function openExample() {
    setOpenError(null);
    const result = await api.portfolioOpenExample();
    if (result.ok) onOpened(result.data);
    else setOpenError(result.error.message);
  }

  async function recover(id: string) {
    setOpenError(null);
    const result = await api.portfolioRecover({ id });
    if (result.ok) setRecovered(result.data);
    else setOpenError(result.error.message);
  }

  if (recovered) {
    return <RecoveryNotice report={recovered} onContinue={() => onOpened(recovered.summary)} />;
  }

  return (
    <>
      <h1 className="nhsuk-heading-xl">Your PWP practice portfolio</h1>
      <p className="nhsuk-lede-text">
        Log your programme days, clinical contacts and supervision, collect evidence for each
        low-intensity intervention, and see how far you are from every milestone.
      </p>

      <RoleChoice role={role} onChange={(next) => void chooseRole(next)} />
      {roleError ? (
        <p className="nhsuk-error-message" role="alert">
          {roleError}
        </p>
      ) : null}

      <p className="nhsuk-body">
        New to PWP Tracker?{' '}
        <button type="button" className="app-link-button" onClick={() => void openExample()}>
          Explore an example portfolio
        </button>{' '}
        — a realistic year of a trainee’s work, opened read-only.
      </p>

      {portfolios && portfolios.length > 0 ? (
        <section aria-labelledby="portfolios-heading">
          <h2 className="nhsuk-heading-m" id="portfolios-heading">
            Your portfolios
          </h2>
          {openError ? (
            <p className="nhsuk-error-message" role="alert">
              {openError}
            </p>
          ) : null}
          <ul className="nhsuk-list nhsuk-list--border">
            {portfolios.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-1"
                  onClick={() => void open(p.id)}
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
                    onClick={() => void recover(item.id)}
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

      <ImportPortfolio onOpened={onOpened} />

      {/* Only a trainee keeps a portfolio of their own: the main process refuses the others. */}
      {role === 'trainee' ? <CreatePortfolioForm onCreated={onOpened} /> : null}

      {info ? (
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
          {info.name} {info.version} · your portfolios are kept in {info.dataDir}
        </p>
      ) : null}
    </>
  );
}
