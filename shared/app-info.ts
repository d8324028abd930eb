/** What the About box and the first screen show about the running app. */
export interface AppInfo {
  name: string;
  version: string;
  /** `electron` in the desktop app; `harness` when served to a browser for tests or demos. */
  runtime: 'electron' | 'harness';
  dataDir: string;
  schemaVersion: number;
}
