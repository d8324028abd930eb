import { useState } from 'react';
import { api } from '../api';

/**
 * Saves the portfolio as one file to hand in or move to another computer. Private reflections
 * are left out by the main process. The file is offered as a download, which Electron and a
 * browser both turn into a save dialog or the downloads folder.
 */
export function ExportButton() {
  const [message, setMessage] = useState<string | null>(null);

  async function exportPortfolio() {
    const result = await api.portfolioExport();
    if (!result.ok) {
      setMessage(result.error.message);
      return;
    }
    const url = URL.createObjectURL(new Blob([result.data.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.data.fileName;
    link.click();
    URL.revokeObjectURL(url);
    setMessage(`Exported as “${result.data.fileName}”. Private reflections were left out.`);
  }

  return (
    <>
      <button type="button" className="app-nav__link" onClick={() => void exportPortfolio()}>
        Export portfolio
      </button>
      {message ? (
        <span className="nhsuk-u-visually-hidden" role="status">
          {message}
        </span>
      ) : null}
    </>
  );
}
