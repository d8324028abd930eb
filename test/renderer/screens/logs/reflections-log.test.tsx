import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../../renderer/src/api';
import { ReflectionsLog } from '../../../../renderer/src/screens/logs/reflections-log';
import { emptyPortfolio, meta } from '../../../support/portfolio-fixture';
import { renderWithPortfolio } from '../../support/render-with-portfolio';

vi.mock('../../../../renderer/src/api', () => ({
  api: {
    portfolioDocument: vi.fn(),
    portfolioReport: vi.fn(),
    portfolioHistory: vi.fn(),
    recordAdd: vi.fn(),
    recordUpdateDraft: vi.fn(),
    recordSubmit: vi.fn(),
    recordDeleteDraft: vi.fn(),
    recordAmend: vi.fn(),
  },
}));
const recordAdd = vi.mocked(api.recordAdd);

/** Opens the log, writes a reflection, ticks "private" if asked, and submits it. */
async function writeReflection(tick: boolean) {
  const user = userEvent.setup();
  await renderWithPortfolio(<ReflectionsLog />, emptyPortfolio());
  await user.click(screen.getByRole('button', { name: 'Log a new reflection' }));
  await user.type(screen.getByLabelText('Day'), '3');
  await user.type(screen.getByLabelText('Month'), '3');
  await user.type(screen.getByLabelText('Year'), '2027');
  await user.type(screen.getByLabelText('Title'), 'First assessment');
  await user.type(screen.getByLabelText('Reflection'), 'I felt nervous.');
  if (tick) await user.click(screen.getByLabelText('Keep this reflection private'));
  await user.click(screen.getByRole('button', { name: 'Submit' }));
}

/** jsdom lays nothing out; give the list's scroller a size so its virtualiser shows rows. */
function showRows() {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(560);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
}

const sentRecord = () => recordAdd.mock.calls[0]?.[0].record ?? {};

describe('ReflectionsLog', () => {
  afterEach(() => vi.restoreAllMocks());
  beforeEach(() => {
    showRows();
    recordAdd.mockReset();
    recordAdd.mockResolvedValue({ ok: true, data: undefined } as never);
  });

  it('explains what private means next to the checkbox', async () => {
    const user = userEvent.setup();
    await renderWithPortfolio(<ReflectionsLog />, emptyPortfolio());
    await user.click(screen.getByRole('button', { name: 'Log a new reflection' }));
    const box = screen.getByLabelText('Keep this reflection private');
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(
      'Private reflections are never exported or signed — only you see them',
    );
  });

  it('sends private: true as a boolean when the box is ticked', async () => {
    await writeReflection(true);
    expect(recordAdd).toHaveBeenCalledTimes(1);
    expect(recordAdd.mock.calls[0]?.[0].collection).toBe('reflections');
    expect(sentRecord().private).toBe(true);
    expect(sentRecord()).toMatchObject({
      title: 'First assessment',
      text: 'I felt nervous.',
      state: 'submitted',
    });
    // An optional intervention left empty is left out, not sent as "".
    expect(sentRecord()).not.toHaveProperty('interventionId');
  });

  it('sends private: false as a boolean when the box is left alone', async () => {
    await writeReflection(false);
    expect(sentRecord().private).toBe(false);
  });

  it('marks private reflections with a Private tag in the list, and only those', async () => {
    const portfolio = emptyPortfolio();
    portfolio.reflections.push(
      { ...meta('r-1'), date: '2026-10-01', title: 'Only for me', text: 'x', private: true },
      { ...meta('r-2'), date: '2026-10-02', title: 'To share', text: 'y', private: false },
    );
    await renderWithPortfolio(<ReflectionsLog />, portfolio);
    const table = screen.getByRole('table', { name: 'Reflections' });
    const rowOf = (title: string) => within(table).getByText(title).closest('tr') as HTMLElement;
    expect(within(rowOf('Only for me')).getByText('Private')).toBeInTheDocument();
    expect(within(rowOf('To share')).queryByText('Private')).toBeNull();
  });

  it('keeps a draft’s private choice when the draft is opened again', async () => {
    const portfolio = emptyPortfolio();
    portfolio.reflections.push({
      ...meta('r-1'),
      state: 'draft',
      date: '2026-10-01',
      title: 'Half written',
      text: 'x',
      private: true,
    });
    const user = userEvent.setup();
    await renderWithPortfolio(<ReflectionsLog />, portfolio);
    await user.click(screen.getByRole('button', { name: /Open reflection/ }));
    expect(screen.getByLabelText('Keep this reflection private')).toBeChecked();
  });
});
