import { randomUUID } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { newPortfolio } from '../../shared/domain/new-portfolio';
import { AppError } from '../../shared/errors';
import type { Portfolio, PortfolioSummary, TraineeProfile } from '../../shared/schemas/portfolio';
import { CURRENT_SCHEMA_VERSION, portfolioSchema, summarise } from '../../shared/schemas/portfolio';
import { ValidatedJsonFile } from './validated-json-file';

const PORTFOLIO_EXTENSION = '.pwp.json';

/**
 * The portfolios in one data folder, and the one that is open. Owns lowdb: each portfolio is a
 * `Low` over a `ValidatedJsonFile`, built from the classes (never a preset, which would silently
 * switch to memory under NODE_ENV=test).
 */
export class PortfolioLibrary {
  private open_: Low<Portfolio> | null = null;

  constructor(
    readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get folder(): string {
    return join(this.dataDir, 'portfolios');
  }

  private fileFor(id: string): ValidatedJsonFile<typeof portfolioSchema> {
    return new ValidatedJsonFile(
      join(this.folder, `${id}${PORTFOLIO_EXTENSION}`),
      portfolioSchema,
      CURRENT_SCHEMA_VERSION,
    );
  }

  async list(): Promise<PortfolioSummary[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new AppError('storage-failed', `Could not read ${this.folder}: ${String(error)}`);
    }
    const summaries: PortfolioSummary[] = [];
    for (const name of names.filter((n) => n.endsWith(PORTFOLIO_EXTENSION)).sort()) {
      const id = name.slice(0, -PORTFOLIO_EXTENSION.length);
      try {
        const data = await this.fileFor(id).read();
        if (data) summaries.push(summarise(data));
      } catch {
        // A damaged file is left untouched and not offered here; opening it by id reports why.
      }
    }
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async create(trainee: TraineeProfile): Promise<PortfolioSummary> {
    const portfolio = portfolioSchema.parse(
      newPortfolio(trainee, { id: randomUUID(), now: this.now() }),
    );
    try {
      await mkdir(this.folder, { recursive: true });
    } catch (error) {
      throw new AppError('storage-failed', `Could not create ${this.folder}: ${String(error)}`);
    }
    const db = new Low(this.fileFor(portfolio.id), portfolio);
    try {
      await db.write();
    } catch (error) {
      throw new AppError('storage-failed', `Could not save the new portfolio: ${String(error)}`);
    }
    this.open_ = db;
    return summarise(portfolio);
  }

  async open(id: string): Promise<PortfolioSummary> {
    const file = this.fileFor(id);
    const data = await file.read();
    if (!data) throw new AppError('portfolio-not-found');
    // Low's constructor needs a default; `data` is the validated content just read.
    this.open_ = new Low(file, data);
    return summarise(data);
  }

  current(): PortfolioSummary | null {
    return this.open_ ? summarise(this.open_.data) : null;
  }
}
