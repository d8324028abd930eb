import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Evidence } from '../../../../shared/schemas/records';
import { api } from '../../../support/api-module';
import { RecordHistory } from '../../../../renderer/src/trainee/records/RecordHistory';
import { emptyPortfolio } from '../../../support/portfolio-fixture';
import { renderWithPortfolio } from '../../../support/render-with-portfolio';
import { evidence } from '../../../support/records';
import { historyItems } from '../../../support/history-items';

vi.mock('../../../../renderer/src/api', () => import('../../../support/api-module'));
const portfolioHistory = api.portfolioHistory;

const original: Evidence = evidence('e-1', { title: 'BA session' });
const correction: Evidence = {
  ...original,
  id: 'e-2',
  date: '2026-09-21',
  amends: { supersedes: 'e-1', reason: 'Wrong date: it was the Monday' },
};

async function show(ui: React.ReactNode, readOnly = false) {
  const user = userEvent.setup();
  await renderWithPortfolio(
    <>
      <h1>Evidence</h1>
      {ui}
    </>,
    emptyPortfolio(),
    { readOnly },
  );
  await user.click(screen.getByRole('button', { name: 'Show the history of this entry' }));
  return user;
}

describe('RecordHistory', () => {
  beforeEach(() => {
    portfolioHistory.mockReset();
    portfolioHistory.mockImplementation((input) =>
      Promise.resolve({
        ok: true,
        data: historyItems.filter((i) => i.recordId === input?.recordId),
      }),
    );
  });

  it('loads nothing until asked', async () => {
    await renderWithPortfolio(
      <>
        <h1>Evidence</h1>
        <RecordHistory record={original} />
      </>,
      emptyPortfolio(),
    );
    expect(portfolioHistory).not.toHaveBeenCalled();
  });

  it('shows an entry’s own history, newest first, with the correction that replaced it', async () => {
    const user = await show(<RecordHistory record={original} correctedBy={correction} />);
    expect(portfolioHistory).toHaveBeenCalledWith({ recordId: 'e-1' });
    expect(portfolioHistory).toHaveBeenCalledWith({ recordId: 'e-2' });
    const table = await screen.findByRole('table', { name: 'Changes to this entry, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('summary')?.textContent)).toEqual([
      'Corrected: show the values',
      'Submitted: show the values',
      'Saved draft: show the values',
      'Added: show the values',
    ]);
    expect(rows[0]).toHaveTextContent('The correction');
    expect(rows[0]).toHaveTextContent('Wrong date: it was the Monday');
    expect(rows[3]).toHaveTextContent('This entry');
    expect(within(table).queryByRole('columnheader', { name: 'Kind of entry' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Hide the history of this entry' }));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows nothing for a record that is not saved yet', async () => {
    await renderWithPortfolio(
      <>
        <h1>Evidence</h1>
        <RecordHistory record={undefined} />
      </>,
      emptyPortfolio(),
    );
    expect(screen.queryByRole('button', { name: /history/ })).toBeNull();
  });

  it('says calmly that the generated example has no history', async () => {
    portfolioHistory.mockResolvedValue({ ok: true, data: [] });
    await show(<RecordHistory record={original} />, true);
    expect(
      await screen.findByText('This example was generated, so it has no history of changes.'),
    ).toBeInTheDocument();
  });
});
