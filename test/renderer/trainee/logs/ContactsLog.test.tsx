import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClinicalContact } from '../../../../shared/schemas/records';
import { api } from '../../../support/api-module';
import { ContactsLog } from '../../../../renderer/src/trainee/logs/ContactsLog';
import { emptyPortfolio } from '../../../support/portfolio-fixture';
import { renderWithPortfolio, showRows } from '../../../support/render-with-portfolio';
import { contact } from '../../../support/records';

vi.mock('../../../../renderer/src/api', () => import('../../../support/api-module'));
const recordAdd = api.recordAdd;

/** Opens the log with an empty portfolio and starts a new contact. */
async function newContact() {
  const user = userEvent.setup();
  await renderWithPortfolio(<ContactsLog />, emptyPortfolio());
  await user.click(screen.getByRole('button', { name: 'Log a new contact' }));
  return user;
}

/** Answers every question the form leaves unanswered: nothing is chosen for the trainee. */
async function fillRequired(user: ReturnType<typeof userEvent.setup>, minutes = '30') {
  await user.type(screen.getByLabelText('Day'), '21');
  await user.type(screen.getByLabelText('Month'), '9');
  await user.type(screen.getByLabelText('Year'), '2026');
  await user.selectOptions(screen.getByLabelText('Kind of contact'), 'treatment');
  await user.selectOptions(screen.getByLabelText('How the contact took place'), 'telephone');
  await user.type(screen.getByLabelText('Length in minutes'), minutes);
  await user.click(screen.getByLabelText('Continuing'));
}

/** The NHS.UK form group around a field: where its error message sits. */
const groupOf = (field: HTMLElement) => field.closest('.nhsuk-form-group') as HTMLElement;

