import { randomUUID } from 'node:crypto';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Change } from '../../shared/domain/changes';
import type { JournalEntry } from './journal';
import { newPortfolio } from '../../shared/domain/new-portfolio';
import { generatePortfolio } from '../../shared/generator/synthetic-portfolio';
import { localToday } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { HistoryItem, PortfolioListing, RecoveryReport } from '../../shared/history';
import type { Portfolio, PortfolioSummary, TraineeProfile } from '../../shared/schemas/portfolio';
import { summarise } from '../../shared/schemas/portfolio';
import { portfolioKind } from './portfolio-kind';
import {
  historyItems,
  inspectPortfolio,
  newestPortfolioCopy,
  PortfolioStore,
  recoverPortfolio,
} from './portfolio-store';
import { loadSnapshotText } from './snapshot-file';
import { SettingsFile } from './settings-file';
import { storePaths } from './portfolio-store';
import type { Role, Settings } from '../../shared/settings';
import type { SignOff } from '../../shared/schemas/records';
import { verifySignatures } from '../../shared/signing/sign-off';
import type { Verifier } from '../../shared/signing/verifier';
import { nobleVerifier } from '../../shared/signing/verifier';

/**
 * The portfolios in one data folder (`<dataDir>/portfolios/<id>/`), and the one that is open.
 * Only one portfolio is open at a time in a window; opening another closes (and compacts) the first.
 */
/** What the library needs of an open portfolio: a real store, or the read-only example. */
type OpenPortfolio = Pick<
  PortfolioStore,
  'data' | 'apply' | 'applyEntry' | 'history' | 'close' | 'idle'
>;

/** The generated example portfolio, in memory only: it can be explored but never changed. */
class ExamplePortfolio implements OpenPortfolio {
  constructor(readonly data: Portfolio) {}
  apply(): Promise<Portfolio> {
    return Promise.reject(new AppError('read-only'));
  }
  applyEntry(): Promise<never> {
    return Promise.reject(new AppError('read-only'));
  }
  history(): Promise<never[]> {
    return Promise.resolve([]);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
  idle(): Promise<void> {
    return Promise.resolve();
  }
}

export class PortfolioLibrary {
  private store: OpenPortfolio | null = null;
  /** The folder id of the open portfolio (its internal id may differ if a folder was copied). */
  private openId: string | null = null;
  /** Opening, creating, recovering and closing run one at a time: two quick clicks never open two. */
  private switching: Promise<unknown> = Promise.resolve();

  private oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const run = this.switching.then(task, task);
    this.switching = run.catch(() => undefined);
    return run;
  }

  private readonly settingsFile: SettingsFile;

  /**
   * Checks sign-off signatures for the main process (the operating system's Ed25519 from
   * `electron/crypto/node-ed25519.ts` when wired by `app-services.ts`; the pure one otherwise).
   */
  readonly verifier: Verifier;

  /** The example portfolio, generated once a day: it depends only on the seed and the date. */
  private example: { day: string; portfolio: Portfolio } | null = null;

  /** Sign-off lists whose signatures `verifier` has already checked (see `document`). */
  private readonly checkedSignOffs = new WeakSet<readonly SignOff[]>();

  constructor(
    readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
    options: { verifier?: Verifier } = {},
  ) {
    this.settingsFile = new SettingsFile(dataDir);
    this.verifier = options.verifier ?? nobleVerifier;
  }

  /** The app's settings (the role chosen on the first screen), kept in the data folder. */
  settings(): Promise<Settings> {
    return this.settingsFile.read();
  }

  /**
   * Changes the role. Only a trainee may change a portfolio: for any other role every portfolio
   * opens read-only (the main process refuses changes, whatever the page asks).
   */
  setRole(role: Role): Promise<Settings> {
    return this.oneAtATime(async () => ({
      ...(await this.settingsFile.write({ ...(await this.settingsFile.read()), role })),
    }));
  }

  private async refuseUnlessTrainee(): Promise<void> {
    if ((await this.settingsFile.read()).role !== 'trainee') throw new AppError('role-read-only');
  }

