import { z } from 'zod';
import { zodFieldIssues } from '../ipc/dispatch';

const argsSchema = z
  .object({
    port: z.coerce.number().int().min(0).max(65535).default(5178),
    exitWithParent: z.boolean().default(false),
    /** Open the address in the system's browser once serving (`npm start` asks for this). */
    open: z.boolean().default(false),
    /**
     * Start the main process's clock at this instant (it then runs on as usual). For end-to-end
     * tests, so that dates they type stay in the past whenever they run. Never used by the app.
     */
    now: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

/** Validates the harness's command line; unknown flags are refused by name. */
export function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--port') raw.port = argv[(i += 1)];
    else if (arg === '--exit-with-parent') raw.exitWithParent = true;
    else if (arg === '--open') raw.open = true;
    else if (arg === '--now') raw.now = argv[(i += 1)];
    else raw[String(arg)] = true;
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = zodFieldIssues(parsed.error).map((f) => `${f.path}: ${f.message}`);
    throw new Error(`Invalid arguments — ${problems.join('; ')}`);
  }
  return parsed.data;
}
