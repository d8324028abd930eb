import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Portfolio } from '../../../../shared/schemas/portfolio';
import { api } from '../../../support/api-module';
import { ScreenLink } from '../../../../renderer/src/trainee/workspace/screen-link';
import { SupervisionLog } from '../../../../renderer/src/trainee/logs/SupervisionLog';
import { emptyPortfolio } from '../../../support/portfolio-fixture';
import { renderWithPortfolio, showRows } from '../../../support/render-with-portfolio';
import { supervisionSession } from '../../../support/records';

vi.mock('../../../../renderer/src/api', () => import('../../../support/api-module'));
const recordAdd = api.recordAdd;

const codesBox = () => screen.getByLabelText('Patient codes reviewed');
const groupOf = (field: HTMLElement) => field.closest('.nhsuk-form-group') as HTMLElement;

/** Opens the log and fills a valid session apart from the codes, which the test types. */
async function newSession(codes: string, portfolio: Portfolio = emptyPortfolio()) {
  const user = userEvent.setup();
  await renderWithPortfolio(<SupervisionLog />, portfolio);
  await user.click(screen.getByRole('button', { name: 'Log a new supervision session' }));
  await user.clear(screen.getByLabelText('Day'));
  await user.type(screen.getByLabelText('Day'), '14');
  await user.clear(screen.getByLabelText('Month'));
  await user.type(screen.getByLabelText('Month'), '9');
  await user.clear(screen.getByLabelText('Year'));
  await user.type(screen.getByLabelText('Year'), '2026');
  // Nothing is chosen for the trainee: the type and format are answered, not defaults.
  await user.click(screen.getByLabelText('Case management'));
  await user.click(screen.getByLabelText('Individual'));
  await user.type(screen.getByLabelText('Length of the session, in minutes'), '60');
  await user.selectOptions(screen.getByLabelText('Supervisor'), 'Jo Smith');
  if (codes) await user.type(codesBox(), codes);
  return user;
}

