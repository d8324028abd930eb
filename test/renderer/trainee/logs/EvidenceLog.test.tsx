import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Portfolio } from '../../../../shared/schemas/portfolio';
import { api } from '../../../support/api-module';
import { EvidenceLog } from '../../../../renderer/src/trainee/logs/EvidenceLog';
import { emptyPortfolio } from '../../../support/portfolio-fixture';
import { signRecords, trustKey } from '../../../support/signing-fixture';
import { renderWithPortfolio, showRows } from '../../../support/render-with-portfolio';
import { assessment, evidence } from '../../../support/records';

vi.mock('../../../../renderer/src/api', () => import('../../../support/api-module'));
const recordAdd = api.recordAdd;

const summaryRow = (intervention: string) => {
  const table = screen.getByRole('table', { name: 'Where each intervention has got to' });
  return within(table).getByRole('rowheader', { name: intervention }).closest('tr') as HTMLElement;
};

describe('EvidenceLog', () => {
  afterEach(() => vi.restoreAllMocks());
  beforeEach(() => {
    showRows();
    recordAdd.mockReset();
    recordAdd.mockResolvedValue({ ok: true, data: undefined } as never);
  });

  it('shows every intervention’s stage and what is still needed', async () => {
    const portfolio: Portfolio = emptyPortfolio();
    portfolio.evidence.push(
      evidence('e-1'),
      evidence('e-2', { interventionId: 'exposure', kind: 'recorded-role-play' }),
    );
    portfolio.assessments.push(
      assessment('a-1', { interventionId: 'problem-solving', resultId: 'refer' }),
    );
    await renderWithPortfolio(<EvidenceLog />, portfolio);
    expect(summaryRow('Behavioural activation')).toHaveTextContent('Observed');
    expect(summaryRow('Behavioural activation')).toHaveTextContent(
      '0 signed off, 1 awaiting sign-off',
    );
    expect(summaryRow('Exposure therapy')).toHaveTextContent('Practised');
    expect(summaryRow('Exposure therapy')).toHaveTextContent('An assessment');
    expect(summaryRow('Problem solving')).toHaveTextContent('Assessed');
    expect(summaryRow('Problem solving')).toHaveTextContent('Refer, 25 Sep 2026');
    expect(summaryRow('Problem solving')).toHaveTextContent('(1 resubmission left)');
    expect(summaryRow('Problem solving')).toHaveTextContent('A resubmission');
    expect(summaryRow('Sleep hygiene')).toHaveTextContent('Not started');
    expect(summaryRow('Sleep hygiene')).toHaveTextContent('Observed practice');
  });

  it('lists evidence with the intervention and kind in words', async () => {
    const portfolio = emptyPortfolio();
    portfolio.evidence.push(evidence('e-1', { title: 'Watched BA' }));
    await renderWithPortfolio(<EvidenceLog />, portfolio);
    const table = screen.getByRole('table', { name: 'Evidence' });
    const row = within(table).getByText('Watched BA').closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('20 Sep 2026');
    expect(row).toHaveTextContent('Behavioural activation');
    expect(row).toHaveTextContent('Observed practice');
    expect(row).toHaveTextContent('No');
    expect(row).toHaveTextContent('Submitted');
  });

  it('says Yes only for evidence a counting sign-off covers', async () => {
    const portfolio = emptyPortfolio();
    trustKey(portfolio);
    portfolio.evidence.push(evidence('e-1', { title: 'Signed one' }), evidence('e-2'));
    signRecords(portfolio, 'evidence', ['e-1']);
    // A sign-off by an educator (not a trained supervisor) does not count.
    portfolio.people = portfolio.people.map((p) =>
      p.id === 'edu-1' ? { ...p, publicKey: portfolio.people[0]!.publicKey } : p,
    );
    signRecords(portfolio, 'evidence', ['e-2'], { signerId: 'edu-1' });
    await renderWithPortfolio(<EvidenceLog />, portfolio);
    const table = screen.getByRole('table', { name: 'Evidence' });
    const signedCell = (title: string) =>
      (within(table).getByText(title).closest('tr') as HTMLElement).querySelectorAll('td')[4];
    expect(signedCell('Signed one')).toHaveTextContent('Yes');
    expect(signedCell('Evidence e-2')).toHaveTextContent('No');
    expect(summaryRow('Behavioural activation')).toHaveTextContent(
      '1 signed off, 1 awaiting sign-off',
    );
  });

  it('sends the chosen intervention and kind, leaving out an empty presentation', async () => {
    const user = userEvent.setup();
    await renderWithPortfolio(<EvidenceLog />, emptyPortfolio());
    await user.click(screen.getByRole('button', { name: 'Log a new evidence item' }));
    await user.selectOptions(screen.getByLabelText('Intervention'), 'Panic management');
    await user.click(screen.getByLabelText('Case summary'));
    await user.type(screen.getByLabelText('Day'), '3');
    await user.type(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '2027');
    await user.type(screen.getByLabelText('Title'), 'Panic case');
    await user.type(screen.getByLabelText('Description'), 'Worked through a panic diary.');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const sent = recordAdd.mock.calls[0]?.[0];
    expect(sent?.collection).toBe('evidence');
    expect(sent?.record).toMatchObject({
      interventionId: 'panic-management',
      kind: 'case-summary',
      title: 'Panic case',
      state: 'submitted',
    });
    expect(sent?.record).not.toHaveProperty('presentationId');
  });

  it('chooses no intervention or kind for the trainee, and says what is missing', async () => {
    const user = userEvent.setup();
    await renderWithPortfolio(<EvidenceLog />, emptyPortfolio());
    await user.click(screen.getByRole('button', { name: 'Log a new evidence item' }));
    expect(screen.getByLabelText('Intervention')).toHaveValue('');
    expect(screen.getByLabelText('Observed practice')).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const summary = await screen.findByRole('alert');
    for (const message of [
      'Select the intervention',
      'Select the kind of evidence',
      'Enter the date of the evidence',
      'Enter the title',
    ]) {
      expect(summary).toHaveTextContent(message);
    }
    expect(recordAdd).not.toHaveBeenCalled();
  });
});
