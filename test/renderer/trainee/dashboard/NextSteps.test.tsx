import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ProgressReport } from '../../../../shared/domain/progress-report';
import { progressReport } from '../../../../shared/domain/progress-report';
import { Dashboard } from '../../../../renderer/src/trainee/dashboard/Dashboard';
import { ScreenLink } from '../../../../renderer/src/trainee/workspace/screen-link';
import { emptyPortfolio } from '../../../support/portfolio-fixture';

function show(report: ProgressReport, canLog = true) {
  const goTo = vi.fn();
  render(
    <ScreenLink value={goTo}>
      <Dashboard report={report} canLog={canLog} />
    </ScreenLink>,
  );
  return goTo;
}

const report = progressReport(emptyPortfolio(), '2026-09-20');
const readiness = () => screen.getByRole('region', { name: /Not ready for the exam board yet/ });

describe('Dashboard next steps', () => {
  it('offers a button under each missing programme day that opens the new-entry form', async () => {
    const goTo = show(report);
    const buttons = within(readiness()).getAllByRole('button', { name: /^Log a programme day: / });
    expect(buttons.length).toBeGreaterThan(0);
    // Each name says what it is for: the missing item itself.
    expect(buttons[0]).toHaveAccessibleName(
      `Log a programme day: ${report.readiness.requirements[0]?.missing[0] ?? ''}`,
    );
    await userEvent.click(buttons[0]!);
    expect(goTo).toHaveBeenCalledWith('days', { newEntry: true });
  });

  it('is usable from the keyboard', async () => {
    const goTo = show(report);
    const button = within(readiness()).getAllByRole('button', {
      name: /^Log a supervision session: /,
    })[0]!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(goTo).toHaveBeenCalledWith('supervision', { newEntry: true });
  });

  it('sends hours and evidence to their screens', async () => {
    const goTo = show(report);
    await userEvent.click(
      within(readiness()).getByRole('button', {
        name: /^Log a clinical contact: .*clinical contact still needed/,
      }),
    );
    expect(goTo).toHaveBeenLastCalledWith('contacts', { newEntry: true });
    await userEvent.click(
      within(readiness()).getAllByRole('button', { name: /^See what evidence is needed: / })[0]!,
    );
    expect(goTo).toHaveBeenLastCalledWith('evidence', { newEntry: false });
  });

  it('says plainly what comes from the supervisor, with no button', () => {
    show(report);
    const item = within(readiness()).getByText('No mid-point report yet').closest('li');
    expect(item).toHaveTextContent(
      'Ask your supervisor for your mid-point report; their sign-off arrives as a file in a later version.',
    );
    expect(within(item!).queryByRole('button')).toBeNull();
  });

  it('gives each tile that is behind its next step, named for the tile', async () => {
    const goTo = show(report);
    const glance = screen.getByRole('region', { name: 'At a glance' });
    await userEvent.click(
      within(glance).getByRole('button', {
        name: 'Log a supervision session: Clinical-skills supervision',
      }),
    );
    expect(goTo).toHaveBeenCalledWith('supervision', { newEntry: true });
    // Nothing is due for review yet, so that tile offers nothing to do.
    const reviews = within(glance).getByRole('heading', { name: 'Case reviews' }).closest('li');
    expect(within(reviews!).queryByRole('button')).toBeNull();
  });

  it('only opens screens on a read-only portfolio', async () => {
    const goTo = show(report, false);
    expect(screen.queryByRole('button', { name: /^Log a / })).toBeNull();
    await userEvent.click(
      within(readiness()).getAllByRole('button', { name: /^See Programme days: / })[0]!,
    );
    expect(goTo).toHaveBeenCalledWith('days', { newEntry: false });
  });

  it('offers no buttons outside a workspace, where there is nowhere to go', () => {
    render(<Dashboard report={report} />);
    expect(within(readiness()).queryAllByRole('button')).toEqual([]);
  });
});
