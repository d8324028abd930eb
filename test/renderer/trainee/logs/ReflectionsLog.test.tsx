import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../support/api-module';
import { ReflectionsLog } from '../../../../renderer/src/trainee/logs/ReflectionsLog';
import { emptyPortfolio } from '../../../support/portfolio-fixture';
import { renderWithPortfolio, showRows } from '../../../support/render-with-portfolio';
import { reflection } from '../../../support/records';

vi.mock('../../../../renderer/src/api', () => import('../../../support/api-module'));
const recordAdd = api.recordAdd;

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
      reflection('r-1', { title: 'Only for me', private: true }),
      reflection('r-2', { date: '2026-10-02', title: 'To share' }),
    );
    await renderWithPortfolio(<ReflectionsLog />, portfolio);
    const table = screen.getByRole('table', { name: 'Reflections' });
    const rowOf = (title: string) => within(table).getByText(title).closest('tr') as HTMLElement;
    expect(within(rowOf('Only for me')).getByText('Private')).toBeInTheDocument();
    expect(within(rowOf('To share')).queryByText('Private')).toBeNull();
  });

  it('keeps a draft’s private choice when the draft is opened again', async () => {
    const portfolio = emptyPortfolio();
    portfolio.reflections.push(
      reflection('r-1', { state: 'draft', title: 'Half written', private: true }),
    );
    const user = userEvent.setup();
    await renderWithPortfolio(<ReflectionsLog />, portfolio);
    await user.click(screen.getByRole('button', { name: /Open reflection/ }));
    expect(screen.getByLabelText('Keep this reflection private')).toBeChecked();
  });
});
