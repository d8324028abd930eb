import { screen, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../../../shared/schemas/records';
import { api } from '../../../support/api-module';
import { PersonForm } from '../../../../renderer/src/trainee/people/PersonForm';

vi.mock('../../../../renderer/src/api', () => import('../../../support/api-module'));
const peoplePut = api.peoplePut;

const jo: Person = { id: 'sup-1', name: 'Jo Smith', role: 'supervisor', supervisorTrained: false };
const roleGroup = () => screen.getByRole('group', { name: 'Role' });
const trainingGroup = () =>
  screen.getByRole('group', { name: 'Have they completed low-intensity supervisor training?' });

describe('PersonForm', () => {
  beforeEach(() => peoplePut.mockReset());

  it('names every unanswered question in the summary and next to it, and sends nothing', async () => {
    const user = userEvent.setup();
    render(<PersonForm person={undefined} onSaved={vi.fn()} onCancel={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Add person' }));

    const summary = await screen.findByRole('alert');
    // The message follows the label, "Full name".
    expect(summary).toHaveTextContent('Enter their full name');
    expect(summary).toHaveTextContent('Choose whether they are a supervisor or a university tutor');
    expect(screen.getByLabelText('Full name')).toHaveAttribute('aria-invalid', 'true');
    expect(roleGroup()).toHaveTextContent('Choose whether they are a supervisor');
    // Training is asked only once they are known to be a supervisor.
    expect(screen.queryByRole('group', { name: /supervisor training/ })).toBeNull();
    await user.click(within(roleGroup()).getByLabelText('Supervisor'));
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(summary).toHaveTextContent(
      'Say whether they have completed low-intensity supervisor training',
    );
    expect(
      within(summary).getByRole('link', { name: /^Say whether they have completed/ }),
    ).toHaveAttribute('href', `#${within(trainingGroup()).getByLabelText('Yes').id}`);
    expect(peoplePut).not.toHaveBeenCalled();
  });

  it('explains in the training question why it matters', async () => {
    const user = userEvent.setup();
    render(<PersonForm person={undefined} onSaved={vi.fn()} onCancel={vi.fn()} />);
    await user.click(within(roleGroup()).getByLabelText('Supervisor'));
    expect(trainingGroup()).toHaveAccessibleDescription(
      /Supervision counts towards your hours only when it is given by a supervisor who has completed low-intensity supervisor training/,
    );
  });

  it('sends a new person as people:put expects, and hands the saved person on', async () => {
    const saved: Person = { ...jo, id: 'person-1', supervisorTrained: true };
    peoplePut.mockResolvedValue({ ok: true, data: saved });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(<PersonForm person={undefined} onSaved={onSaved} onCancel={vi.fn()} />);
    await user.type(screen.getByLabelText('Full name'), '  Jo Smith ');
    await user.click(within(roleGroup()).getByLabelText('Supervisor'));
    await user.click(within(trainingGroup()).getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Add person' }));

    expect(peoplePut).toHaveBeenCalledWith({
      name: 'Jo Smith',
      role: 'supervisor',
      supervisorTrained: true,
    });
    expect(onSaved).toHaveBeenCalledWith(saved);
  });

  it('changes an existing person by their id, starting from their details', async () => {
    peoplePut.mockResolvedValue({ ok: true, data: { ...jo, supervisorTrained: true } });
    const user = userEvent.setup();
    render(<PersonForm person={jo} onSaved={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByLabelText('Full name')).toHaveValue('Jo Smith');
    expect(within(roleGroup()).getByLabelText('Supervisor')).toBeChecked();
    expect(within(trainingGroup()).getByLabelText('No')).toBeChecked();
    await user.click(within(trainingGroup()).getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(peoplePut).toHaveBeenCalledWith({
      id: 'sup-1',
      name: 'Jo Smith',
      role: 'supervisor',
      supervisorTrained: true,
    });
  });

  it('shows a refused role change next to the role, keeping the choice', async () => {
    peoplePut.mockResolvedValue({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Some of the details are not valid. Check the highlighted fields.',
        fields: [
          {
            path: 'person.role',
            message: 'Jo Smith has supervision logged and must stay a supervisor',
          },
        ],
      },
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(<PersonForm person={jo} onSaved={onSaved} onCancel={vi.fn()} />);
    await user.click(within(roleGroup()).getByLabelText('University tutor'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Jo Smith has supervision logged and must stay a supervisor');
    expect(roleGroup()).toHaveTextContent('must stay a supervisor');
    expect(within(roleGroup()).getByLabelText('University tutor')).toBeChecked();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('refuses a name that carries a patient identifier, as the main process would', async () => {
    const user = userEvent.setup();
    render(<PersonForm person={jo} onSaved={vi.fn()} onCancel={vi.fn()} />);
    const name = screen.getByLabelText('Full name');
    await user.clear(name);
    await user.type(name, 'Jo jo.smith@example.com');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/email/i);
    expect(peoplePut).not.toHaveBeenCalled();
  });

  it('asks before adding a second person with the same name and role, and sends the confirmation', async () => {
    peoplePut
      .mockResolvedValueOnce({
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'Some of the details are not valid. Check the highlighted fields.',
          fields: [
            {
              path: 'name',
              message:
                'A supervisor called Jo Smith is already listed. If this is a different person, confirm to add them anyway.',
            },
          ],
        },
      })
      .mockResolvedValueOnce({ ok: true, data: { ...jo, id: 'person-2' } });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    render(<PersonForm person={undefined} onSaved={onSaved} onCancel={vi.fn()} />);
    await user.type(screen.getByLabelText('Full name'), 'Jo Smith');
    await user.click(within(roleGroup()).getByLabelText('Supervisor'));
    await user.click(within(trainingGroup()).getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('is already listed');
    expect(onSaved).not.toHaveBeenCalled();
    await user.click(screen.getByLabelText(/This is a different person with the same name/));
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(peoplePut).toHaveBeenLastCalledWith(
      expect.objectContaining({ name: 'Jo Smith', sameNameConfirmed: true }),
    );
    expect(onSaved).toHaveBeenCalled();
  });
});
