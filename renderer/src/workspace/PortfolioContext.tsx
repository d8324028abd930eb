import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { ProgressReport } from '../../../shared/domain/progress-report';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import { api } from '../api';

export interface PortfolioState {
  portfolio: Portfolio;
  report: ProgressReport;
  /** Fetches the portfolio and its report again, after a save. */
  refresh: () => Promise<void>;
  /** The example portfolio can be explored but not changed. */
  readOnly: boolean;
}

const Context = createContext<PortfolioState | null>(null);

/** Loads the open portfolio and its progress report, and shares them with every screen. */
export function PortfolioProvider({
  children,
  fallback,
  readOnly,
}: {
  children: ReactNode;
  fallback: ReactNode;
  readOnly: boolean;
}) {
  const [state, setState] = useState<{ portfolio: Portfolio; report: ProgressReport } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [portfolio, report] = await Promise.all([api.portfolioDocument(), api.portfolioReport()]);
    if (portfolio.ok && report.ok)
      return { data: { portfolio: portfolio.data, report: report.data }, error: null };
    return {
      data: null,
      error: portfolio.ok ? (report.ok ? null : report.error.message) : portfolio.error.message,
    };
  }, []);

  const apply = useCallback((next: Awaited<ReturnType<typeof load>>) => {
    if (next.data) setState(next.data);
    setError(next.error);
  }, []);

  const refresh = useCallback(async () => apply(await load()), [apply, load]);

  useEffect(() => {
    let live = true;
    void load().then((next) => {
      if (live) apply(next);
    });
    return () => {
      live = false;
    };
  }, [apply, load]);

  if (error) {
    return (
      <p className="nhsuk-error-message" role="alert">
        {error}
      </p>
    );
  }
  if (!state) return <>{fallback}</>;
  return <Context.Provider value={{ ...state, refresh, readOnly }}>{children}</Context.Provider>;
}

export function usePortfolio(): PortfolioState {
  const value = useContext(Context);
  if (!value) throw new Error('usePortfolio is used outside PortfolioProvider.');
  return value;
}
