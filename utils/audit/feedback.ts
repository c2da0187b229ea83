import { z } from 'zod';
import { type AuditEntry, auditEntrySchema, auditFindingSchema } from './schema';

// "Not helpful" feedback on a card: the reasons offered, the message the content script sends,
// and the audit entry the background makes of it. Codes only: the clinician picks a reason from
// a fixed list and no free text is ever taken, so nothing identifying can reach the log.

export const notHelpfulReasonSchema = z.enum(['wrong', 'discussed-by-phone', 'asked-in-writing', 'other']);
export type NotHelpfulReason = z.infer<typeof notHelpfulReasonSchema>;

/** The reasons in the order the card offers them, with the words it shows. */
export const NOT_HELPFUL_REASONS: readonly { code: NotHelpfulReason; label: string }[] = [
  { code: 'wrong', label: 'Wrong: not what the message says' },
  { code: 'discussed-by-phone', label: 'Already discussed by phone' },
  { code: 'asked-in-writing', label: 'Patient asked for it in writing' },
  { code: 'other', label: 'Other reason' },
];

export const FEEDBACK_MESSAGE = 'replyguard:feedback';

/** What the content script sends for one card marked "Not helpful". */
export const feedbackMessageSchema = z.object({
  type: z.literal(FEEDBACK_MESSAGE),
  ruleId: auditFindingSchema.shape.ruleId,
  category: auditFindingSchema.shape.category,
  severity: auditFindingSchema.shape.severity,
  reasonCode: notHelpfulReasonSchema,
  composerKind: auditEntrySchema.shape.composerKind.unwrap(),
  origin: auditEntrySchema.shape.origin,
  mode: z.enum(['off', 'inform', 'warn', 'require-reason']),
});
export type FeedbackMessage = z.infer<typeof feedbackMessageSchema>;

/** The audit entry for a valid feedback message, or null when the message does not validate. */
export function feedbackEntry(message: unknown, now: Date, id: string): AuditEntry | null {
  const parsed = feedbackMessageSchema.safeParse(message);
  if (!parsed.success) return null;
  const { ruleId, category, severity, reasonCode, composerKind, origin, mode } = parsed.data;
  return {
    time: now.toISOString(),
    event: 'feedback',
    reviewId: id,
    origin,
    mode,
    composerKind,
    findings: [{ ruleId, category, severity }],
    reasonCode,
  };
}
