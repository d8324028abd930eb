import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../electron/ipc/dispatch';
import { createDispatcher } from '../../../electron/ipc/dispatch';
import { createHandlers } from '../../../electron/ipc/handlers';
import { PortfolioLibrary } from '../../../electron/store/portfolio-library';
import { exportablePortfolio } from '../../../shared/domain/export';
import { errorCodes } from '../../../shared/errors';
import { generatePortfolio } from '../../../shared/generator/synthetic-portfolio';
import type { Channel } from '../../../shared/ipc-channels';
import { ipcChannels } from '../../../shared/ipc-channels';
import type { CollectionName, Portfolio } from '../../../shared/schemas/portfolio';
import { collectionNames } from '../../../shared/schemas/portfolio';
import type { FolderSnapshot } from '../../support/folder-snapshot';
import { snapshotDifferences, snapshotFolder } from '../../support/folder-snapshot';

/**
 * Fuzzes every IPC channel through the real dispatcher and handlers, on a real portfolio in a
 * temporary data folder. Every call must answer `{ ok: true, data }` or `{ ok: false, error }`
 * with a known code, never throw unexpectedly (`internal`) or hang, and a refused call must leave
 * the data folder byte-identical (every file, the lock included).
 *
 *   PWP_FUZZ_RUNS=50000  inputs in total, spread over the channels (default 5000: about 15 s)
 *   PWP_FUZZ_SEED=123    another seed (the default is fixed, so a run can be repeated)
 */
const TOTAL_RUNS = Number(process.env.PWP_FUZZ_RUNS ?? 5000);
const SEED = Number(process.env.PWP_FUZZ_SEED ?? 20_270_111);
const CALL_TIMEOUT_MS = Number(process.env.PWP_FUZZ_CALL_TIMEOUT_MS ?? 10_000);
const RUNS_PER_CHANNEL = Math.max(30, Math.ceil(TOTAL_RUNS / ipcChannels.length));

/** Years the fuzz gives every date, `portfolio:report`'s `at` included: the whole calendar. */
const ALL_YEARS = { min: 0, max: 9999 };
const REPORT_YEARS = ALL_YEARS;

// ---------------------------------------------------------------------------------------------
// Values

