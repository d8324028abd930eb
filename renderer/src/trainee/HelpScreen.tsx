const shortcuts: [string, string][] = [
  ['N', 'Start a new entry in the log you are in'],
  ['/', 'Jump to the search box of the log'],
  [
    'Ctrl + S (⌘ S on a Mac)',
    'Save the entry you are writing (as a draft; a correction is saved as it is)',
  ],
  [
    'Enter on the Submit button',
    'Submit the entry you are writing. Enter in a field never submits: once submitted, an entry cannot be edited — only corrected, with a reason',
  ],
  ['Escape', 'Close the entry you are looking at'],
  ['Tab / Shift + Tab', 'Move between links, buttons and fields'],
  ['Ctrl + plus / Ctrl + minus', 'Zoom in and out (the app stays readable at 200 %)'],
];

/** Keyboard shortcuts and where things are kept. */
export function HelpScreen() {
  return (
    <>
      <h1 className="nhsuk-heading-l" tabIndex={-1}>
        Help and keyboard shortcuts
      </h1>
      <p className="nhsuk-body">Everything in PWP Tracker can be done with the keyboard alone.</p>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">Keyboard shortcuts</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">
              Keys
            </th>
            <th className="nhsuk-table__header" scope="col">
              What they do
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {shortcuts.map(([keys, what]) => (
            <tr className="nhsuk-table__row" key={keys}>
              <td className="nhsuk-table__cell">
                <kbd>{keys}</kbd>
              </td>
              <td className="nhsuk-table__cell">{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="nhsuk-heading-m">Entries are never lost or silently changed</h2>
      <p className="nhsuk-body">
        Every entry is saved to your computer the moment you submit it or save it as a draft. Once
        submitted, an entry is never edited: a correction is a new entry with a reason, and the
        original stays in the history, marked as corrected.
      </p>
      <h2 className="nhsuk-heading-m">Patient details stay out</h2>
      <p className="nhsuk-body">
        Use only the pseudonymous patient code. The app refuses NHS numbers, dates of birth, email
        addresses, phone numbers and postcodes in any field and says why.
      </p>
    </>
  );
}