describe('SupervisionLog', () => {
  afterEach(() => vi.restoreAllMocks());
  beforeEach(() => {
    recordAdd.mockReset();
    recordAdd.mockResolvedValue({ ok: true, data: undefined } as never);
  });

  it('sends the codes as a list: one a line or comma-separated, blanks dropped', async () => {
    const user = await newSession('PT-0042, PT-0107\n\n  PT-0311  ,');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(recordAdd).toHaveBeenCalledWith({
      collection: 'supervision',
      record: {
        date: '2026-09-14',
        type: 'case-management',
        format: 'individual',
        durationMinutes: 60,
        supervisorId: 'sup-1',
        patientCodesReviewed: ['PT-0042', 'PT-0107', 'PT-0311'],
        state: 'submitted',
      },
    });
  });

  it('sends an empty list when no patients were discussed', async () => {
    const user = await newSession('');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(recordAdd.mock.calls[0]?.[0].record).toMatchObject({ patientCodesReviewed: [] });
  });

  it('names each refused code by its position, next to the box and in the summary', async () => {
    const user = await newSession('PT-0042\nJohn Smith, pt 7');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const summary = await screen.findByRole('alert');
    const message = 'Use the pseudonymous patient code, e.g. PT-0042';
    expect(summary).toHaveTextContent(`Patient code 2: ${message}`);
    expect(summary).toHaveTextContent(`Patient code 3: ${message}`);
    expect(summary).not.toHaveTextContent('Patient code 1:');
    expect(within(summary).getByRole('link', { name: /^Patient code 2/ })).toHaveAttribute(
      'href',
      `#${codesBox().id}`,
    );
    expect(codesBox()).toHaveAttribute('aria-invalid', 'true');
    expect(groupOf(codesBox())).toHaveTextContent(`Patient code 2: ${message}`);
    // What was typed stays, exactly as typed.
    expect(codesBox()).toHaveValue('PT-0042\nJohn Smith, pt 7');
    expect(recordAdd).not.toHaveBeenCalled();
  });

  it('puts a code the main process refuses next to the box, by its position', async () => {
    recordAdd.mockResolvedValue({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Some of the details are not valid. Check the highlighted fields.',
        fields: [{ path: 'record.patientCodesReviewed.1', message: 'Not a code we know' }],
      },
    });
    const user = await newSession('PT-0042, PT-0107');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Patient code 2: Not a code we know',
    );
    expect(groupOf(codesBox())).toHaveTextContent('Patient code 2: Not a code we know');
    expect(codesBox()).toHaveValue('PT-0042, PT-0107');
  });

  it('asks for a supervisor, and marks one whose training is not recorded', async () => {
    const portfolio = emptyPortfolio();
    portfolio.people.push({
      id: 'sup-2',
      name: 'Tom Reed',
      role: 'supervisor',
      supervisorTrained: false,
    });
    const user = userEvent.setup();
    await renderWithPortfolio(<SupervisionLog />, portfolio);
    await user.click(screen.getByRole('button', { name: 'Log a new supervision session' }));
    const select = screen.getByLabelText('Supervisor');
    // Educators cannot supervise, so they are not offered.
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Choose a supervisor',
      'Jo Smith',
      'Tom Reed (no supervisor training — does not count)',
    ]);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose who supervised the session');
    for (const message of [
      'Enter the date of the session',
      'Select the type of supervision',
      'Select the format',
      'Enter the length of the session in minutes',
    ]) {
      expect(screen.getByRole('alert')).toHaveTextContent(message);
    }
    // Nothing was chosen for the trainee.
    expect(screen.getByLabelText('Case management')).not.toBeChecked();
    expect(screen.getByLabelText('Individual')).not.toBeChecked();
  });

  it('with no supervisor listed, offers the way to the Supervisors and tutors screen', async () => {
    const portfolio = emptyPortfolio();
    portfolio.people = portfolio.people.filter((p) => p.role !== 'supervisor');
    const goTo = vi.fn();
    const user = userEvent.setup();
    await renderWithPortfolio(
      <ScreenLink value={goTo}>
        <SupervisionLog />
      </ScreenLink>,
      portfolio,
    );
    await user.click(screen.getByRole('button', { name: 'Log a new supervision session' }));
    expect(screen.queryByLabelText('Supervisor')).toBeNull();
    expect(screen.getByText(/You have not listed a supervisor yet/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add a supervisor' }));
    expect(goTo).toHaveBeenCalledWith('people');
  });

  it('opens a draft with its codes back in the box, one a line', async () => {
    const portfolio = emptyPortfolio();
    portfolio.supervision.push(
      supervisionSession('sup-session-1', {
        state: 'draft',
        format: 'group',
        patientCodesReviewed: ['PT-0042', 'PT-0107'],
      }),
    );
    showRows();
    const user = userEvent.setup();
    await renderWithPortfolio(<SupervisionLog />, portfolio);
    await user.click(screen.getByRole('button', { name: /^Open supervision session/ }));
    expect(codesBox()).toHaveValue('PT-0042\nPT-0107');
    expect(screen.getByLabelText('Group')).toBeChecked();
  });

  it('says in the view why a session with an untrained supervisor does not count', async () => {
    const portfolio = emptyPortfolio();
    portfolio.people.push({
      id: 'sup-2',
      name: 'Tom Reed',
      role: 'supervisor',
      supervisorTrained: false,
    });
    portfolio.supervision.push(
      supervisionSession('sup-session-1', { type: 'clinical-skills', supervisorId: 'sup-2' }),
    );
    showRows();
    const user = userEvent.setup();
    await renderWithPortfolio(<SupervisionLog />, portfolio);
    await user.click(screen.getByRole('button', { name: /^Open supervision session/ }));
    const view = screen.getByRole('region', { name: 'Supervision session' });
    expect(view).toHaveTextContent(
      'Tom Reed has not completed low-intensity supervisor training (as recorded on Supervisors and tutors), so their supervision does not count.',
    );
    expect(view).toHaveTextContent('Patient codes reviewedNone');
  });
});
