import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { IpcResult } from '../../../../shared/result';
import type { SummaryItem } from '../../kit/ErrorSummary';
import { ErrorSummary } from '../../kit/ErrorSummary';
import { formatInstant } from '../../kit/format';
import { useUnsavedChanges } from '../../shell/UnsavedChanges';
import type { Wording } from '../../kit/error-wording';
import { valueAt, wordResult } from '../../kit/error-wording';
import type { AnyRecord, RecordActions } from './record-actions';
import { formPath, recordResolver, toFormValues, toRecordFields } from './form-values';
import { RecordHistory } from './RecordHistory';

export interface FieldsProps {
  form: UseFormReturn;
  /** The id of the element for a field path, so the error summary can link to it. */
  idFor: (path: string) => string;
}

interface Props {
  /** What one entry is called: "programme day", "contact". */
  noun: string;
  schema: z.ZodType;
  optional: readonly string[];
  defaults: FieldValues;
  /** The record being looked at; undefined for a new one. */
  record: AnyRecord | undefined;
  /** The entry that corrects this one, when it has been corrected. */
  correctedBy: AnyRecord | undefined;
  actions: RecordActions;
  Fields: (props: FieldsProps) => ReactNode;
  /** Tidies the form's values into the record's shape before they are checked and sent. */
  toRecord?: (fields: FieldValues) => FieldValues;
  /** The inverse of `toRecord`: a record's fields into the form's shape, to edit or correct it. */
  toForm?: (fields: FieldValues) => FieldValues;
  /** Words an error at a nested path for the summary and names the field it links to. */
  summaryError?: (path: string, message: string) => { path: string; message: string };
  /** Puts the schema's messages into this form's words (its labels, what was left empty). */
  wording?: Wording;
  /** Read-only rows describing a submitted record. */
  describe: (record: AnyRecord) => [string, ReactNode][];
  onDone: (message: string) => void;
  onOpen: (id: string) => void;
  /** A read-only portfolio (the example) can be explored but not changed. */
  readOnly: boolean;
}

type Mode = 'new' | 'draft' | 'view' | 'amend';

const idFor = (path: string) => `field-${path.replace(/\./g, '-')}`;

/**
 * One entry of a log: a form for a new entry or a draft; once submitted, a read-only view with
 * "Correct this entry", which adds a correction with a reason and keeps the original. Whatever
 * was typed stays in the form when a save fails, with the reason next to the field.
 */
