import { randomUUID } from 'node:crypto';
import type { AppInfo } from '../../shared/app-info';
import { localToday } from '../../shared/dates';
import { exportablePortfolio, exportFileName } from '../../shared/domain/export';
import { personWithSameName, samePersonMessage } from '../../shared/domain/people';
import { progressReport, reportDateProblem } from '../../shared/domain/progress-report';
import { AppError } from '../../shared/errors';
import type { Channel, ChannelOutput, ParsedInput } from '../../shared/ipc-channels';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schemas/portfolio';
import type { PortfolioLibrary } from '../store/portfolio-library';
import { recordHandlers } from './record-handlers';

/** One function per channel; each receives input already parsed by the contract's schema. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export interface HandlerContext {
  library: PortfolioLibrary;
  runtime: AppInfo['runtime'];
  version: string;
  now?: () => Date;
}

/** The handler registry. Electron's ipcMain and the browser harness both serve exactly this. */
export function createHandlers({
  library,
  runtime,
  version,
  now = () => new Date(),
}: HandlerContext): Handlers {
  const records = recordHandlers(library, now);
  return {
    'app:info': () => ({
      name: 'PWP Tracker',
      version,
      runtime,
      dataDir: library.dataDir,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    }),
    'settings:get': () => library.settings(),
    'settings:setRole': ({ role }) => library.setRole(role),
    'portfolio:list': () => library.list(),
    'portfolio:create': ({ trainee, supervisorName }) => library.create(trainee, supervisorName),
    'portfolio:open': ({ id }) => library.open(id),
    'portfolio:current': () => library.current(),
    'portfolio:openExample': () => library.openExample(),
    'portfolio:import': ({ text }) => library.importText(text),
    'portfolio:export': () => {
      const portfolio = library.document();
      return {
        fileName: exportFileName(portfolio),
        text: `${JSON.stringify(exportablePortfolio(portfolio), null, 2)}\n`,
      };
    },
    'portfolio:close': async () => {
      await library.closeCurrent();
      return null;
    },
    'portfolio:recover': ({ id }) => library.recover(id),
    'portfolio:document': () => library.document(),
    'portfolio:report': (input) => {
      const portfolio = library.document();
      // A date asked for is checked against this portfolio's programme; today never is (see
      // `reportDateBounds`), so an old portfolio still opens. Today is this computer's own calendar
      // date, as the forms' default dates are (`localToday`), not the UTC date.
      const problem = input?.at === undefined ? null : reportDateProblem(portfolio, input.at);
      if (problem !== null)
        throw new AppError('invalid-input', undefined, [{ path: 'at', message: problem }]);
      return progressReport(portfolio, input?.at ?? localToday(now()), {
        verifier: library.verifier,
      });
    },
    'portfolio:history': (input) => library.history(input?.recordId),
    'record:add': records.add,
    'record:updateDraft': records.updateDraft,
    'record:submit': records.submit,
    'record:deleteDraft': records.deleteDraft,
    'record:amend': records.amend,
    'people:put': async ({ sameNameConfirmed, ...input }) => {
      // A new person gets an id from the main process; an existing one keeps theirs (and their key).
      const people = library.document().people;
      const existing = input.id ? people.find((p) => p.id === input.id) : undefined;
      // The same name and role as someone listed is most likely the same person added twice: a
      // new one is refused until the trainee confirms it is someone else (`shared/domain/people.ts`).
      const namesake = existing ? undefined : personWithSameName(people, input.name, input.role);
      if (namesake && sameNameConfirmed !== true)
        throw new AppError('invalid-input', undefined, [
          { path: 'name', message: samePersonMessage(namesake) },
        ]);
      const person = { ...existing, ...input, id: existing?.id ?? `person-${randomUUID()}` };
      await library.apply({ type: 'person-put', person });
      return person;
    },
  };
}
