import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../support/api-module';
import { PeopleScreen } from '../../../../renderer/src/trainee/people/PeopleScreen';
import { emptyPortfolio } from '../../../support/portfolio-fixture';
import { renderWithPortfolio } from '../../../support/render-with-portfolio';

vi.mock('../../../../renderer/src/api', () => import('../../../support/api-module'));
const peoplePut = api.peoplePut;

function withKey() {
  const portfolio = emptyPortfolio();
  portfolio.people.push({
    id: 'sup-2',
    name: 'Tom Reed',
    role: 'supervisor',
    supervisorTrained: false,
    publicKey: 'a'.repeat(64),
  });
  return portfolio;
}

describe('PeopleScreen', () => {
  beforeEach(() => peoplePut.mockReset());

  it('lists each person, their training and whether a signing key is on record', async () => {
    await renderWithPortfolio(<PeopleScreen />, withKey());
    const table = screen.getByRole('table', { name: 'Your supervisors and tutors' });
    const tom = within(table).getByRole('row', { name: /Tom Reed/ });
    // "No" is said as no, not as "not recorded".
    expect(tom).toHaveTextContent('No — their supervision does not count');
    expect(tom).toHaveTextContent('Set up');
    expect(within(table).getByRole('row', { name: /Jo Smith/ })).toHaveTextContent(
      'Not set up yet — needed later for signing your submissions',
    );
    expect(within(table).getByRole('row', { name: /Jo Smith/ })).toHaveTextContent('Completed');
  });

  it('shows the list only on a read-only portfolio', async () => {
    await renderWithPortfolio(<PeopleScreen />, withKey(), { readOnly: true });
    expect(screen.getByRole('table', { name: 'Your supervisors and tutors' })).toBeVisible();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('adds a person, then fetches the portfolio again and says so', async () => {
    const portfolio = withKey();
    peoplePut.mockResolvedValue({
      ok: true,
      data: { id: 'person-9', name: 'Priya Shah', role: 'educator', supervisorTrained: false },
    });
    const user = userEvent.setup();
    await renderWithPortfolio(<PeopleScreen />, portfolio);
    const loads = api.portfolioDocument.mock.calls.length;
    await user.click(screen.getByRole('button', { name: 'Add a supervisor or tutor' }));
    await user.type(screen.getByLabelText('Full name'), 'Priya Shah');
    await user.click(screen.getByLabelText('University tutor'));
    // A tutor is not asked about supervisor training.
    expect(screen.queryByLabelText('No')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(peoplePut).toHaveBeenCalledWith({
      name: 'Priya Shah',
      role: 'educator',
      supervisorTrained: false,
    });

    expect(await screen.findByRole('status')).toHaveTextContent('Priya Shah was added.');
    expect(api.portfolioDocument.mock.calls.length).toBeGreaterThan(loads);
    expect(screen.queryByRole('button', { name: 'Add person' })).toBeNull();
  });

  it('opens a person’s details from their row', async () => {
    const user = userEvent.setup();
    await renderWithPortfolio(<PeopleScreen />, withKey());
    await user.click(screen.getByRole('button', { name: /^Change\s*Tom Reed$/ }));
    expect(screen.getByRole('heading', { name: 'Change Tom Reed’s details' })).toHaveFocus();
    expect(screen.getByLabelText('Full name')).toHaveValue('Tom Reed');
  });
});
