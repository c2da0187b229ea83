import { z } from 'zod';

// The clinician-facing settings kept in browser.storage.local under `settings`. The enterprise
// policy layer will later merge over these; invalid stored values fall back to defaults.

export const reviewModeSchema = z.enum(['off', 'inform', 'warn', 'require-reason']);

export const settingsSchema = z.object({
  reviewMode: reviewModeSchema.catch('warn').default('warn'),
  /**
   * Robustness testing only: makes the named overlay step throw so the e2e suite can prove that a
   * ReplyGuard failure never blocks typing or sending. Only the extension can write this key.
   */
  faultInjection: z.enum(['analyze', 'highlight', 'send-guard']).optional().catch(undefined),
});
export type Settings = z.infer<typeof settingsSchema>;

export const SETTINGS_KEY = 'settings';

export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}