  get folder(): string {
    return join(this.dataDir, 'portfolios');
  }

  private folderFor(id: string): string {
    return join(this.folder, id);
  }

  async list(): Promise<PortfolioListing> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { portfolios: [], unreadable: [] };
      throw new AppError('storage-failed', `Could not read ${this.folder}: ${String(error)}`);
    }
    const summaries: PortfolioSummary[] = [];
    const unreadable: PortfolioListing['unreadable'] = [];
    for (const id of names.sort()) {
      if (this.store && this.openId === id) {
        summaries.push(summarise(this.store.data));
        continue;
      }
      if (!(await isFolder(this.folderFor(id)))) continue;
      const paths = storePaths(this.folderFor(id));
      // Read exactly as opening would (snapshot, checksum, journal, history), writing nothing:
      // a portfolio that will not open is listed with what is wrong, never touched.
      const inspection = await inspectPortfolio(paths).catch((error: unknown) => ({
        ok: false as const,
        code: error instanceof AppError ? error.code : ('storage-failed' as const),
        problem: null,
        detail: String(error),
      }));
      if (inspection.ok) {
        summaries.push(summarise(inspection.state.document));
        continue;
      }
      if (inspection.code === 'portfolio-not-found') continue; // an empty folder
      const copy = await newestPortfolioCopy(paths);
      unreadable.push({
        id,
        code: inspection.code,
        problem: inspection.problem,
        recoverable: inspection.code === 'file-corrupt',
        traineeName: copy?.trainee.name ?? null,
      });
    }
    return {
      portfolios: summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
      unreadable,
    };
  }

  create(trainee: TraineeProfile, supervisorName?: string): Promise<PortfolioSummary> {
    return this.oneAtATime(async () => {
      await this.refuseUnlessTrainee();
      return this.createNow(trainee, supervisorName);
    });
  }

  private async createNow(
    trainee: TraineeProfile,
    supervisorName?: string,
  ): Promise<PortfolioSummary> {
    const id = randomUUID();
    await this.closeNow();
    try {
      await mkdir(this.folder, { recursive: true });
    } catch (error) {
      throw new AppError('storage-failed', `Could not create ${this.folder}: ${String(error)}`);
    }
    this.store = await PortfolioStore.create(
      this.folderFor(id),
      {
        ...newPortfolio(trainee, { id, now: this.now() }),
        // Training is not assumed: the trainee records it on Supervisors and tutors.
        people: supervisorName
          ? [
              {
                id: `person-${randomUUID()}`,
                name: supervisorName,
                role: 'supervisor' as const,
                supervisorTrained: false,
              },
            ]
          : [],
      },
      {
        now: this.now,
      },
    );
    this.openId = id;
    return this.summary(this.store);
  }

  open(id: string): Promise<PortfolioSummary> {
    return this.oneAtATime(() => this.openNow(id));
  }

  private async openNow(id: string): Promise<PortfolioSummary> {
    if (this.store && this.openId === id) return this.summary(this.store);
    const folder = this.folderFor(id);
    try {
      await readdir(folder);
    } catch {
      throw new AppError('portfolio-not-found');
    }
    await this.closeNow();
    this.store = await PortfolioStore.open(folder, { now: this.now });
    this.openId = id;
    return this.summary(this.store);
  }

  /**
   * Adds a portfolio file from elsewhere (an export, another computer) to this data folder and
   * opens it. It is validated (and upgraded) exactly as on open; one already here is never
   * overwritten.
   */
  importText(text: string): Promise<PortfolioSummary> {
    return this.oneAtATime(async () => {
      const { document: portfolio } = loadSnapshotText(portfolioKind, text, 'the chosen file');
      const folder = this.folderFor(portfolio.id);
      const exists = await readdir(folder).then(
        () => true,
        () => false,
      );
      if (exists) throw new AppError('portfolio-exists');
      await this.closeNow();
      const { journalSeq: _journalSeq, ...fresh } = portfolio;
      await mkdir(this.folder, { recursive: true });
      this.store = await PortfolioStore.create(folder, fresh, { now: this.now });
      this.openId = portfolio.id;
      return this.summary(this.store);
    });
  }

  /**
   * Recovers a portfolio that will not open (see `recoverPortfolio`) and opens the result. A
   * request that fails changes nothing: an unknown id is refused before anything is touched, and
   * the open portfolio is closed only once the recovered one is ready to open.
   */
  recover(id: string): Promise<RecoveryReport> {
    return this.oneAtATime(async () => {
      const folder = this.folderFor(id);
      if (!(await isFolder(folder))) throw new AppError('portfolio-not-found');
      if (this.store && this.openId === id) {
        // It opened, so there is nothing to recover.
        const summary = await this.summary(this.store);
        return {
          summary,
          problem: null,
          base: null,
          recoveredThrough: { seq: 0, at: summary.updatedAt },
          lost: { changes: 0, unreadableLines: 0, firstAt: null, lastAt: null },
          keptDamagedAt: null,
        };
      }
      const outcome = await recoverPortfolio(folder, this.now());
      const summary = await this.openNow(id);
      return { summary, ...outcome };
    });
  }

  /** Opens a realistic generated year, read-only, so a newcomer can see the app at work. */
  openExample(): Promise<PortfolioSummary> {
    return this.oneAtATime(async () => {
      await this.closeNow();
      // Generating a year takes a few hundred milliseconds; the same seed and date give the same
      // year, so it is made once per day (per app version: this cache lives in the process).
      const today = localToday(this.now());
      if (this.example?.day !== today)
        this.example = {
          day: today,
          portfolio: generatePortfolio({ seed: 2027, at: today }).portfolio,
        };
      this.store = new ExamplePortfolio(this.example.portfolio);
      this.openId = null;
      return this.summary(this.store);
    });
  }

  async current(): Promise<PortfolioSummary | null> {
    return this.store ? this.summary(this.store) : null;
  }

  /** What the page is told about the open portfolio, read-only for the example or another role. */
  private async summary(store: OpenPortfolio): Promise<PortfolioSummary> {
    const summary = summarise(store.data);
    if (store instanceof ExamplePortfolio)
      return { ...summary, readOnly: true, readOnlyBecause: 'example' };
    if ((await this.settingsFile.read()).role !== 'trainee')
      return { ...summary, readOnly: true, readOnlyBecause: 'role' };
    return summary;
  }

  /**
   * The open portfolio's whole document. Its sign-offs' signatures are checked here with
   * `verifier` the first time each list of sign-offs is seen, so a progress report computed from
   * it finds every signature already checked (`verifySignatures`) whichever verifier it uses.
   */
  document(): Portfolio {
    const data = this.openStore().data;
    if (!this.checkedSignOffs.has(data.signOffs)) {
      verifySignatures(data, this.verifier);
      this.checkedSignOffs.add(data.signOffs);
    }
    return data;
  }

  async apply(change: Change, reason?: string): Promise<Portfolio> {
    return (await this.applyEntry(change, reason)).document;
  }

  /**
   * Applies a change as the trainee (the acting person: only a trainee changes a portfolio), and
   * gives back the journal entry too (see `DocumentStore.applyEntry`).
   */
  async applyEntry(
    change: Change,
    reason?: string,
  ): Promise<{ document: Portfolio; entry: JournalEntry<Change> }> {
    const store = this.openStore();
    await this.refuseUnlessTrainee();
    return store.applyEntry(change, {
      by: store.data.trainee.name,
      ...(reason ? { reason } : {}),
    });
  }

  async history(recordId?: string): Promise<HistoryItem[]> {
    return historyItems(await this.openStore().history(), recordId);
  }

  /** Resolves once the open portfolio's saves and background compaction are all on disk. */
  async whenIdle(): Promise<void> {
    await this.switching;
    await this.store?.idle();
  }

  closeCurrent(): Promise<void> {
    return this.oneAtATime(() => this.closeNow());
  }

  private async closeNow(): Promise<void> {
    const store = this.store;
    this.store = null;
    this.openId = null;
    await store?.close();
  }

  private openStore(): OpenPortfolio {
    if (!this.store) throw new AppError('portfolio-not-open');
    return this.store;
  }
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
