import type { Person } from '../../../../shared/schemas/records';
import { roleLabels } from './person-form-schema';

function training(person: Person): string {
  // Only a supervisor's training decides whether supervision counts; a tutor is not asked.
  if (person.role !== 'supervisor') return 'Not needed for a tutor';
  return person.supervisorTrained ? 'Completed' : 'No — their supervision does not count';
}

/** The people listed so far, with a "Change" button each unless the portfolio is read-only. */
export function PeopleTable({
  people,
  onChange,
}: {
  people: readonly Person[];
  /** Opens the form for a person; absent on a read-only portfolio. */
  onChange: ((person: Person) => void) | undefined;
}) {
  if (people.length === 0)
    return <p className="nhsuk-body">You have not listed any supervisors or tutors yet.</p>;
  const sorted = [...people].sort(
    (a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name),
  );
  return (
    <table className="nhsuk-table app-people-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--m">
        Your supervisors and tutors
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th className="nhsuk-table__header" scope="col">
            Name
          </th>
          <th className="nhsuk-table__header" scope="col">
            Role
          </th>
          <th className="nhsuk-table__header" scope="col">
            Supervisor training
          </th>
          <th className="nhsuk-table__header" scope="col">
            Digital signature
          </th>
          {onChange ? (
            <th className="nhsuk-table__header" scope="col">
              <span className="nhsuk-u-visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {sorted.map((person) => (
          <tr className="nhsuk-table__row" key={person.id}>
            <th className="nhsuk-table__header" scope="row">
              {person.name}
            </th>
            <td className="nhsuk-table__cell">{roleLabels[person.role]}</td>
            <td className="nhsuk-table__cell">{training(person)}</td>
            <td className="nhsuk-table__cell">
              {person.publicKey
                ? 'Set up'
                : 'Not set up yet — needed later for signing your submissions'}
            </td>
            {onChange ? (
              <td className="nhsuk-table__cell">
                <button type="button" className="app-link-button" onClick={() => onChange(person)}>
                  Change<span className="nhsuk-u-visually-hidden"> {person.name}</span>
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
