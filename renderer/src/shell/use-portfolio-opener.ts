import { useState } from 'react';
import type { RecoveryReport } from '../../../shared/history';
import type { IpcResult } from '../../../shared/result';
import type { PortfolioSummary } from '../../../shared/schemas/portfolio';
import { api } from '../api';
import type { HomeProps } from './home-props';

/**
 * Opening, exploring and recovering portfolios from a home screen: each call clears the last
 * problem, and a refusal is kept in words for the screen to show where the person acted.
 */
export function usePortfolioOpener({ onOpened, onRecovered }: HomeProps) {
  const [error, setError] = useState<string | null>(null);

  async function run<T>(call: () => Promise<IpcResult<T>>, then: (data: T) => void) {
    setError(null);
    const result = await call();
    if (result.ok) then(result.data);
    else setError(result.error.message);
  }

  return {
    error,
    open: (id: string) => run<PortfolioSummary>(() => api.portfolioOpen({ id }), onOpened),
    openExample: () => run<PortfolioSummary>(() => api.portfolioOpenExample(), onOpened),
    recover: (id: string) => run<RecoveryReport>(() => api.portfolioRecover({ id }), onRecovered),
  };
}