export function RecordEditor(props: Props) {
  const {
    noun,
    schema,
    optional,
    defaults,
    record,
    correctedBy,
    actions,
    Fields,
    toRecord = unchanged,
    toForm = unchanged,
    summaryError = asIs,
    wording,
    describe,
    onDone,
    onOpen,
    readOnly,
  } = props;
  const [mode, setMode] = useState<Mode>(
    record === undefined ? 'new' : record.state === 'draft' ? 'draft' : 'view',
  );
  const [formError, setFormError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const resolver = recordResolver(schema, optional);
  const form = useForm({
    // The same tidying runs before validation and before sending: what is checked is what is sent.
    resolver: async (values, context, options) => {
      const result = await resolver(toRecord(values), context, options);
      return wording ? wordResult(result, values, wording) : result;
    },
    defaultValues: record ? toForm(toFormValues(record)) : defaults,
    shouldFocusError: false,
  });
  const { handleSubmit, setError, formState } = form;
  useUnsavedChanges(`editor-${noun}`, formState.isDirty || reason !== '');
  useEffect(() => {
    // A new entry starts at its first question; anything else at its heading, which says what it is.
    const first =
      mode === 'new'
        ? formRef.current?.querySelector<HTMLElement>('input, select, textarea')
        : null;
    (first ?? heading.current)?.focus();
  }, [mode]);

  const fail = (result: Extract<IpcResult<unknown>, { ok: false }>) => {
    for (const field of result.error.fields) {
      if (field.path.startsWith('record.')) {
        const path = formPath(field.path);
        const message =
          wording?.(path, field.message, valueAt(form.getValues(), path)) ?? field.message;
        setError(path, { message });
      }
      if (field.path === 'reason') setReasonError(field.message);
    }
    setFormError(result.error.message);
  };

  const save = (state: 'draft' | 'submitted') =>
    handleSubmit(async (values) => {
      setFormError(null);
      const fields = { ...toRecordFields(toRecord(values), optional), state };
      let result: IpcResult<unknown>;
      if (mode === 'amend' && record) {
        if (reason.trim() === '') {
          setReasonError('Say why this entry needs correcting');
          return;
        }
        result = await actions.amend(record.id, reason, fields);
      } else if (mode === 'draft' && record) {
        // The draft stays a draft while it is updated; submitting is its own change (and its own
        // line in the history). Sending `submitted` here would lock it, and the submit would fail.
        result = await actions.updateDraft(record.id, { ...fields, state: 'draft' });
        if (result.ok && state === 'submitted') result = await actions.submit(record.id);
      } else {
        result = await actions.add(fields);
      }
      if (!result.ok) return fail(result);
      form.reset(values);
      setReason('');
      onDone(
        mode === 'amend'
          ? `Correction saved. The original ${noun} is kept and marked as corrected.`
          : state === 'draft'
            ? `Draft ${noun} saved.`
            : `${capital(noun)} saved.`,
      );
    });

  const remove = async () => {
    if (
      !record ||
      !window.confirm(`Delete this draft ${noun}? A note of the deletion stays in the history.`)
    )
      return;
    const result = await actions.deleteDraft(record.id);
    if (!result.ok) return fail(result);
    form.reset();
    onDone(`Draft ${noun} deleted.`);
  };

  const errors = Object.entries(form.formState.errors).flatMap(([key, error]) =>
    flatten(key, error),
  );
  const summary: SummaryItem[] = [
    ...errors.map(([key, text]) => {
      const { path, message } = summaryError(key, text);
      return { fieldId: idFor(path), message };
    }),
    ...(reasonError ? [{ fieldId: 'amend-reason', message: reasonError }] : []),
  ];
  if (formError && summary.length === 0)
    summary.push({ fieldId: 'record-editor-heading', message: formError });

  const title =
    mode === 'new'
      ? `New ${noun}`
      : mode === 'draft'
        ? `Draft ${noun}`
        : mode === 'amend'
          ? `Correct this ${noun}`
          : capital(noun);

  return (
    <section className="app-editor" aria-labelledby="record-editor-heading">
      <h2 className="nhsuk-heading-m" id="record-editor-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {record ? (
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
          Written {formatInstant(record.recordedAt)}
          {record.amends ? ` · corrects an earlier entry: “${record.amends.reason}”` : ''}
        </p>
      ) : null}
      {mode === 'view' && record ? (
        <>
          {correctedBy ? (
            <div className="nhsuk-inset-text">
              <p className="nhsuk-body">
                <strong className="nhsuk-tag nhsuk-tag--grey">Corrected</strong> This entry was
                corrected on {formatInstant(correctedBy.recordedAt)}: “{correctedBy.amends?.reason}
                ”.{' '}
                <button
                  type="button"
                  className="app-link-button"
                  onClick={() => onOpen(correctedBy.id)}
                >
                  Open the correction
                </button>
              </p>
            </div>
          ) : null}
          <dl className="nhsuk-summary-list">
            {describe(record).map(([label, value]) => (
              <div className="nhsuk-summary-list__row" key={label}>
                <dt className="nhsuk-summary-list__key">{label}</dt>
                <dd className="nhsuk-summary-list__value">{value}</dd>
              </div>
            ))}
          </dl>
          {!correctedBy && !readOnly ? (
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => setMode('amend')}
            >
              Correct this entry
            </button>
          ) : null}
        </>
      ) : (
        <form
          noValidate
          ref={formRef}
          aria-labelledby="record-editor-heading"
          onSubmit={(event) => void save('submitted')(event)}
          onKeyDown={(event) => {
            // Ctrl+S (⌘S) keeps the work: a correction is saved, anything else is saved as a draft.
            if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && !readOnly) {
              event.preventDefault();
              void save(mode === 'amend' ? 'submitted' : 'draft')(event);
              return;
            }
            // Submitting is never an accident: Enter in a field does not submit the form (the
            // browser's implicit submission); only the Submit button does.
            if (event.key === 'Enter' && submitsImplicitly(event.target)) event.preventDefault();
          }}
        >
          <ErrorSummary items={summary} attempt={formState.submitCount} />
          {mode === 'amend' ? (
            <p className="nhsuk-body">
              Submitted entries are never changed. Your correction is saved as a new entry and the
              original stays, marked as corrected.
            </p>
          ) : null}
          <Fields form={form} idFor={idFor} />
          {mode === 'amend' ? (
            <div className={`nhsuk-form-group${reasonError ? ' nhsuk-form-group--error' : ''}`}>
              <label className="nhsuk-label" htmlFor="amend-reason">
                Reason for the correction
              </label>
              {reasonError ? (
                <span className="nhsuk-error-message" id="amend-reason-error">
                  <span className="nhsuk-u-visually-hidden">Error:</span> {reasonError}
                </span>
              ) : null}
              <textarea
                className={`nhsuk-textarea${reasonError ? ' nhsuk-textarea--error' : ''}`}
                id="amend-reason"
                rows={2}
                value={reason}
                aria-describedby={reasonError ? 'amend-reason-error' : undefined}
                onChange={(event) => {
                  setReason(event.target.value);
                  setReasonError(null);
                }}
              />
            </div>
          ) : null}
          {readOnly ? (
            <p className="nhsuk-body">
              This is an example portfolio: you can explore it, but not change it.
            </p>
          ) : (
            <>
              <p className="nhsuk-hint app-submit-hint" id="record-editor-submit-hint">
                {mode === 'amend'
                  ? 'Once saved, a correction cannot be edited — only corrected again, with a reason.'
                  : 'Once submitted, an entry cannot be edited — only corrected, with a reason. Save it as a draft if you want to come back to it.'}
              </p>
              <div className="nhsuk-button-group">
                <button
                  type="submit"
                  className="nhsuk-button"
                  disabled={formState.isSubmitting}
                  aria-describedby="record-editor-submit-hint"
                >
                  {mode === 'amend' ? 'Save correction' : 'Submit'}
                </button>
                {mode !== 'amend' ? (
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary"
                    onClick={(event) => void save('draft')(event)}
                  >
                    Save as draft
                  </button>
                ) : null}
                {mode === 'draft' ? (
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--warning"
                    onClick={() => void remove()}
                  >
                    Delete draft
                  </button>
                ) : null}
              </div>
            </>
          )}
        </form>
      )}
      <RecordHistory record={mode === 'amend' ? undefined : record} correctedBy={correctedBy} />
    </section>
  );
}

const unchanged = (fields: FieldValues) => fields;

/** Would Enter in this element submit its form? Text-like inputs, checkboxes and radios would. */
function submitsImplicitly(target: EventTarget): boolean {
  return (
    target instanceof HTMLInputElement &&
    !['submit', 'button', 'reset', 'image', 'file'].includes(target.type)
  );
}
const asIs = (path: string, message: string) => ({ path, message });

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** react-hook-form's nested errors as `path → message` pairs. */
function flatten(path: string, error: unknown): [string, string][] {
  if (!error || typeof error !== 'object') return [];
  const { message } = error as { message?: unknown };
  if (typeof message === 'string') return [[path, message]];
  return Object.entries(error).flatMap(([key, value]) =>
    key === 'ref' || key === 'type' ? [] : flatten(`${path}.${key}`, value),
  );
}
