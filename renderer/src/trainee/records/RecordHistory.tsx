import { useState } from 'react';
import type { HistoryItem } from '../../../../shared/history';
import { HistoryTable } from '../history/HistoryTable';
import { NoHistory, useHistory } from '../history/HistoryScreen';
import { usePortfolio } from '../../shell/PortfolioContext';
import type { AnyRecord } from './record-actions';

/**
 * The history of one entry, shown on request under the entry. A correction is a new record, so
 * the entry's story also takes in the entry it corrects and the correction that replaced it.
 */
export function RecordHistory({
  record,
  correctedBy,
}: {
  /** Nothing is shown without a saved record (a new entry, or while writing a correction). */
  record: AnyRecord | undefined;
  correctedBy?: AnyRecord | undefined;
}) {
  return record ? <EntryHistory record={record} correctedBy={correctedBy} /> : null;
}

function EntryHistory({
  record,
  correctedBy,
}: {
  record: AnyRecord;
  correctedBy: AnyRecord | undefined;
}) {
  const { readOnly } = usePortfolio();
  const [open, setOpen] = useState(false);
  const earlier = record.amends?.supersedes;
  const ids = [earlier, record.id, correctedBy?.id].filter((id): id is string => !!id);
  const load = useHistory(ids, open);
  const entryLabel =
    ids.length > 1
      ? (item: HistoryItem) =>
          item.recordId === record.id
            ? 'This entry'
            : item.recordId === earlier
              ? 'The entry it corrects'
              : 'The correction'
      : undefined;

  return (
    <div className="app-record-history">
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        aria-controls="record-history"
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide the history of this entry' : 'Show the history of this entry'}
      </button>
      <div id="record-history">
        {!open ? null : load.status === 'loading' ? (
          <p className="nhsuk-body" role="status">
            Loading the history…
          </p>
        ) : load.status === 'failed' ? (
          <p className="nhsuk-error-message" role="alert">
            {load.message}
          </p>
        ) : load.items.length === 0 ? (
          <NoHistory readOnly={readOnly} what="this entry" />
        ) : (
          <>
            <h3 className="nhsuk-heading-s">History of this entry</h3>
            <HistoryTable
              items={load.items}
              caption="Changes to this entry, newest first"
              showKind={false}
              {...(entryLabel ? { entryLabel } : {})}
            />
          </>
        )}
      </div>
    </div>
  );
}
