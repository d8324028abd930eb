import { useState } from 'react';

const roles = [
  { value: 'trainee', label: 'Trainee PWP' },
  { value: 'supervisor', label: 'Workplace supervisor' },
  { value: 'educator', label: 'University clinical educator' },
] as const;

/**
 * Who is using the app. Trainees keep their portfolio here; the supervisor's signing home and the
 * educator's cohort view are not in this version, and the app says so plainly instead of
 * offering screens that do nothing.
 */
export function RoleChoice() {
  const [role, setRole] = useState<(typeof roles)[number]['value']>('trainee');
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
                onChange={() => setRole(r.value)}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={`role-${r.value}`}>
                {r.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {role === 'trainee' ? null : (
        <div className="nhsuk-inset-text" role="status">
          <p className="nhsuk-body">
            Signing evidence and caseload gates
            {role === 'educator' ? ', marking assessments and watching a cohort' : ''} are not in
            this version of PWP Tracker yet. Until they are, you can open a trainee’s portfolio or
            explore the example to see what trainees record.
          </p>
        </div>
      )}
    </div>
  );
}
