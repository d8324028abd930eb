import type { Role } from '../../../shared/settings';

export const roleNames: Record<Role, string> = {
  trainee: 'Trainee PWP',
  supervisor: 'Workplace supervisor',
  educator: 'University clinical educator',
};

const roles = (['trainee', 'supervisor', 'educator'] as const).map((value) => ({
  value,
  label: roleNames[value],
}));

/**
 * Who is using the app. The choice is an app setting kept by the main process (so it survives a
 * reload and a restart, and the main process enforces it: only a trainee may change a
 * portfolio). It sits above every role's home and stays put while the home below it changes, so
 * a keyboard user moving between the options keeps their place.
 */
export function RoleChoice({
  role,
  error,
  announcement,
  onChange,
}: {
  role: Role | null;
  error: string | null;
  /** Said once the home below has changed, for those who cannot see it change. */
  announcement: string;
  onChange: (role: Role) => void;
}) {
  return (
    <section className="app-role" aria-label="Your role">
      <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
        <fieldset
          className="nhsuk-fieldset"
          aria-describedby={`role-hint${error ? ' role-error' : ''}`}
        >
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            I am using PWP Tracker as a
          </legend>
          <div className="nhsuk-hint" id="role-hint">
            You can change this at any time. Each role has its own home below.
          </div>
          {error ? (
            <p className="nhsuk-error-message" id="role-error" role="alert">
              <span className="nhsuk-u-visually-hidden">Error:</span> {error}
            </p>
          ) : null}
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
      </div>
      <p className="nhsuk-u-visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
