import type { CollectionName, Portfolio } from '../../../shared/schemas/portfolio';
import type { IpcResult } from '../../../shared/result';
import { api } from '../api';

export type AnyRecord = Portfolio[CollectionName][number];

/** The record calls a log screen makes; each refreshes the portfolio after a successful save. */
export function recordActions(collection: CollectionName, refresh: () => Promise<void>) {
  const after = async <T>(result: IpcResult<T>): Promise<IpcResult<T>> => {
    if (result.ok) await refresh();
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
