import { api } from '../../api';

/**
 * Saves the portfolio as one file to hand in or move to another computer. Private reflections
 * are left out by the main process. The file is offered as a download, which Electron and a
 * browser both turn into a save dialog or the downloads folder. What happened is said by the
 * workspace, on screen and to screen readers.
 */
export function ExportButton({
  onExported,
}: {
  onExported: (message: { text: string; ok: boolean }) => void;
}) {
  async function exportPortfolio() {
    const result = await api.portfolioExport();
    if (!result.ok) {
      onExported({ text: result.error.message, ok: false });
      return;
    }
    const url = URL.createObjectURL(new Blob([result.data.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.data.fileName;
    link.click();
    URL.revokeObjectURL(url);
    onExported({
      text: `Exported as “${result.data.fileName}”. Private reflections were left out.`,
      ok: true,
    });
  }

  return (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
      onClick={() => void exportPortfolio()}
    >
      Export portfolio
    </button>
  );
}
