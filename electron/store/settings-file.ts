import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Settings } from '../../shared/settings';
import { defaultSettings, settingsSchema } from '../../shared/settings';
import { writeFileDurably } from './durable-write';

/**
 * `settings.json` in the data folder. Reading never fails the app: a missing, damaged or
 * unreadable file gives the defaults (and is left as it is until the person changes a setting).
 */
export class SettingsFile {
  private cached: Settings | null = null;

  constructor(private readonly dataDir: string) {}

  get path(): string {
    return join(this.dataDir, 'settings.json');
  }

  async read(): Promise<Settings> {
    if (this.cached) return this.cached;
    let value: Settings = defaultSettings;
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(await readFile(this.path, 'utf8')));
      if (parsed.success) value = parsed.data;
    } catch {
      // Missing or not JSON: the defaults.
    }
    this.cached = value;
    return value;
  }

  async write(settings: Settings): Promise<Settings> {
    const valid = settingsSchema.parse(settings);
    try {
      await mkdir(this.dataDir, { recursive: true });
      await writeFileDurably(this.path, `${JSON.stringify(valid, null, 2)}\n`);
    } catch (error) {
      throw new AppError('storage-failed', `Could not save ${this.path}: ${String(error)}`);
    }
    this.cached = valid;
    return valid;
  }
}
