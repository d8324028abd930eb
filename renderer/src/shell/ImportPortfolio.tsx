import { useState } from 'react';
import type { ErrorPayload } from '../../../shared/errors';
import type { PortfolioSummary } from '../../../shared/schemas/portfolio';
import { api } from '../api';
import { problemPlace } from './import-problems';

/**
 * Opens a portfolio file from elsewhere — an export from another computer, or one a tutor sent
 * back. The main process validates it as strictly as its own files and never overwrites a
 * portfolio already here; every problem is listed with the field it is in.
 */
export function ImportPortfolio({
  onOpened,
  hint = 'A portfolio exported from PWP Tracker (a file ending .pwp). It is added to your portfolios.',
}: {
  onOpened: (summary: PortfolioSummary) => void;
  /** What the file is, in the words of the role opening it. */
  hint?: string;
}) {
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose(file: File | undefined) {
    if (!file) return;
    setError(null);
    setBusy(true);
    const result = await api.portfolioImport({ text: await file.text() });
    setBusy(false);
    if (result.ok) onOpened(result.data);
    else setError(result.error);
  }

  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label nhsuk-label--s" htmlFor="import-file">
        Open a portfolio file
      </label>
      <div className="nhsuk-hint" id="import-file-hint">
        {hint}
      </div>
      {error ? (
        <div className="nhsuk-error-message" id="import-file-error" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {error.message}
          {error.fields.length > 0 ? (
            <ul className="nhsuk-list nhsuk-list--bullet app-import-problems">
              {error.fields.map((field) => (
                <li key={`${field.path}:${field.message}`}>
                  <strong>{problemPlace(field.path)}</strong>: {field.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <input
        className="nhsuk-file-upload"
        id="import-file"
        type="file"
        accept=".pwp,.json,application/json"
        disabled={busy}
        aria-describedby={`import-file-hint${error ? ' import-file-error' : ''}`}
        onChange={(event) => {
          void choose(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
    </div>
  );
}
