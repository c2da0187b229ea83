import { z } from 'zod';
import { categorySchema } from '../analysis/schema';

// A closed-loop record: which thread a confirmation request went to, why, and when it is due.
// It never holds message text; the patient label is only what the identifier policy allowed
// when the loop was opened (see identifiers.ts).

export const loopStatusSchema = z.enum(['open', 'snoozed', 'confirmed', 'closed']);
export type LoopStatus = z.infer<typeof loopStatusSchema>;

/** What the clinician sees: `overdue` is derived from the due (or snooze) time. */
export type LoopState = LoopStatus | 'overdue';

export const threadRefSchema = z.object({
  /** The thread's address without query string, as the adapter can find it again. */
  url: z.string().url().max(2048),
});
export type ThreadRef = z.infer<typeof threadRefSchema>;

const time = z.number().int().nonnegative();

export const loopSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{8,64}$/),
  thread: threadRefSchema,
  categories: z.array(categorySchema).max(10),
  language: z.enum(['en', 'es']),
  /** Initials or full name, only as policy allowed; absent for `none`. */
  patient: z.string().min(1).max(120).optional(),
  status: loopStatusSchema,
  sentAt: time,
  dueAt: time,
  snoozedUntil: time.optional(),
  confirmedAt: time.optional(),
  closedAt: time.optional(),
  /** Last reminder shown, so one overdue period raises one notification. */
  notifiedAt: time.optional(),
});
export type Loop = z.infer<typeof loopSchema>;

/** What the content script sends when a reply carrying a request leaves the composer. */
export const loopOpeningSchema = loopSchema.pick({ thread: true, categories: true, language: true, patient: true, sentAt: true });
export type LoopOpening = z.infer<typeof loopOpeningSchema>;
