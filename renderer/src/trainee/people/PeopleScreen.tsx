import { useRef, useState } from 'react';
import { useConfirmLeave } from '../../shell/UnsavedChanges';
import { usePortfolio } from '../../shell/PortfolioContext';
import { PeopleTable } from './PeopleTable';
import { PersonForm } from './PersonForm';

/** The form's state: closed, adding someone new, or changing the person with this id. */
type Editing = null | { id: string | null };

/**
 * Supervisors and tutors. Until the university's signed roster arrives, the trainee lists the
 * people their entries name: a supervision session names its supervisor, an assessment its
 * marker. Whether a supervisor has done supervisor training decides whether supervision counts.
 */
export function PeopleScreen() {
  const { portfolio, refresh, readOnly } = usePortfolio();
  const confirmLeave = useConfirmLeave();
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const person =
    editing?.id != null ? portfolio.people.find((p) => p.id === editing.id) : undefined;

  const open = (next: Editing) => {
    if (editing !== null && !confirmLeave()) return;
    setMessage(null);
    setEditing(next);
  };
  const close = (text: string | null) => {
    setEditing(null);
    setMessage(text);
    heading.current?.focus();
  };

  return (
    <>
      <h1 className="nhsuk-heading-l" ref={heading} tabIndex={-1}>
        Supervisors and tutors
      </h1>
      <p className="nhsuk-body">
        Until your university’s signed list of supervisors and tutors arrives, list the people your
        entries name here: your supervisors in the service and your university tutors.
      </p>
      <div className="nhsuk-inset-text">
        <p className="nhsuk-body">
          Supervision counts towards your hours only when it is given by a supervisor who has
          completed low-intensity supervisor training.
        </p>
      </div>
      {message ? (
        <div className="nhsuk-inset-text app-saved" role="status">
          <p className="nhsuk-body">{message}</p>
        </div>
      ) : null}
      {readOnly ? (
        <p className="nhsuk-body">This is an example portfolio: you can look, but not change it.</p>
      ) : editing === null ? (
        <button type="button" className="nhsuk-button" onClick={() => open({ id: null })}>
          Add a supervisor or tutor
        </button>
      ) : (
        <PersonForm
          key={editing.id ?? 'new'}
          person={person}
          onSaved={async (saved) => {
            await refresh();
            close(person ? `${saved.name}’s details were saved.` : `${saved.name} was added.`);
          }}
          onCancel={() => close(null)}
        />
      )}
      <PeopleTable
        people={portfolio.people}
        onChange={readOnly ? undefined : (p) => open({ id: p.id })}
      />
    </>
  );
}
