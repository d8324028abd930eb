import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../support/api-module';
import { ProgrammeDaysLog } from '../../../../renderer/src/trainee/logs/ProgrammeDaysLog';
import { emptyPortfolio } from '../../../support/portfolio-fixture';
import { renderWithPortfolio, showRows } from '../../../support/render-with-portfolio';
import { programmeDay } from '../../../support/records';

vi.mock('../../../../renderer/src/api', () => import('../../../support/api-module'));
const recordAdd = api.recordAdd;

function withDays() {
  const portfolio = emptyPortfolio();
  const moduleId = portfolio.programme.modules[0]?.id ?? '';
  for (const [id, date] of [
    ['day-1', '2026-09-14'],
    ['day-2', '2026-09-21'],
  ] as const) {
    portfolio.programmeDays.push(programmeDay(id, { date, moduleId }));
  }
  return portfolio;
}

describe('ProgrammeDaysLog', () => {
  afterEach(() => vi.restoreAllMocks());
  beforeEach(() => {
    showRows();
    recordAdd.mockReset();
    recordAdd.mockResolvedValue({ ok: true, data: undefined } as never);
  });

  it('records nothing from an untouched form: attendance and the rest are the trainee’s to choose', async () => {
    const user = userEvent.setup();
    await renderWithPortfolio(<ProgrammeDaysLog />, emptyPortfolio());
    await user.keyboard('n');
    // N starts at the first question.
    expect(screen.getByLabelText('Day')).toHaveFocus();
    expect(screen.getByLabelText('Attendance')).toHaveValue('');
    expect(screen.getByLabelText('Module')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const summary = await screen.findByRole('alert');
    for (const message of [
      'Enter the date of the programme day',
      'Select the module',
      'Select the kind of day',
      'Select your attendance',
    ]) {
      expect(summary).toHaveTextContent(message);
    }
    expect(recordAdd).not.toHaveBeenCalled();
  });

  it('gives focus back to what opened an entry when it is closed', async () => {
    const user = userEvent.setup();
    await renderWithPortfolio(<ProgrammeDaysLog />, withDays());
    const open = screen.getByRole('button', { name: /^Open programme day\s*21 Sep 2026$/ });
    await user.click(open);
    await user.keyboard('{Escape}');
    expect(
      screen.getByRole('button', { name: /^Open programme day\s*21 Sep 2026$/ }),
    ).toHaveFocus();

    await user.click(screen.getByRole('button', { name: /^Open programme day\s*14 Sep 2026$/ }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(
      screen.getByRole('button', { name: /^Open programme day\s*14 Sep 2026$/ }),
    ).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Log a new programme day' }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Log a new programme day' })).toHaveFocus();
  });

  it('says which column is sorted, and which way, to the eye and to screen readers', async () => {
    const user = userEvent.setup();
    await renderWithPortfolio(<ProgrammeDaysLog />, withDays());
    const table = screen.getByRole('table', { name: 'Programme days' });
    const date = within(table).getByRole('columnheader', { name: /^Date/ });
    const module = within(table).getByRole('columnheader', { name: /^Module/ });
    expect(date).toHaveAttribute('aria-sort', 'descending');
    expect(date).toHaveTextContent('▼');
    expect(module).not.toHaveAttribute('aria-sort');
    await user.click(within(date).getByRole('button'));
    expect(date).toHaveAttribute('aria-sort', 'ascending');
    expect(date).toHaveTextContent('▲');
    await user.click(within(module).getByRole('button'));
    expect(module).toHaveAttribute('aria-sort', 'ascending');
    expect(date).not.toHaveAttribute('aria-sort');
  });
});
