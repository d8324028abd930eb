import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/app-services';
import { createAppServices } from '../../../electron/app-services';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc-channels';
import type { IpcResult } from '../../../shared/result';

const trainee = {
  name: 'Sam Patel',
  university: 'University of Exeter',
  service: 'TalkWorks Devon',
  cohort: 'January 2027',
  startDate: '2027-01-11',
  route: 'pgcert' as const,
};
/** Midday on 2 February 2027: the calendar date is 2 February in every UK-ish time zone. */
const NOW = new Date('2027-02-02T12:00:00Z');
const contact = {
  state: 'submitted',
  patientCode: 'PT-0042',
  date: '2027-02-01',
  kind: 'assessment',
  mode: 'telephone',
  durationMinutes: 45,
  interventions: [],
  measures: { phq9: 15 },
  outcome: 'continuing',
};
const day = {
  state: 'submitted',
  date: '2027-01-12',
  moduleId: 'engagement-assessment',
  kind: 'taught',
  status: 'attended',
};

function data<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${JSON.stringify(result.error.fields)}`);
  return result.data;
}

describe('the rules for new entries, through the IPC channels', () => {
  let dataDir: string;
  let services: AppServices;
  let portfolioId: string;
  const open = (now: Date) =>
    createAppServices({ dataDir, runtime: 'harness', version: '0', now: () => now });
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pwp-entry-rules-'));
    services = open(NOW);
    const created = await services.dispatch('portfolio:create', {
      trainee,
      supervisorName: 'Jo Smith',
    });
    portfolioId = (data(created) as ChannelOutput<'portfolio:create'>).id;
  });
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    data(await services.dispatch(channel, input)) as ChannelOutput<C>;
  afterEach(async () => {
    await services.library.closeCurrent();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a contact dated tomorrow or before the start date, naming the field, and saves nothing', async () => {
    for (const [date, message] of [
      ['2027-02-03', 'The date of the contact must be today or in the past'],
      [
        '2026-06-11',
        'The date of the contact must be the same as or after your programme start date, 11 January 2027',
      ],
    ]) {
      const result = await services.dispatch('record:add', {
        collection: 'contacts',
        record: { ...contact, date },
      });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', fields: [{ path: 'record.date', message }] },
      });
    }
    expect((await call('portfolio:document', undefined)).contacts).toEqual([]);
    await call('record:add', {
      collection: 'contacts',
      record: { ...contact, date: '2027-02-02' },
    });
  });

  it('keeps a planned day in the future and refuses the same day logged twice', async () => {
    await call('record:add', {
      collection: 'programmeDays',
      record: { ...day, date: '2027-03-01', status: 'planned' },
    });
    const first = await call('record:add', { collection: 'programmeDays', record: day });
    const again = await services.dispatch('record:add', {
      collection: 'programmeDays',
      record: { ...day, status: 'missed' },
    });
    expect(again).toMatchObject({
      ok: false,
      error: {
        fields: [
          {
            path: 'record.date',
            message:
              'You have already logged a programme day on 12 January 2027 for this module. Open that entry to change it.',
          },
        ],
      },
    });
    // Correcting that day is a correction, not a second day.
    await call('record:amend', {
      collection: 'programmeDays',
      supersedes: first.record?.id ?? '',
      reason: 'I was off sick',
      record: { ...day, status: 'authorised-absence', makeUpPlan: 'Watch the recording' },
    });
  });

  it('journals the change without the saver’s date, so the file opens whatever the clock says later', async () => {
    await call('record:add', { collection: 'contacts', record: contact });
    const journal = await readFile(
      join(dataDir, 'portfolios', portfolioId, 'journal.ndjson'),
      'utf8',
    );
    expect(journal).toContain('"patientCode":"PT-0042"');
    expect(journal).not.toContain('"today"');
    // Opened on a computer whose clock says it is before the contact's date.
    await services.library.closeCurrent();
    services = open(new Date('2026-01-01T12:00:00Z'));
    await call('portfolio:open', { id: portfolioId });
    expect((await call('portfolio:document', undefined)).contacts).toHaveLength(1);
    expect(await readdir(join(dataDir, 'portfolios', portfolioId))).not.toContain('damaged');
  });

  it('asks before adding a second person with the same name and role, ignoring case and spaces', async () => {
    const refused = await services.dispatch('people:put', {
      name: '  jo   SMITH ',
      role: 'supervisor',
      supervisorTrained: true,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        fields: [
          {
            path: 'name',
            message:
              'A supervisor called Jo Smith is already listed. If this is a different person, confirm to add them anyway.',
          },
        ],
      },
    });
    expect((await call('portfolio:document', undefined)).people).toHaveLength(1);

    // A university tutor of that name is someone else; so is a supervisor once confirmed.
    await call('people:put', { name: 'Jo Smith', role: 'educator', supervisorTrained: false });
    const confirmed = await call('people:put', {
      name: 'Jo Smith',
      role: 'supervisor',
      supervisorTrained: false,
      sameNameConfirmed: true,
    });
    expect(confirmed).not.toHaveProperty('sameNameConfirmed');
    const people = (await call('portfolio:document', undefined)).people;
    expect(people).toHaveLength(3);
    expect(people.every((p) => !('sameNameConfirmed' in p))).toBe(true);

    // Changing someone already listed is not adding anyone.
    const [first] = people;
    if (!first) throw new Error('no person');
    await call('people:put', {
      id: first.id,
      name: first.name,
      role: 'supervisor',
      supervisorTrained: false,
    });
  });
});
