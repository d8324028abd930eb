import { z } from 'zod';

/** Who is using the app on this computer. */
export const roleSchema = z.enum(['trainee', 'supervisor', 'educator']);
export type Role = z.infer<typeof roleSchema>;

/**
 * The app's own settings, kept in the data folder (`settings.json`) by the main process, so that
 * they survive a reload or a restart and the main process — not the page — decides what a role
 * may do.
 */
export const settingsSchema = z
  .object({
    /** The role chosen on the first screen; only a trainee may change a portfolio. */
    role: roleSchema,
  })
  .strict();
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { role: 'trainee' };
