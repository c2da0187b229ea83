import { z } from 'zod';

// What ReplyGuard keeps in browser storage besides its data: the layout version of storage.local
// and a health record the options page shows. Health notes are codes and counts, never text.

export const STORAGE_VERSION_KEY = 'storageVersion';
/** Bumped with every migration added to migrations.ts. */
export const CURRENT_STORAGE_VERSION = 1;

/** storage.local: what the last start repaired. storage.session: writes that failed (local may be full). */
export const STORAGE_HEALTH_KEY = 'storageHealth';

export const storageNoteSchema = z.strictObject({
  code: z.enum(['settings-reset', 'policy-cache-reset', 'audit-reset', 'audit-dropped', 'loops-reset', 'loops-dropped', 'audit-evicted', 'write-failed', 'newer-version']),
  /** The storage key concerned. */
  key: z.string().regex(/^[A-Za-z]{1,40}$/),
  count: z.number().int().nonnegative().optional(),
  kept: z.number().int().nonnegative().optional(),
});
export type StorageNote = z.infer<typeof storageNoteSchema>;

export const storageHealthSchema = z.strictObject({
  time: z.iso.datetime(),
  notes: z.array(storageNoteSchema).max(50),
});
export type StorageHealth = z.infer<typeof storageHealthSchema>;
