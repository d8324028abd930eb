import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { applyChange } from '../../../shared/domain/changes';
import type { ProgressReport } from '../../../shared/domain/progress-report';
import type { SaveResult } from '../../../shared/ipc-contract';
import type { Portfolio } from '../../../shared/schemas/portfolio';
import { api } from '../api';

export interface PortfolioState {
  portfolio: Portfolio;
  report: ProgressReport;
  /** Fetches the portfolio and its report again (after a change the page did not make itself). */
  refresh: () => Promise<void>;
  /**
   * Takes in a save's answer — one round trip: the page applies the very change the main
   * process accepted to its own copy (the same pure `applyChange`), and shows the new report.
   */
  saved: (result: SaveResult) => Promise<void>;
  /** The example portfolio can be explored but not changed. */
  readOnly: boolean;
}

const Context = createContext<PortfolioState | null>(null);

interface PortfolioData {
  portfolio: Portfolio;
  report: ProgressReport;
}

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
  const [state, setState] = useState<PortfolioData | null>(null);
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

  // The latest document, read by `saved`: two saves in a row (update a draft, then submit it)
  // each build on the one before, not on the copy the screen last rendered.
  const latest = useRef<PortfolioData | null>(null);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  const saved = useCallback(
    // Typed as it may arrive: an answer without its change (an older main process, a bare fake)
    // is fetched afresh instead.
    async (result: SaveResult | null | undefined) => {
      const current = latest.current;
      const next =
        current && result
          ? {
              applied: applyChange(current.portfolio, result.change, result.at),
              report: result.report,
            }
          : null;
      // The same change on the same document gives the same document; if it ever does not (the
      // copy was stale), fetch the real one rather than show something the disk does not hold.
      if (next?.applied.ok) {
        latest.current = { portfolio: next.applied.portfolio, report: next.report };
        setState(latest.current);
      } else await refresh();
    },
    [refresh],
  );

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
  return (
    <Context.Provider value={{ ...state, refresh, saved, readOnly }}>{children}</Context.Provider>
  );
}

export function usePortfolio(): PortfolioState {
  const value = useContext(Context);
  if (!value) throw new Error('usePortfolio is used outside PortfolioProvider.');
  return value;
}
