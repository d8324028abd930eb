import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../support/api-module';
import { HistoryScreen } from '../../../../renderer/src/trainee/history/HistoryScreen';
import { emptyPortfolio } from '../../../support/portfolio-fixture';
import { renderWithPortfolio } from '../../../support/render-with-portfolio';
import { historyItems } from '../../../support/history-items';

vi.mock('../../../../renderer/src/api', () => import('../../../support/api-module'));
const portfolioHistory = api.portfolioHistory;

async function showHistory() {
  await renderWithPortfolio(<HistoryScreen />, emptyPortfolio());
  const table = await screen.findByRole('table', {
    name: 'Changes to this portfolio, newest first',
  });
  const rows = within(table).getAllByRole('row').slice(1);
  return { table, rows };
}

/** The text of each cell in a row. */
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('HistoryScreen', () => {
  beforeEach(() => {
    portfolioHistory.mockReset();
    portfolioHistory.mockResolvedValue({ ok: true, data: historyItems });
  });

  it('asks for the whole portfolio’s history and lists it newest first, in words', async () => {
    const { rows } = await showHistory();
    expect(portfolioHistory).toHaveBeenCalledWith(undefined);
    expect(rows).toHaveLength(7);
    const what = rows.map((row) => row.querySelector('summary')?.textContent);
    expect(what.map((w) => w?.replace(': show the values', ''))).toEqual([
      'Deleted draft',
      'Added person',
      'Updated profile',
      'Corrected',
      'Submitted',
      'Saved draft',
      'Added',
    ]);
    const [deleted, person, profile, corrected] = rows.map(cells);
    // Each row names the entry it changed, not just its kind.
    expect(deleted?.[3]).toBe('ReflectionNot ready, 6 Oct 2026');
    expect(person?.[3]).toBe('Supervisor or tutorJo Smith');
    expect(profile?.[3]).toBe(`Profile${emptyPortfolio().trainee.name}`);
    expect(corrected?.[1]).toBe('Sam Patel');
    expect(corrected?.[3]).toBe('EvidenceBA session, 21 Sep 2026');
    expect(corrected?.[4]).toBe('Wrong date: it was the Monday');
    expect(screen.getByText('7 changes')).toBeInTheDocument();
  });

  it('shows what a draft save changed as before and after, in words', async () => {
    const { rows } = await showHistory();
    const saved = within(rows[5]!);
    expect(saved.getByText('What changed')).toBeInTheDocument();
    const change = saved.getByRole('term').closest('div') as HTMLElement;
    expect(change).toHaveTextContent('Title');
    expect(within(change).getByText('Before: BA draft')).toBeInTheDocument();
    expect(within(change).getByText('After: BA session')).toBeInTheDocument();
    // Only what changed is listed.
    expect(saved.getAllByRole('term')).toHaveLength(1);
  });

  it('shows an added entry’s values readably: names not ids, dates as dates, no JSON', async () => {
    const { rows } = await showHistory();
    const added = rows[6]!;
    // The values sit in the row's disclosure, closed until the trainee opens it.
    expect(added.querySelector('details dl')).not.toBeNull();
    const list = within(added);
    expect(list.getByText('What was saved')).toBeInTheDocument();
    expect(list.getByText('Behavioural activation')).toBeInTheDocument();
    expect(list.getByText('Observed practice')).toBeInTheDocument();
    expect(list.getByText('20 Sep 2026')).toBeInTheDocument();
    expect(list.getByText('Draft')).toBeInTheDocument();
    expect(added).not.toHaveTextContent('behavioural-activation');
    expect(added).not.toHaveTextContent('e-1');
    expect(added).not.toHaveTextContent('{');
    expect(added).not.toHaveTextContent('Recorded at');
  });

  it('shows the values before a submission or a deletion, and the profile change', async () => {
    const { rows } = await showHistory();
    expect(rows[0]).toHaveTextContent('The draft that was deleted');
    expect(rows[0]).toHaveTextContent('Not ready');
    expect(rows[0]).toHaveTextContent('PrivateYes');
    expect(rows[4]).toHaveTextContent('The entry that was submitted');
    expect(rows[4]).not.toHaveTextContent('State');
    expect(rows[2]).toHaveTextContent('Before: September 2026');
    expect(rows[2]).toHaveTextContent('After: January 2027');
    expect(rows[3]).toHaveTextContent('The corrected entry');
    expect(rows[3]).toHaveTextContent('21 Sep 2026');
  });

  it('filters by kind of entry and searches', async () => {
    const user = userEvent.setup();
    await showHistory();
    await user.selectOptions(screen.getByLabelText('Kind of entry'), 'Profile');
    expect(screen.getByText('1 of 7 changes shown')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kind of entry'), 'All kinds');
    await user.type(screen.getByLabelText('Search the history'), 'monday');
    expect(screen.getByText('1 of 7 changes shown')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Search the history'));
    await user.type(screen.getByLabelText('Search the history'), 'nothing like this');
    expect(screen.getByText('No changes match.')).toBeInTheDocument();
  });

  it('says calmly that the generated example has no history', async () => {
    portfolioHistory.mockResolvedValue({ ok: true, data: [] });
    await renderWithPortfolio(<HistoryScreen />, emptyPortfolio(), { readOnly: true });
    expect(
      await screen.findByText('This example was generated, so it has no history of changes.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says when the history cannot be read', async () => {
    portfolioHistory.mockResolvedValue({
      ok: false,
      error: { code: 'storage-failed', message: 'The history could not be read.', fields: [] },
    });
    await renderWithPortfolio(<HistoryScreen />, emptyPortfolio());
    expect(await screen.findByRole('alert')).toHaveTextContent('The history could not be read.');
  });
});
