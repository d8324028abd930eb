import type { ReactNode } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { supersededIds } from '../../../../shared/domain/current-records';
import type { CollectionName } from '../../../../shared/schemas/portfolio';
import { useScreenArrival } from '../workspace/screen-link';
import { useConfirmLeave } from '../../shell/UnsavedChanges';
import { usePortfolio } from '../../shell/PortfolioContext';
import type { Wording } from '../../kit/error-wording';
import type { AnyRecord } from './record-actions';
import { recordActions } from './record-actions';
import type { FieldsProps } from './RecordEditor';
import { RecordEditor } from './RecordEditor';
import type { Column } from '../../kit/RecordTable';
import { RecordTable } from '../../kit/RecordTable';

export interface LogDefinition<T extends AnyRecord> {
  collection: CollectionName;
  title: string;
  intro: ReactNode;
  noun: string;
  schema: z.ZodType;
  optional: readonly string[];
  defaults: () => FieldValues;
  Fields: (props: FieldsProps) => ReactNode;
  columns: readonly Column<T>[];
  rowTitle: (row: T) => string;
  searchText: (row: T) => string;
  describe: (record: T) => [string, ReactNode][];
  /**
   * Tidies the fields before they are checked and sent, for a log whose form holds a value in a
   * different shape from the record (e.g. empty score boxes that must be left out of `measures`).
   */
  toRecord?: (fields: FieldValues) => FieldValues;
  /** The inverse of `toRecord`, for a log that needs it (a list shown as text, say). */
  toForm?: (fields: FieldValues) => FieldValues;
  /** Words an error at a nested path (one item of a list) for the error summary. */
  summaryError?: (path: string, message: string) => { path: string; message: string };
  /** The form's own words for the schema's messages (see `formWording`). */
  wording?: Wording;
}

/** The selection while a new entry is being written (record ids never contain underscores). */
const NEW = '__new__';

/** Is the key press meant for the page (not typed into a field)? */
function isPageKey(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
  return !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/**
 * A log screen: the list of entries and, above it, the entry being written or looked at.
 * Keys: N starts a new entry, / jumps to the search, Escape closes the entry.
 */
export function LogScreen<T extends AnyRecord>({ definition }: { definition: LogDefinition<T> }) {
  const { portfolio, saved, readOnly } = usePortfolio();
  const confirmLeave = useConfirmLeave();
  // Arriving from a "Log a …" step (the dashboard's) opens the new entry, as N would.
  const arrival = useScreenArrival();
  // `NEW` while a new entry is being written, a record id while one is open, or null.
  const [selected, setSelected] = useState<string | null>(
    arrival.newEntry && !readOnly ? NEW : null,
  );
  const [message, setMessage] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  // After Close or Escape, focus goes back to what opened the entry: its row, or the new button.
  const returnFocusTo = useRef<string | null>(null);
  const rows = portfolio[definition.collection] as unknown as T[];
  const superseded = useMemo(() => supersededIds(rows), [rows]);
  const actions = useMemo(
    () => recordActions(definition.collection, saved),
    [definition.collection, saved],
  );

  const choose = (next: string | null) => {
    if (next !== selected && !confirmLeave()) return;
    if (next === null) returnFocusTo.current = selected;
    setMessage(null);
    setSelected(next);
  };

  useEffect(() => {
    const opener = returnFocusTo.current;
    if (selected !== null || opener === null) return;
    returnFocusTo.current = null;
    const row =
      opener === NEW
        ? null
        : document.querySelector<HTMLElement>(`[data-open-id="${CSS.escape(opener)}"]`);
    (row ?? newButton.current ?? heading.current)?.focus();
  }, [selected]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && selected !== null) choose(null);
      if (!isPageKey(event)) return;
      if (event.key === 'n' && !readOnly) {
        event.preventDefault();
        choose(NEW);
      } else if (event.key === '/') {
        event.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const record =
    selected !== null && selected !== NEW ? rows.find((r) => r.id === selected) : undefined;
  const correctedBy = record ? rows.find((r) => r.amends?.supersedes === record.id) : undefined;

  return (
    <>
      <h1 className="nhsuk-heading-l" ref={heading} tabIndex={-1}>
        {definition.title}
      </h1>
      <div className="nhsuk-body">{definition.intro}</div>
      {message ? (
        <div className="nhsuk-inset-text app-saved" role="status">
          <p className="nhsuk-body">{message}</p>
        </div>
      ) : null}
      {selected === null ? (
        readOnly ? null : (
          <button
            type="button"
            className="nhsuk-button"
            ref={newButton}
            onClick={() => choose(NEW)}
            aria-keyshortcuts="n"
          >
            Log a new {definition.noun}
          </button>
        )
      ) : (
        <>
          <RecordEditor
            key={selected}
            noun={definition.noun}
            schema={definition.schema}
            optional={definition.optional}
            defaults={definition.defaults()}
            record={record}
            correctedBy={correctedBy}
            actions={actions}
            Fields={definition.Fields}
            {...(definition.toRecord ? { toRecord: definition.toRecord } : {})}
            {...(definition.toForm ? { toForm: definition.toForm } : {})}
            {...(definition.summaryError ? { summaryError: definition.summaryError } : {})}
            {...(definition.wording ? { wording: definition.wording } : {})}
            describe={(r) => definition.describe(r as T)}
            readOnly={readOnly}
            onOpen={(id) => setSelected(id)}
            onDone={(text) => {
              setSelected(null);
              setMessage(text);
              heading.current?.focus();
            }}
          />
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => choose(null)}
            aria-keyshortcuts="Escape"
          >
            Close
          </button>
        </>
      )}
      <RecordTable
        caption={definition.title}
        noun={definition.noun}
        rows={rows}
        columns={definition.columns}
        getId={(r) => r.id}
        title={definition.rowTitle}
        searchText={definition.searchText}
        status={(r) =>
          superseded.has(r.id) ? 'corrected' : r.state === 'draft' ? 'draft' : 'submitted'
        }
        onOpen={(r) => choose(r.id)}
        searchRef={search}
      />
    </>
  );
}

/** The state of an entry as a tag: Draft, Submitted or Corrected. */
export function StateTag({ record, corrected }: { record: AnyRecord; corrected: boolean }) {
  if (corrected) return <strong className="nhsuk-tag nhsuk-tag--grey">Corrected</strong>;
  if (record.state === 'draft')
    return <strong className="nhsuk-tag nhsuk-tag--yellow">Draft</strong>;
  return <strong className="nhsuk-tag nhsuk-tag--green">Submitted</strong>;
}
