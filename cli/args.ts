import { z } from 'zod';
import { isCalendarDate } from '../shared/dates';

const date = z.string().refine(isCalendarDate, 'must be a real date in the form YYYY-MM-DD');

export const commandSchema = z.discriminatedUnion('command', [
  z
    .object({
      command: z.literal('check'),
      file: z.string().min(1),
      at: date.optional(),
      json: z.boolean(),
    })
    .strict(),
  z.object({ command: z.literal('schema') }).strict(),
  z
    .object({
      command: z.literal('example'),
      seed: z.coerce
        .number()
        .int('must be a whole number')
        .min(0)
        .max(2 ** 31),
      at: date.optional(),
      out: z.string().min(1).optional(),
      behind: z.boolean(),
      route: z.enum(['pgcert', 'gradcert', 'apprenticeship']).optional(),
    })
    .strict(),
  z.object({ command: z.literal('help') }).strict(),
]);
export type Command = z.infer<typeof commandSchema>;

export const usage = `Usage:
  pwp check <portfolio.json> [--at YYYY-MM-DD] [--json]
      Validate a portfolio file and print its progress and exam-board readiness.
  pwp schema
      Print the JSON Schema of the portfolio file.
  pwp example [--seed N] [--at YYYY-MM-DD] [--out FILE] [--behind] [--route pgcert|gradcert|apprenticeship]
      Write a realistic generated portfolio (to FILE, or to standard output).

Exit codes: 0 done, 2 bad arguments or an invalid portfolio file.`;

const flagsWithValue = new Set(['--at', '--seed', '--out', '--route']);
const booleanFlags = new Set(['--json', '--behind']);

/** Parses argv into a validated command; a problem names the argument and says what is wrong. */
export function parseCommand(
  argv: readonly string[],
): { ok: true; command: Command } | { ok: false; message: string } {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    return { ok: true, command: { command: 'help' } };
  }
  const raw: Record<string, unknown> = { command: name };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    if (flagsWithValue.has(arg)) {
      const value = rest[i + 1];
      if (value === undefined || value.startsWith('--'))
        return { ok: false, message: `${arg} needs a value` };
      raw[arg.slice(2)] = value;
      i += 1;
    } else if (booleanFlags.has(arg)) raw[arg.slice(2)] = true;
    else if (arg.startsWith('-')) return { ok: false, message: `Unknown option ${arg}` };
    else positional.push(arg);
  }
  if (name === 'check') {
    if (positional.length !== 1)
      return { ok: false, message: 'check needs exactly one portfolio file' };
    raw.file = positional[0];
    raw.json = raw.json === true;
  } else if (positional.length > 0) {
    return { ok: false, message: `Unexpected argument ${positional[0] ?? ''}` };
  }
  if (name === 'example') {
    raw.seed ??= '1';
    raw.behind = raw.behind === true;
  }
  const parsed = commandSchema.safeParse(raw);
  if (parsed.success) return { ok: true, command: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  if (field === 'command' || field === '') return { ok: false, message: `Unknown command ${name}` };
  return { ok: false, message: `--${field} ${issue?.message ?? 'is not valid'}` };
}