describe('ContactsLog', () => {
  afterEach(() => vi.restoreAllMocks());
  beforeEach(() => {
    recordAdd.mockReset();
    recordAdd.mockResolvedValue({ ok: true, data: undefined } as never);
  });

  it('shows each problem next to its field and in the error summary, and sends nothing', async () => {
    const user = await newContact();
    await user.type(screen.getByLabelText('PHQ-9 (0 to 27)'), '30');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The PHQ-9 score cannot be above 27');
    expect(summary).toHaveTextContent('Enter the patient code');
    const phq9 = screen.getByLabelText('PHQ-9 (0 to 27)');
    expect(phq9).toHaveAttribute('aria-invalid', 'true');
    expect(groupOf(phq9)).toHaveTextContent('The PHQ-9 score cannot be above 27');
    const code = screen.getByLabelText('Patient code');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(groupOf(code)).toHaveTextContent('Enter the patient code');
    // Each summary entry links to its field.
    expect(
      within(summary).getByRole('link', { name: 'The PHQ-9 score cannot be above 27' }),
    ).toHaveAttribute('href', `#${phq9.id}`);
    expect(recordAdd).not.toHaveBeenCalled();
  });

  it('chooses nothing for the trainee: an untouched form asks every question in NHS words', async () => {
    const user = await newContact();
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const summary = await screen.findByRole('alert');
    for (const message of [
      'Enter the patient code',
      'Enter the date of the contact',
      'Select the kind of contact',
      'Select how the contact took place',
      'Enter the length of the contact in minutes',
      'Select the outcome',
    ]) {
      expect(summary).toHaveTextContent(message);
    }
    expect(screen.getByLabelText('Kind of contact')).toHaveValue('');
    expect(screen.getByLabelText('Continuing')).not.toBeChecked();
    expect(recordAdd).not.toHaveBeenCalled();
  });

  it('says how long a patient code may be, and what a date is missing', async () => {
    const user = await newContact();
    await user.type(screen.getByLabelText('Patient code'), 'PT-'.padEnd(500, '1'));
    await user.type(screen.getByLabelText('Day'), '21');
    await user.type(screen.getByLabelText('Month'), '9');
    await user.type(screen.getByLabelText('Year'), '26');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Patient code must be 11 characters or fewer');
    expect(summary).toHaveTextContent('Year must include 4 numbers');
    expect(summary).not.toHaveTextContent('YYYY-MM-DD');
    // Only the year box is marked as wrong.
    expect(screen.getByLabelText('Year')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Day')).not.toHaveAttribute('aria-invalid');

    await user.clear(screen.getByLabelText('Year'));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Date of the contact must include a year',
    );
    await user.type(screen.getByLabelText('Year'), '2026');
    await user.clear(screen.getByLabelText('Day'));
    await user.type(screen.getByLabelText('Day'), '31');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Date of the contact must be a real date',
    );
  });

  it('never submits on Enter in a field: only the Submit button submits', async () => {
    const user = await newContact();
    // A new entry starts at its first question, not its heading.
    expect(screen.getByLabelText('Patient code')).toHaveFocus();
    await user.type(screen.getByLabelText('Patient code'), 'PT-0042');
    await fillRequired(user);
    await user.type(screen.getByLabelText('Length in minutes'), '{Enter}');
    await user.type(screen.getByLabelText('Patient code'), '{Enter}');
    await user.click(screen.getByLabelText('Continuing'));
    await user.keyboard('{Enter}');
    expect(recordAdd).not.toHaveBeenCalled();
    expect(screen.queryByText('Contact saved.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit' })).toHaveAccessibleDescription(
      'Once submitted, an entry cannot be edited — only corrected, with a reason. Save it as a draft if you want to come back to it.',
    );

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(recordAdd).toHaveBeenCalledTimes(1);
  });

  it('says when a score is not a whole number', async () => {
    const user = await newContact();
    await user.type(screen.getByLabelText('GAD-7 (0 to 21)'), 'nine');
    await user.type(screen.getByLabelText('WSAS (0 to 40)'), '7.5');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter the GAD-7 score as a number');
    expect(summary).toHaveTextContent('The WSAS score is a whole number');
    expect(screen.getByLabelText('GAD-7 (0 to 21)')).toHaveValue('nine');
    expect(recordAdd).not.toHaveBeenCalled();
  });

  it('refuses a name as the patient code and keeps what was typed', async () => {
    const user = await newContact();
    await user.type(screen.getByLabelText('Patient code'), 'Jane Smith');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const code = screen.getByLabelText('Patient code');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Patient code must be up to 4 capital letters, an optional dash and up to 6 numbers, like PT-0042',
    );
    expect(groupOf(code)).toHaveTextContent('Patient code must be up to 4 capital letters');
    expect(code).toHaveValue('Jane Smith');
    expect(recordAdd).not.toHaveBeenCalled();
  });

  it('refuses an NHS number in the notes, saying why, next to the notes', async () => {
    const user = await newContact();
    await user.type(screen.getByLabelText('Patient code'), 'PT-0042');
    await user.type(screen.getByLabelText('Notes (optional)'), 'Seen with 943 476 5919');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const notes = screen.getByLabelText('Notes (optional)');
    await screen.findByRole('alert');
    expect(groupOf(notes)).toHaveTextContent('looks like an NHS number');
    expect(notes).toHaveValue('Seen with 943 476 5919');
    expect(recordAdd).not.toHaveBeenCalled();
  });

  it('sends a valid contact with numbers as numbers, untaken measures left out, interventions a list', async () => {
    const user = await newContact();
    await user.type(screen.getByLabelText('Patient code'), 'PT-0042');
    await fillRequired(user, '45');
    await user.click(screen.getByLabelText('Behavioural activation'));
    await user.click(screen.getByLabelText('Problem solving'));
    await user.type(screen.getByLabelText('GAD-7 (0 to 21)'), '9');
    // Typed and then cleared: still "not taken".
    await user.type(screen.getByLabelText('WSAS (0 to 40)'), '12');
    await user.clear(screen.getByLabelText('WSAS (0 to 40)'));
    await user.click(screen.getByLabelText('Discharged'));
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(recordAdd).toHaveBeenCalledTimes(1);
    const input = recordAdd.mock.calls[0]?.[0];
    expect(input?.collection).toBe('contacts');
    const record = input?.record as Partial<ClinicalContact>;
    expect(record).toEqual({
      patientCode: 'PT-0042',
      date: '2026-09-21',
      kind: 'treatment',
      mode: 'telephone',
      durationMinutes: 45,
      interventions: ['behavioural-activation', 'problem-solving'],
      measures: { gad7: 9 },
      outcome: 'discharged',
      state: 'submitted',
    });
    // Absent, not present-but-undefined: the JSON sent has exactly these keys.
    expect(Object.keys(record.measures ?? {})).toEqual(['gad7']);
    expect(record).not.toHaveProperty('presentationId');
    expect(record).not.toHaveProperty('notes');
    expect(await screen.findByText('Contact saved.')).toBeVisible();
  });

  it('sends an all-empty measures object as {} and a chosen presentation by id', async () => {
    const user = await newContact();
    await user.type(screen.getByLabelText('Patient code'), 'AB123');
    await fillRequired(user);
    await user.selectOptions(screen.getByLabelText('Kind of contact'), 'assessment');
    await user.selectOptions(screen.getByLabelText('Presenting problem (optional)'), 'panic');
    await user.click(screen.getByRole('button', { name: 'Save as draft' }));

    const record = recordAdd.mock.calls[0]?.[0].record as Partial<ClinicalContact>;
    expect(record.measures).toStrictEqual({});
    expect(record.interventions).toStrictEqual([]);
    expect(record.presentationId).toBe('panic');
    expect(record.kind).toBe('assessment');
    expect(record.state).toBe('draft');
  });

  it('submits a changed draft as the draft it is, then as its own submit step', async () => {
    const portfolio = emptyPortfolio();
    portfolio.contacts.push(
      contact('contact-9', { state: 'draft', patientCode: 'PT-0100', measures: { gad7: 8 } }),
    );
    showRows();
    api.recordUpdateDraft.mockResolvedValue({ ok: true, data: undefined } as never);
    api.recordSubmit.mockResolvedValue({ ok: true, data: null } as never);
    const user = userEvent.setup();
    await renderWithPortfolio(<ContactsLog />, portfolio);
    await user.click(screen.getByRole('button', { name: /^Open contact\s*21 Sep 2026$/ }));
    expect(screen.getByLabelText('GAD-7 (0 to 21)')).toHaveValue('8');
    await user.clear(screen.getByLabelText('GAD-7 (0 to 21)'));
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(api.recordUpdateDraft).toHaveBeenCalledWith({
      collection: 'contacts',
      id: 'contact-9',
      record: expect.objectContaining({ state: 'draft', measures: {} }) as unknown,
    });
    expect(api.recordSubmit).toHaveBeenCalledWith({ collection: 'contacts', id: 'contact-9' });
  });

  it('describes a submitted contact in words', async () => {
    const portfolio = emptyPortfolio();
    portfolio.contacts.push(
      contact('contact-1', {
        mode: 'video',
        interventions: ['sleep-hygiene'],
        presentationId: 'depression',
        measures: { phq9: 14 },
      }),
    );
    showRows();
    const user = userEvent.setup();
    await renderWithPortfolio(<ContactsLog />, portfolio);
    expect(screen.getByText('1 entry')).toBeVisible();
    const scores = screen.getByRole('cell', { name: /^14 \// });
    expect(scores).toHaveTextContent('14 / –not taken');
    await user.click(screen.getByRole('button', { name: /^Open contact\s*21 Sep 2026$/ }));

    const details = screen.getByRole('region', { name: 'Contact' });
    for (const text of [
      'PT-0042',
      '21 Sep 2026',
      'Video',
      '30 minutes',
      'Depression',
      'Sleep hygiene',
      'Not taken',
      'Continuing',
    ]) {
      expect(details).toHaveTextContent(text);
    }
  });
});