/** A `YYYY-MM-DD` string in the years given; month 0–13 and day 0–32, so some are not real days. */
const dateText = (years: { min: number; max: number }, realOnly = false) =>
  fc
    .record({
      year: fc.integer(years),
      month: realOnly ? fc.integer({ min: 1, max: 12 }) : fc.integer({ min: 0, max: 13 }),
      day: realOnly ? fc.integer({ min: 1, max: 28 }) : fc.integer({ min: 0, max: 32 }),
    })
    .map(
      ({ year, month, day }) =>
        `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    );

/** Any UTF-16 code units, lone surrogates included. */
const anyUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
});

/** Objects that carry their dangerous keys as own properties, as `JSON.parse` makes them. */
const pollution = fc.constantFrom(
  ...[
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"__proto__":null}',
    '{"prototype":{"polluted":true}}',
    '{"toString":"x","valueOf":1,"hasOwnProperty":false}',
  ].map((text) => JSON.parse(text) as unknown),
);

/** What a mutation writes into one field of an otherwise valid input. */
const hostileValue = (years: { min: number; max: number }): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(
      null,
      undefined,
      true,
      false,
      0,
      -0,
      -1,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 2,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MIN_VALUE,
      '',
      ' ',
      '\u0000',
      '\uD800',
      '\uDC00x',
      'a\uD83D',
      '\u202Eevil',
      '\uFEFF',
      '🙂'.repeat(200),
      'x'.repeat(70_000),
      ' '.repeat(5000),
      [],
      {},
      [[[]]],
      '__proto__',
      'constructor',
      'toString',
      '2024-02-29',
      '2023-02-29',
      '+2024-01-01',
      '-0001-01-01',
      '2024-1-1',
      '2024-01-01T00:00:00Z',
      'NHS 943 476 5919',
      '../../etc/passwd',
      'CON',
      'a'.repeat(65),
    ),
    dateText(years),
    anyUnits,
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.integer(),
    fc.double(),
    fc.jsonValue({ maxDepth: 2 }),
    pollution,
  );

/** A JSON value as the harness would hand it over: `fc.anything` through JSON, or `fc.jsonValue`. */
const randomJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc
    .anything({ maxDepth: 3, withBoxedValues: true, withMap: true, withSet: true })
    .filter((value) => {
      try {
        // JSON.stringify answers undefined (despite its type) for undefined, functions, symbols.
        return (JSON.stringify(value) as string | undefined) !== undefined;
      } catch {
        return false;
      }
    })
    .map((value) => JSON.parse(JSON.stringify(value)) as unknown),
  pollution,
);

const idText = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);

// ---------------------------------------------------------------------------------------------
// Cases: an input made at call time, from the portfolio as it is then (ids that exist now).

interface Context {
  doc: Portfolio;
  ownId: string;
}
type Kind = 'random' | 'near' | 'valid';
interface Case {
  kind: Kind;
  /** What fast-check drew, readable: tokens such as `$ID:contacts:3` name ids resolved later. */
  recipe: unknown;
  make: (context: Context) => unknown;
}

/** Replaces tokens in a recipe with ids from the open portfolio as it is now. */
function resolve(value: unknown, context: Context): unknown {
  if (typeof value === 'string' && value.startsWith('$')) {
    const [token = '', collection = '', n = '0'] = value.split(':');
    const pick = <T>(list: readonly T[]): T | undefined =>
      list[Number(n) % Math.max(1, list.length)];
    if (token === '$OWN') return context.ownId;
    if (token === '$PERSON') return pick(context.doc.people)?.id ?? 'no-such-person';
    const known = (collectionNames as string[]).includes(collection);
    const records = (known ? context.doc[collection as CollectionName] : []) as {
      id: string;
      state: string;
    }[];
    if (token === '$ID') return pick(records)?.id ?? 'no-such-record';
    if (token === '$DRAFT')
      return pick(records.filter((r) => r.state === 'draft'))?.id ?? 'no-such-draft';
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, context));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) define(out, k, resolve(v, context));
    return out;
  }
  return value;
}

/** Sets an own property even for `__proto__`, as JSON.parse and structured clone do. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

type Mutation =
  | { type: 'set'; pick: number; value: unknown }
  | { type: 'delete'; pick: number }
  | { type: 'extra'; pick: number; key: string; value: unknown }
  | { type: 'replace'; value: unknown };

const mutation = (years: { min: number; max: number }): fc.Arbitrary<Mutation> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        type: fc.constant('set' as const),
        pick: fc.nat(),
        value: hostileValue(years),
      }),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }) },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('extra' as const),
        pick: fc.nat(),
        key: fc.oneof(
          fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'id', ''),
          anyUnits,
        ),
        value: hostileValue(years),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ type: fc.constant('replace' as const), value: hostileValue(years) }),
    },
  );

/** Every place in a value: [container, key] pairs, containers first. */
function places(
  value: unknown,
  depth = 0,
): [Record<string, unknown> | unknown[], string | number][] {
  if (depth > 5 || value === null || typeof value !== 'object') return [];
  const found: [Record<string, unknown> | unknown[], string | number][] = [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  for (const [key, child] of entries) {
    found.push([value as Record<string, unknown>, key]);
    found.push(...places(child, depth + 1));
  }
  return found;
}

function containers(value: unknown, depth = 0): Record<string, unknown>[] {
  if (depth > 5 || value === null || typeof value !== 'object') return [];
  const own = Array.isArray(value) ? [] : [value as Record<string, unknown>];
  return [...own, ...Object.values(value).flatMap((child) => containers(child, depth + 1))];
}

/** A copy of `input` with one thing wrong (the copy is made, `input` is never changed). */
function mutate(input: unknown, change: Mutation): unknown {
  if (change.type === 'replace') return change.value;
  const copy = structuredClone(input);
  if (change.type === 'extra') {
    const targets = containers(copy);
    const target = targets[change.pick % Math.max(1, targets.length)];
    if (!target) return { [change.key]: change.value };
    define(target, change.key, change.value);
    return copy;
  }
  const spots = places(copy);
  const spot = spots[change.pick % Math.max(1, spots.length)];
  if (!spot) return change.type === 'set' ? change.value : copy;
  const [container, key] = spot;
  if (change.type === 'set') {
    if (Array.isArray(container)) container[key as number] = change.value;
    else define(container, String(key), change.value);
  } else if (Array.isArray(container)) container.splice(key as number, 1);
  else Reflect.deleteProperty(container, key);
  return copy;
}

/** Random, near-valid and valid cases for one channel, from an arbitrary of valid recipes. */
function casesFor(valid: fc.Arbitrary<unknown>, years = ALL_YEARS): fc.Arbitrary<Case> {
  return fc.oneof(
    randomJson.map((input): Case => ({ kind: 'random', recipe: input, make: () => input })),
    fc.tuple(valid, mutation(years)).map(([recipe, change]): Case => ({
      kind: 'near',
      recipe: { valid: recipe, mutation: change },
      make: (context) => mutate(resolve(recipe, context), change),
    })),
    valid.map((recipe): Case => ({
      kind: 'valid',
      recipe,
      make: (context) => resolve(recipe, context),
    })),
  );
}

// ---------------------------------------------------------------------------------------------
// The portfolio, and what valid inputs look like

const generated = generatePortfolio({
  seed: 11,
  at: '2027-08-30',
  startDate: '2026-09-07',
  route: 'apprenticeship',
}).portfolio;
/** The handlers' clock: the day after the generated portfolio's `at`. */
const FUZZ_NOW = new Date('2027-08-31T12:00:00Z');
/** A few real records of each collection, without the fields the main process sets. */
const templates = {} as Record<CollectionName, Record<string, unknown>[]>;
/** The generated people's ids, and the ids `people:put` gave them in the real portfolio. */
const personIds = new Map<string, string>();

function templatesFor(collection: CollectionName): Record<string, unknown>[] {
  let text = JSON.stringify((generated[collection] as unknown[]).slice(0, 6));
  for (const [from, to] of personIds) text = text.replaceAll(`"${from}"`, `"${to}"`);
  return (JSON.parse(text) as Record<string, unknown>[]).map(
    ({ id: _id, recordedAt: _at, amends: _amends, ...rest }) => rest,
  );
}

const collection = fc.constantFrom(...collectionNames);
const recordFor = (name: CollectionName, state?: 'draft' | 'submitted') =>
  fc
    .tuple(fc.nat(), fc.constantFrom<'draft' | 'submitted'>('draft', 'submitted'))
    .map(([n, drawn]) => {
      const list = templates[name];
      return { ...list[n % list.length], state: state ?? drawn };
    });
const reason = fc.constantFrom('Wrong date', 'Typed the wrong length', 'Réunion ✓ corrected');
const traineeArb = fc.record({
  name: fc.constantFrom('Sam Patel', 'Zoë Ó Floinn', '李 雷'),
  university: fc.constant('University of Exeter'),
  service: fc.constant('TalkWorks Devon'),
  cohort: fc.constantFrom('January 2027', 'September 2026'),
  startDate: dateText({ min: 2020, max: 2030 }, true),
  route: fc.constantFrom('pgcert', 'gradcert', 'apprenticeship'),
});
const none = fc.constant(undefined);

/** Valid recipes per channel. Most still fail for a reason (no such record, a locked entry…). */
const validRecipes: Record<Channel, fc.Arbitrary<unknown>> = {
  'app:info': none,
  'portfolio:list': none,
  'portfolio:create': fc.oneof(
    fc.record({ trainee: traineeArb }),
    fc.record({ trainee: traineeArb, supervisorName: fc.constant('Jo Smith') }),
  ),
  'portfolio:open': fc.oneof(fc.constant({ id: '$OWN' }), fc.record({ id: idText })),
  'portfolio:current': none,
  'portfolio:openExample': none,
  'portfolio:import': fc.oneof(
    idText.map((id) => ({ text: { $export: 'generated', id } })),
    fc.constant({ text: { $export: 'own' } }),
  ),
  'portfolio:export': none,
  'portfolio:close': none,
  'portfolio:recover': fc.oneof(fc.constant({ id: '$OWN' }), fc.record({ id: idText })),
  'portfolio:document': none,
  'portfolio:report': fc.oneof(
    none,
    fc.constant({}),
    dateText(REPORT_YEARS, true).map((at) => ({ at })),
  ),
  'portfolio:history': fc.oneof(
    none,
    fc.constant({}),
    fc.tuple(collection, fc.nat()).map(([c, n]) => ({ recordId: `$ID:${c}:${n}` })),
    fc.record({ recordId: idText }),
  ),
  'record:add': collection.chain((c) =>
    fc.record({ collection: fc.constant(c), record: recordFor(c) }),
  ),
  'record:updateDraft': collection.chain((c) =>
    fc.record({
      collection: fc.constant(c),
      id: fc.oneof(
        fc.nat().map((n) => `$DRAFT:${c}:${n}`),
        fc.nat().map((n) => `$ID:${c}:${n}`),
      ),
      record: recordFor(c, 'draft'),
    }),
  ),
  'record:submit': fc
    .tuple(collection, fc.nat())
    .map(([c, n]) => ({ collection: c, id: `$DRAFT:${c}:${n}` })),
  'record:deleteDraft': fc
    .tuple(collection, fc.nat())
    .map(([c, n]) => ({ collection: c, id: `$DRAFT:${c}:${n}` })),
  'record:amend': collection.chain((c) =>
    fc.record({
      collection: fc.constant(c),
      supersedes: fc.nat().map((n) => `$ID:${c}:${n}`),
      reason,
      record: recordFor(c, 'submitted'),
    }),
  ),
  'settings:get': fc.constant(undefined),
  'settings:setRole': fc.record({ role: fc.constantFrom('trainee', 'supervisor', 'educator') }),
  'people:put': fc.record(
    {
      id: fc.nat().map((n) => `$PERSON::${n}`),
      name: fc.constantFrom('Jo Smith', 'Dr Ann Lee', 'Ngozi Okafor'),
      role: fc.constantFrom('supervisor', 'educator'),
      supervisorTrained: fc.boolean(),
    },
    { requiredKeys: ['name', 'role', 'supervisorTrained'] },
  ),
};

/** `portfolio:import` cases: its text is a whole portfolio file, so mutations go inside it too. */
function importCases(): fc.Arbitrary<Case> {
  const exportText = (recipe: unknown, context: Context, change?: Mutation): unknown => {
    const text = (recipe as { text?: { $export?: string; id?: string } }).text;
    const base =
      text?.$export === 'own'
        ? exportablePortfolio(context.doc)
        : { ...exportablePortfolio(generated), id: text?.id ?? 'x' };
    return { text: JSON.stringify(change ? mutate(base, change) : base) };
  };
  return fc.oneof(
    randomJson.map((input): Case => ({ kind: 'random', recipe: input, make: () => input })),
    fc
      .tuple(validRecipes['portfolio:import'], mutation(ALL_YEARS))
      .map(([recipe, change]): Case => ({
        kind: 'near',
        recipe: { valid: recipe, mutationInsideFile: change },
        make: (context) => exportText(recipe, context, change),
      })),
    fc
      .tuple(validRecipes['portfolio:import'], mutation(ALL_YEARS))
      .map(([recipe, change]): Case => ({
        kind: 'near',
        recipe: { valid: recipe, mutation: change },
        make: (context) => mutate(exportText(recipe, context), change),
      })),
    validRecipes['portfolio:import'].map((recipe): Case => ({
      kind: 'valid',
      recipe,
      make: (context) => exportText(recipe, context),
    })),
  );
}

function casesForChannel(channel: Channel): fc.Arbitrary<Case> {
  if (channel === 'portfolio:import') return importCases();
  return casesFor(validRecipes[channel], channel === 'portfolio:report' ? REPORT_YEARS : ALL_YEARS);
}

// ---------------------------------------------------------------------------------------------
// Checking one call

const knownCodes = new Set<string>(errorCodes);

/** Why a result breaks the contract's shape, or null when it keeps it. */
function shapeProblem(result: unknown): string | null {
  if (result === null || typeof result !== 'object') return 'not an object';
  const keys = Object.keys(result).sort().join(',');
  const r = result as { ok?: unknown; data?: unknown; error?: unknown };
  if (r.ok === true) return keys === 'data,ok' ? null : `ok with keys ${keys}`;
  if (r.ok !== false || keys !== 'error,ok') return `keys ${keys}, ok ${String(r.ok)}`;
  const error = r.error as { code?: unknown; message?: unknown; fields?: unknown } | null;
  if (error === null || typeof error !== 'object') return 'error is not an object';
  const errorKeys = Object.keys(error).sort().join(',');
  if (errorKeys !== 'code,fields,message') return `error keys ${errorKeys}`;
  if (typeof error.code !== 'string' || !knownCodes.has(error.code))
    return `unknown code ${String(error.code)}`;
  if (typeof error.message !== 'string' || error.message === '') return 'no message';
  if (
    !Array.isArray(error.fields) ||
    !error.fields.every(
      (f: unknown) =>
        f !== null &&
        typeof f === 'object' &&
        typeof (f as { path?: unknown }).path === 'string' &&
        typeof (f as { message?: unknown }).message === 'string',
    )
  )
    return 'fields are not [{ path, message }]';
  return null;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<{ value: T } | 'timed out'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timed out'>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), ms);
  });
  return Promise.race([promise.then((value) => ({ value })), timeout]).finally(() =>
    clearTimeout(timer),
  );
}

/** A short, printable form of any input (long strings cut, undefined and NaN named). */
function show(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v === undefined) return '<undefined>';
    if (typeof v === 'number' && !Number.isFinite(v)) return `<${String(v)}>`;
    if (typeof v === 'string' && v.length > 80) return `${v.slice(0, 40)}…(${v.length} chars)`;
    return v;
  });
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

interface Tally {
  tried: number;
  accepted: number;
  rejectedCleanly: number;
  rejectedChangingFiles: number;
  badShape: number;
  unexpectedThrows: number;
  byKind: Record<Kind, number>;
}
const newTally = (): Tally => ({
  tried: 0,
  accepted: 0,
  rejectedCleanly: 0,
  rejectedChangingFiles: 0,
  badShape: 0,
  unexpectedThrows: 0,
  byKind: { random: 0, near: 0, valid: 0 },
});

// ---------------------------------------------------------------------------------------------

describe('every IPC channel, fuzzed', { timeout: 120_000 + RUNS_PER_CHANNEL * 200 }, () => {
  let dataDir: string;
  let library: PortfolioLibrary;
  let dispatch: Dispatch;
  let ownId = '';
  let snapshot: FolderSnapshot;
  const totals = newTally();
  const tallies = new Map<Channel, Tally>();
  const unexpected: string[] = [];
  const startedAt = Date.now();

  const mustSucceed = async (channel: Channel, input: unknown) => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel} ${show(input)} failed: ${show(result.error)}`);
    return result.data;
  };

  /** Back to the real portfolio, open, with only its own folder in the data folder. */
  const restore = async () => {
    // Another role opens everything read-only: back to the trainee, so changes are tried too.
    if ((await library.settings()).role !== 'trainee') await library.setRole('trainee');
    const current = await library.current();
    if (current?.id !== ownId || current.readOnly) {
      await mustSucceed('portfolio:open', { id: ownId });
    }
    // Keep a draft in every collection, so submit, update and delete always have one to act on.
    for (const name of collectionNames) {
      const records = library.document()[name] as { state: string }[];
      const template = templates[name][0];
      if (template && !records.some((r) => r.state === 'draft')) {
        // A template the rules refuse as a duplicate only means fewer drafts: not a failure here.
        await dispatch('record:add', { collection: name, record: { ...template, state: 'draft' } });
      }
    }
    // Every 500th change the store compacts in the background, after answering: wait for it,
    // or the files the earlier, accepted change went on to write would be blamed on the next input.
    await library.whenIdle();
    for (const name of await readdir(join(dataDir, 'portfolios'))) {
      if (name !== ownId)
        await rm(join(dataDir, 'portfolios', name), { recursive: true, force: true });
    }
    snapshot = snapshotFolder(dataDir);
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pwp-fuzz-'));
    library = new PortfolioLibrary(dataDir);
    dispatch = createDispatcher(
      // Today is just after the generated year, so its records are all in the past (records dated
      // after today are refused on save).
      createHandlers({ library, runtime: 'harness', version: 'test', now: () => FUZZ_NOW }),
      (message, error) => unexpected.push(`${message}: ${String(error)}`),
    );
    const created = (await mustSucceed('portfolio:create', {
      trainee: generated.trainee,
      supervisorName: 'Jo Smith',
    })) as { id: string };
    ownId = created.id;
    for (const person of generated.people) {
      const { id } = (await mustSucceed('people:put', {
        name: person.name,
        role: person.role,
        supervisorTrained: person.supervisorTrained,
      })) as { id: string };
      personIds.set(person.id, id);
    }
    for (const name of collectionNames) {
      templates[name] = templatesFor(name);
      expect(templates[name].length, `the generator made no ${name}`).toBeGreaterThan(0);
      // Some records of each collection, one of them a draft, so later cases find ids to use.
      for (const [i, record] of templates[name].slice(0, 3).entries()) {
        await mustSucceed('record:add', {
          collection: name,
          record: { ...record, state: i === 0 ? 'draft' : 'submitted' },
        });
      }
    }
    // Opened afresh, as the person would find it.
    await mustSucceed('portfolio:close', undefined);
    await mustSucceed('portfolio:open', { id: ownId });
    snapshot = snapshotFolder(dataDir);
    expect([...snapshot.keys()]).toContain(join('portfolios', ownId, 'lock'));
  });

  afterAll(async () => {
    await library.closeCurrent();
    await rm(dataDir, { recursive: true, force: true });
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    const rows = [...tallies].map(
      ([channel, t]) =>
        `  ${channel.padEnd(22)} tried ${String(t.tried).padStart(6)}  accepted ${String(t.accepted).padStart(5)}  ` +
        `rejected cleanly ${String(t.rejectedCleanly).padStart(6)}  rejected changing files ${t.rejectedChangingFiles}` +
        `  bad shape ${t.badShape}  unexpected throws ${t.unexpectedThrows}`,
    );
    console.log(
      [
        `IPC fuzz (seed ${SEED}, ${RUNS_PER_CHANNEL} per channel) in ${seconds} s:`,
        `  inputs tried ${totals.tried} (random ${totals.byKind.random}, near-valid ${totals.byKind.near}, valid ${totals.byKind.valid})`,
        `  accepted ${totals.accepted}, rejected cleanly ${totals.rejectedCleanly}, ` +
          `files changed by a rejected input ${totals.rejectedChangingFiles}, ` +
          `bad shape ${totals.badShape}, unexpected throws ${totals.unexpectedThrows}`,
        ...rows,
      ].join('\n'),
    );
  });

  it.each(ipcChannels.map((channel, i) => [channel, i] as const))(
    '%s: answers every input by the contract, and a refusal changes no file',
    async (channel, index) => {
      const tally = newTally();
      tallies.set(channel, tally);
      const failures: string[] = [];
      const cases = fc.sample(casesForChannel(channel), {
        numRuns: RUNS_PER_CHANNEL,
        seed: SEED + index,
      });
      for (const testCase of cases) {
        const context: Context = { doc: library.document(), ownId };
        const input = testCase.make(context);
        const thrownBefore = unexpected.length;
        const outcome = await withTimeout(dispatch(channel, input), CALL_TIMEOUT_MS);
        for (const t of [tally, totals]) {
          t.tried += 1;
          t.byKind[testCase.kind] += 1;
        }
        const where = `${channel} ${testCase.kind} ${show(testCase.recipe)}\n    input ${show(input)}`;
        if (outcome === 'timed out') {
          failures.push(`${where}\n    did not answer within ${CALL_TIMEOUT_MS} ms`);
          // The library is still busy with the call; nothing after it would mean anything.
          break;
        }
        const result = outcome.value;
        const problem = shapeProblem(result);
        if (problem !== null) {
          for (const t of [tally, totals]) t.badShape += 1;
          failures.push(`${where}\n    answered ${show(result)}: ${problem}`);
        }
        if (unexpected.length > thrownBefore || (!result.ok && result.error.code === 'internal')) {
          for (const t of [tally, totals]) t.unexpectedThrows += 1;
          failures.push(`${where}\n    threw: ${unexpected.slice(thrownBefore).join('; ')}`);
        }
        if (result.ok) {
          for (const t of [tally, totals]) t.accepted += 1;
          // An accepted call may change files, open another portfolio or close this one.
          await restore();
        } else {
          const changed = snapshotDifferences(snapshot, snapshotFolder(dataDir));
          if (changed.length === 0) {
            for (const t of [tally, totals]) t.rejectedCleanly += 1;
            if ((await library.current())?.id !== ownId) await restore();
          } else {
            for (const t of [tally, totals]) t.rejectedChangingFiles += 1;
            failures.push(
              `${where}\n    was refused (${result.error.code}: ${result.error.message}) ` +
                `but changed ${changed.slice(0, 6).join(', ')}${changed.length > 6 ? ', …' : ''}`,
            );
            await restore();
          }
        }
      }
      expect(
        failures,
        `${failures.length} of ${tally.tried} inputs broke the contract; the first:\n` +
          failures.slice(0, 5).join('\n'),
      ).toEqual([]);
    },
  );
});
