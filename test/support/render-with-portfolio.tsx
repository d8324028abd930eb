import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { progressReport } from '../../shared/domain/progress-report';
import type { Portfolio } from '../../shared/schemas/portfolio';
import { api } from '../../renderer/src/api';
import { PortfolioProvider } from '../../renderer/src/shell/PortfolioContext';

/**
 * Renders a screen inside the real `PortfolioProvider`, serving `portfolio` (and its real progress
 * report) through the api. The test file must replace the api module with the fake first:
 *
 *   vi.mock('<path to>/renderer/src/api', () => import('<path to>/test/support/api-module'));
 */
export async function renderWithPortfolio(
  ui: ReactNode,
  portfolio: Portfolio,
  { readOnly = false, today = '2026-10-01' }: { readOnly?: boolean; today?: string } = {},
) {
  vi.mocked(api.portfolioDocument).mockResolvedValue({ ok: true, data: portfolio });
  vi.mocked(api.portfolioReport).mockResolvedValue({
    ok: true,
    data: progressReport(portfolio, today),
  });
  const result = render(
    <PortfolioProvider readOnly={readOnly} fallback={<p>Loading…</p>}>
      {ui}
    </PortfolioProvider>,
  );
  // The provider loads asynchronously; wait until the screen itself is there.
  await result.findByRole('heading', { level: 1 });
  return result;
}

/** jsdom lays nothing out; give the lists' scrollers a size so their virtualisers show rows. */
export function showRows() {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(560);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
}
