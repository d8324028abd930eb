import type { AppInfo } from '../../shared/app-info';
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/ipc-channels';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schemas/portfolio';
import type { PortfolioLibrary } from '../store/portfolio-library';

/** One function per channel; each receives input already parsed by the contract's schema. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export interface HandlerContext {
  library: PortfolioLibrary;
  runtime: AppInfo['runtime'];
  version: string;
}

/** The handler registry. Electron's ipcMain and the browser harness both serve exactly this. */
export function createHandlers({ library, runtime, version }: HandlerContext): Handlers {
  return {
    'app:info': () => ({
      name: 'PWP Tracker',
      version,
      runtime,
      dataDir: library.dataDir,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    }),
    'portfolio:list': () => library.list(),
    'portfolio:create': ({ trainee }) => library.create(trainee),
    'portfolio:open': ({ id }) => library.open(id),
    'portfolio:current': () => library.current(),
  };
}
