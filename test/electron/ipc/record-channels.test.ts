import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/app-services';
import { createAppServices } from '../../../electron/app-services';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc-channels';
import type { IpcResult } from '../../../shared/result';
import { applyChange } from '../../../shared/domain/changes';

const trainee = {
  name: 'Sam Patel',
  university: 'University of Exeter',
  service: 'TalkWorks Devon',
  cohort: 'January 2027',
  startDate: '2027-01-11',
  route: 'pgcert' as const,
};
const contact = {
  state: 'submitted',
  patientCode: 'PT-0042',
  date: '2027-02-01',
  kind: 'assessment',
  mode: 'telephone',
  durationMinutes: 45,
  interventions: [],
  measures: { phq9: 15, gad7: 11 },
  outcome: 'continuing',
};

function data<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${JSON.stringify(result.error.fields)}`);
  return result.data;
}

describe('record channels', () => {
  let dataDir: string;
  let services: AppServices;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pwp-records-'));
    services = createAppServices({
      dataDir,
      runtime: 'harness',
      version: '0',
      now: () => new Date('2027-02-02T09:15:00Z'),
    });
    data(await services.dispatch('portfolio:create', { trainee }));
  });
  /** Calls a channel through the real dispatcher, typed as the contract says. */
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    data(await services.dispatch(channel, input)) as ChannelOutput<C>;
  afterEach(async () => {
    await services.library.closeCurrent();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('gives a new entry its id and the time it was written, ignoring any the page sent', async () => {
    const { record: saved } = data(
      await services.dispatch('record:add', {
        collection: 'contacts',
        record: { ...contact, id: 'mine', recordedAt: '2020-01-01T00:00:00Z' },
      }),
    ) as { record: { id: string; recordedAt: string } };
    expect(saved.id).not.toBe('mine');
    expect(saved.recordedAt).toBe('2027-02-02T09:15:00.000Z');
  });

  it('names the field of an invalid entry and saves nothing', async () => {
    const result = await services.dispatch('record:add', {
      collection: 'contacts',
      record: { ...contact, measures: { phq9: 40 } },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: [{ path: 'record.measures.phq9' }] },
    });
    expect((await call('portfolio:document', undefined)).contacts).toEqual([]);
  });

  it('refuses an NHS number typed into a note, and says why', async () => {
    const result = await services.dispatch('record:add', {
      collection: 'contacts',
      record: { ...contact, notes: 'NHS no 943 476 5919' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        fields: [
          {
            path: 'record.notes',
            message: expect.stringContaining('looks like an NHS number') as unknown,
          },
        ],
      },
    });
  });

  it('corrects a submitted entry by amendment, keeping the original and the reason in the history', async () => {
    const { record: first } = data(
      await services.dispatch('record:add', { collection: 'contacts', record: contact }),
    ) as { record: { id: string } };
    const locked = await services.dispatch('record:updateDraft', {
      collection: 'contacts',
      id: first.id,
      record: { ...contact, durationMinutes: 50 },
    });
    expect(locked.ok || locked.error.code).toBe('record-locked');
    const { record: amended } = data(
      await services.dispatch('record:amend', {
        collection: 'contacts',
        supersedes: first.id,
        reason: 'Wrong length',
        record: { ...contact, durationMinutes: 50 },
      }),
    ) as { record: { amends: unknown } };
    expect(amended.amends).toEqual({ supersedes: first.id, reason: 'Wrong length' });
    const history = await call('portfolio:history', undefined);
    expect(history.map((h) => [h.action, h.reason])).toEqual([
      ['record-add', null],
      ['record-amend', 'Wrong length'],
    ]);
    expect(await call('portfolio:history', { recordId: first.id })).toHaveLength(1);
  });

  it('edits and deletes drafts only', async () => {
    const { record: draft } = data(
      await services.dispatch('record:add', {
        collection: 'contacts',
        record: { ...contact, state: 'draft' },
      }),
    ) as { record: { id: string } };
    const { record: edited } = data(
      await services.dispatch('record:updateDraft', {
        collection: 'contacts',
        id: draft.id,
        record: { ...contact, state: 'draft', durationMinutes: 40 },
      }),
    ) as { record: { durationMinutes: number } };
    expect(edited.durationMinutes).toBe(40);
    data(await services.dispatch('record:deleteDraft', { collection: 'contacts', id: draft.id }));
    expect((await call('portfolio:document', undefined)).contacts).toEqual([]);
  });

  it('answers a save in one round trip: the change as accepted, which replays to the same document, and the new report', async () => {
    const before = await call('portfolio:document', undefined);
    const saved = await call('record:add', { collection: 'contacts', record: contact });
    const replayed = applyChange(before, saved.change, saved.at);
    expect(replayed.ok && replayed.portfolio).toEqual(await call('portfolio:document', undefined));
    expect(saved.report).toEqual(await call('portfolio:report', undefined));
    expect(saved.report.practiceHours.total.minutes).toBe(45);
  });

  it('reports progress for the open portfolio', async () => {
    data(await services.dispatch('record:add', { collection: 'contacts', record: contact }));
    const report = await call('portfolio:report', { at: '2027-02-02' });
    expect(report.practiceHours.total.minutes).toBe(45);
    expect(report.readiness.ready).toBe(false);
  });
});
