import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyChange } from '../../../shared/domain/changes';
import { progressReport } from '../../../shared/domain/progress-report';
import type { SaveResult } from '../../../shared/ipc-contract';
import { api } from '../../../renderer/src/api';
import type { PortfolioState } from '../../../renderer/src/shell/PortfolioContext';
import { PortfolioProvider, usePortfolio } from '../../../renderer/src/shell/PortfolioContext';
import { addContact } from '../../support/change-fixture';
import { emptyPortfolio } from '../../support/portfolio-fixture';

vi.mock('../../../renderer/src/api', () => import('../../support/api-module'));

const probe: { seen: PortfolioState | null } = { seen: null };
function Probe() {
  const state = usePortfolio();
  useEffect(() => {
    probe.seen = state;
  });
  return <h1>{state.portfolio.contacts.length} contacts</h1>;
}

describe('PortfolioProvider', () => {
  beforeEach(() => {
    vi.mocked(api.portfolioDocument).mockReset();
    vi.mocked(api.portfolioReport).mockReset();
  });

  it('takes in a save in one round trip: the accepted change applied to its copy, and the new report', async () => {
    const portfolio = emptyPortfolio();
    vi.mocked(api.portfolioDocument).mockResolvedValue({ ok: true, data: portfolio });
    vi.mocked(api.portfolioReport).mockResolvedValue({
      ok: true,
      data: progressReport(portfolio, '2026-10-02'),
    });
    render(
      <PortfolioProvider readOnly={false} fallback={<p>Loading…</p>}>
        <Probe />
      </PortfolioProvider>,
    );
    await screen.findByRole('heading', { name: '0 contacts' });
    const change = addContact(1);
    const at = '2026-10-02T09:00:00.000Z';
    const applied = applyChange(portfolio, change, at);
    if (!applied.ok) throw new Error('the fixture change must apply');
    const result: SaveResult = {
      record: applied.portfolio.contacts[0] ?? null,
      change: applied.change,
      at,
      report: progressReport(applied.portfolio, '2026-10-02'),
    };
    await act(() => probe.seen?.saved(result) ?? Promise.resolve());
    await screen.findByRole('heading', { name: '1 contacts' });
    expect(probe.seen?.portfolio).toEqual(applied.portfolio);
    expect(probe.seen?.report).toBe(result.report);
    // Nothing was fetched again: the first load only.
    expect(api.portfolioDocument).toHaveBeenCalledTimes(1);
    expect(api.portfolioReport).toHaveBeenCalledTimes(1);
  });
});
