import type { AppInfo } from '../shared/app-info';
import { nodeVerifier } from './crypto/node-ed25519';
import type { Dispatch } from './ipc/dispatch';
import { createDispatcher } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { PortfolioLibrary } from './store/portfolio-library';

export interface AppServices {
  library: PortfolioLibrary;
  dispatch: Dispatch;
}

/** Everything behind the window, wired once; Electron's main and the harness both call this. */
export function createAppServices(options: {
  dataDir: string;
  runtime: AppInfo['runtime'];
  version: string;
  now?: () => Date;
  log?: (message: string, error: unknown) => void;
}): AppServices {
  // Sign-offs are verified with the operating system's Ed25519, many times faster than pure
  // TypeScript and just as strict (electron/crypto/node-ed25519.ts).
  const library = new PortfolioLibrary(options.dataDir, options.now, { verifier: nodeVerifier });
  const handlers = createHandlers({
    library,
    runtime: options.runtime,
    version: options.version,
    ...(options.now ? { now: options.now } : {}),
  });
  return { library, dispatch: createDispatcher(handlers, options.log) };
}
