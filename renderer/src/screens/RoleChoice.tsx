import type { Role } from '../../../shared/settings';

const roles = [
  { value: 'trainee', label: 'Trainee PWP' },
  { value: 'supervisor', label: 'Workplace supervisor' },
  { value: 'educator', label: 'University clinical educator' },
] as const;

/**
 * Who is using the app. The choice is an app setting kept by the main process (so it survives a
 * reload and a restart, and the main process enforces it). Trainees keep their portfolio here;
 * the supervisor's signing home and the educator's cohort view are not in this version, so for
 * those roles every portfolio opens read-only and the app says so plainly.
 */
export function RoleChoice({
  role,
  onChange,
}: {
  role: Role | null;
  onChange: (role: Role) => void;
}) {
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset" aria-describedby="role-hint">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          I am using PWP Tracker as a
        </legend>
        <div className="nhsuk-hint" id="role-hint">
          You can change this at any time.
        </div>
        <div className="nhsuk-radios nhsuk-radios--inline">
          {roles.map((r) => (
            <div className="nhsuk-radios__item" key={r.value}>
              <input
                className="nhsuk-radios__input"
                id={`role-${r.value}`}
                type="radio"
                name="role"
                value={r.value}
                checked={role === r.value}
                disabled={role === null}
                onChange={() => onChange(r.value)}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={`role-${r.value}`}>
                {r.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {role === null || role === 'trainee' ? null : (
        <div className="nhsuk-inset-text" role="status">
          <p className="nhsuk-body">
            Signing evidence and caseload gates
            {role === 'educator' ? ', marking assessments and watching a cohort' : ''} are not in
            this version of PWP Tracker yet. Until they are, you can open a trainee’s portfolio file
            or explore the example to see what trainees record: portfolios open read-only, so
            nothing in them can be changed.
          </p>
        </div>
      )}
    </div>
  );
}
