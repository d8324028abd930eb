/**
 * `pwp`: the command-line tool. Thin: it parses arguments, reads files and prints; the work is
 * done by the same shared domain code the app uses.
 */
import { z } from 'zod';
import { progressReport, reportDateProblem } from '../shared/domain/progress-report';
import { generatePortfolio } from '../shared/generator/synthetic-portfolio';
import { readPortfolioText } from '../shared/format/read-portfolio';
import { portfolioShape } from '../shared/schemas/portfolio';
import type { Command } from './args';
import { parseCommand, usage } from './args';
import { formatReport } from './format-report';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readText: (path: string) => Promise<string>;
  writeText: (path: string, text: string) => Promise<void>;
  today: () => string;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand(argv);
  if (!parsed.ok) {
    io.err(`pwp: ${parsed.message}\n\n${usage}\n`);
    return 2;
  }
  return execute(parsed.command, io);
}

async function execute(command: Command, io: Io): Promise<number> {
  switch (command.command) {
    case 'help':
      io.out(`${usage}\n`);
      return 0;
    case 'schema':
      io.out(
        `${JSON.stringify(z.toJSONSchema(portfolioShape, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`,
      );
      return 0;
    case 'example': {
      const { portfolio } = generatePortfolio({
        seed: command.seed,
        at: command.at ?? io.today(),
        completeness: command.behind ? 'behind' : 'on-track',
        ...(command.route ? { route: command.route } : {}),
      });
      const text = `${JSON.stringify(portfolio, null, 2)}\n`;
      if (command.out) {
        await io.writeText(command.out, text);
        io.err(`Wrote an example portfolio for ${portfolio.trainee.name} to ${command.out}\n`);
      } else io.out(text);
      return 0;
    }
    case 'check': {
      let text: string;
      try {
        text = await io.readText(command.file);
      } catch (error) {
        io.err(
          `pwp: cannot read ${command.file}: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        return 2;
      }
      const result = readPortfolioText(text);
      if (!result.ok) {
        const shown = result.issues.slice(0, 20).map((i) => `  ${i.path}: ${i.message}`);
        const more = result.issues.length > 20 ? [`  … and ${result.issues.length - 20} more`] : [];
        io.err(
          `pwp: ${command.file} is not a valid portfolio:\n${[...shown, ...more].join('\n')}\n`,
        );
        return 2;
      }
      // The same bound as the app's report channel: a date asked for must fall in the
      // programme's life (plus margins); today is always accepted.
      const problem =
        command.at === undefined ? null : reportDateProblem(result.portfolio, command.at);
      if (problem !== null) {
        io.err(`pwp: --at ${command.at ?? ''}: ${problem}\n`);
        return 2;
      }
      const report = progressReport(result.portfolio, command.at ?? io.today());
      io.out(command.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
      return 0;
    }
  }
}
