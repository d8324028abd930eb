import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../../shared/settings';
import { App } from '../../../renderer/src/shell/App';
import { api } from '../../support/api-module';
import { err, ok } from '../../support/api-fake';
import { messageFor } from '../../../shared/errors';
import { progressReport } from '../../../shared/domain/progress-report';
import { summarise } from '../../../shared/schemas/portfolio';
import { emptyPortfolio } from '../../support/portfolio-fixture';

vi.mock('../../../renderer/src/api', () => import('../../support/api-module'));

/** Starts the app with `role` as the saved setting, no portfolio open and none on this computer. */
async function start(role: Role) {
  api.appInfo.mockResolvedValue(
    ok({
      name: 'PWP Tracker',
      version: '0.1.0',
      dataDir: '/data',
      runtime: 'harness',
      schemaVersion: 2,
    }),
  );
  api.portfolioCurrent.mockResolvedValue(ok(null));
  api.settingsGet.mockResolvedValue(ok({ role }));
  api.settingsSetRole.mockImplementation((input) => Promise.resolve(ok({ role: input.role })));
  api.portfolioList.mockResolvedValue(ok({ portfolios: [], unreadable: [] }));
  render(<App />);
  return screen.findByRole('heading', { level: 1 });
}

describe('App shell', () => {
  beforeEach(() => vi.clearAllMocks());

  it('opens the home of the role kept in the settings', async () => {
    expect(await start('supervisor')).toHaveTextContent('Workplace supervisor home');
    expect(screen.getByLabelText('Workplace supervisor')).toBeChecked();
    expect(screen.getByRole('heading', { name: 'What you can do today' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Coming in later versions' })).toBeVisible();
    expect(screen.getByLabelText('Open a portfolio file')).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Create portfolio' })).toBeNull();
  });

  it('opens the trainee’s first screen for a trainee', async () => {
    expect(await start('trainee')).toHaveTextContent('Your PWP practice portfolio');
    expect(screen.getByRole('button', { name: 'Create portfolio' })).toBeVisible();
  });

  it('changes role from the keyboard, saves it, and keeps focus on the choice', async () => {
    await start('trainee');
    const user = userEvent.setup();
    screen.getByLabelText('Trainee PWP').focus();
    await user.keyboard('{ArrowRight}');
    expect(api.settingsSetRole).toHaveBeenLastCalledWith({ role: 'supervisor' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Workplace supervisor home' }),
    ).toBeVisible();
    expect(screen.getByLabelText('Workplace supervisor')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Clinical educator home' }),
    ).toBeVisible();
    expect(screen.getByLabelText('University clinical educator')).toHaveFocus();
    expect(screen.getByText('Showing the clinical educator home.')).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('says why the role could not be changed, and stays where it was', async () => {
    await start('trainee');
    api.settingsSetRole.mockResolvedValue(err('invalid-input'));
    await userEvent.click(screen.getByLabelText('Workplace supervisor'));
    expect(await screen.findByRole('alert')).toHaveTextContent(messageFor('invalid-input'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Your PWP practice portfolio',
    );
  });

  it('shows what the main process says is open now (a menu command), without a reload, and the home once it is closed', async () => {
    await start('trainee');
    const listener = api.onEvent.mock.calls[0]?.[0];
    expect(listener).toBeTypeOf('function');
    const portfolio = emptyPortfolio();
    api.portfolioDocument.mockResolvedValue(ok(portfolio));
    api.portfolioReport.mockResolvedValue(ok(progressReport(portfolio, '2026-10-01')));
    act(() => listener?.({ type: 'portfolio-changed', summary: summarise(portfolio) }));
    expect(await screen.findByRole('navigation', { name: 'Portfolio' })).toHaveTextContent(
      portfolio.trainee.name,
    );
    act(() => listener?.({ type: 'portfolio-changed', summary: null }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your PWP practice portfolio' }),
    ).toBeVisible();
  });
});
