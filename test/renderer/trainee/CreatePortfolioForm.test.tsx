import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PortfolioSummary } from '../../../shared/schemas/portfolio';
import { api } from '../../support/api-module';
import { CreatePortfolioForm } from '../../../renderer/src/trainee/CreatePortfolioForm';

vi.mock('../../../renderer/src/api', () => import('../../support/api-module'));
const portfolioCreate = api.portfolioCreate;

async function fillIn() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Your name'), 'Sam Patel');
  await user.type(screen.getByLabelText(/^University/), 'University of Exeter');
  await user.type(screen.getByLabelText(/^NHS Talking Therapies service/), 'TalkWorks');
  await user.type(screen.getByLabelText(/^Cohort/), 'January 2027');
  await user.type(screen.getByLabelText('Day'), '11');
  await user.type(screen.getByLabelText('Month'), '1');
  await user.type(screen.getByLabelText('Year'), '2027');
  return user;
}

describe('CreatePortfolioForm', () => {
  beforeEach(() => portfolioCreate.mockReset());

  it('lists every missing field in the error summary and next to the field, and sends nothing', async () => {
    const user = userEvent.setup();
    render(<CreatePortfolioForm onCreated={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Create portfolio' }));
    const summary = await screen.findByRole('alert');
    // The messages use the form's own labels ("Your name"), in the NHS.UK pattern.
    expect(summary).toHaveTextContent('Enter your name');
    expect(summary).toHaveTextContent('Enter the programme start date');
    expect(summary).not.toHaveTextContent('YYYY-MM-DD');
    expect(screen.getByLabelText('Your name')).toHaveAttribute('aria-invalid', 'true');
    expect(portfolioCreate).not.toHaveBeenCalled();
  });

  it('creates the portfolio and hands its summary on', async () => {
    const summary = { id: 'abc', traineeName: 'Sam Patel' } as PortfolioSummary;
    portfolioCreate.mockResolvedValue({ ok: true, data: summary });
    const onCreated = vi.fn();
    render(<CreatePortfolioForm onCreated={onCreated} />);
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Create portfolio' }));
    expect(portfolioCreate).toHaveBeenCalledWith({
      trainee: {
        name: 'Sam Patel',
        university: 'University of Exeter',
        service: 'TalkWorks',
        cohort: 'January 2027',
        startDate: '2027-01-11',
        route: 'pgcert',
      },
    });
    expect(onCreated).toHaveBeenCalledWith(summary);
  });

  it('keeps everything typed when the save fails, and says why', async () => {
    portfolioCreate.mockResolvedValue({
      ok: false,
      error: {
        code: 'storage-failed',
        message: 'Your change could not be saved to disk.',
        fields: [],
      },
    });
    const onCreated = vi.fn();
    render(<CreatePortfolioForm onCreated={onCreated} />);
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Create portfolio' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be saved');
    expect(screen.getByLabelText('Your name')).toHaveValue('Sam Patel');
    expect(screen.getByLabelText('Year')).toHaveValue('2027');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('puts a field error from the main process next to its field', async () => {
    portfolioCreate.mockResolvedValue({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Some of the details are not valid.',
        fields: [{ path: 'trainee.cohort', message: 'The cohort must be 60 characters or fewer' }],
      },
    });
    render(<CreatePortfolioForm onCreated={vi.fn()} />);
    const user = await fillIn();
    await user.click(screen.getByRole('button', { name: 'Create portfolio' }));
    expect(
      await screen.findByText('The cohort must be 60 characters or fewer', { selector: 'a' }),
    ).toBeVisible();
    expect(screen.getByLabelText(/^Cohort/)).toHaveAttribute('aria-invalid', 'true');
  });
});
