import type { CollectionName, StoredRecord } from '../../../../shared/schemas/portfolio';
import type { SaveResult } from '../../../../shared/ipc-contract';
import type { IpcResult } from '../../../../shared/result';
import { api } from '../../api';

export type AnyRecord = StoredRecord;

/**
 * The record calls a log screen makes. Each save is one round trip: its answer carries the
 * accepted change and the new report, which `saved` takes in (see `PortfolioState.saved`).
 */
export function recordActions(
  collection: CollectionName,
  saved: (result: SaveResult) => Promise<void>,
) {
  const after = async (result: IpcResult<SaveResult>): Promise<IpcResult<SaveResult>> => {
    if (result.ok) await saved(result.data);
    return result;
  };
  return {
    add: async (record: Record<string, unknown>) =>
      after(await api.recordAdd({ collection, record })),
    updateDraft: async (id: string, record: Record<string, unknown>) =>
      after(await api.recordUpdateDraft({ collection, id, record })),
    submit: async (id: string) => after(await api.recordSubmit({ collection, id })),
    deleteDraft: async (id: string) => after(await api.recordDeleteDraft({ collection, id })),
    amend: async (supersedes: string, reason: string, record: Record<string, unknown>) =>
      after(await api.recordAmend({ collection, supersedes, reason, record })),
  };
}
export type RecordActions = ReturnType<typeof recordActions>;
