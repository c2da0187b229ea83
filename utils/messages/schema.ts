import { z } from 'zod';
import { FEEDBACK_MESSAGE, feedbackMessageSchema } from '../audit/feedback';
import { auditEntrySchema } from '../audit/schema';
import { loopMessageSchema } from '../closed-loop/messages';
import { loopSchema } from '../closed-loop/schema';

// Every runtime message between ReplyGuard's own contexts (content script, popup, options ->
// background), as one zod union. Each side validates what it receives: the background before it
// acts, the content script before it trusts a reply. Web pages cannot reach runtime messaging at
// all (no `externally_connectable`); these schemas are the check for everything that can.

export const AUDIT_MESSAGE_TYPE = 'replyguard:audit';
export const SYNC_MESSAGE_TYPE = 'replyguard:sync';

export const auditMessageSchema = z.strictObject({ type: z.literal(AUDIT_MESSAGE_TYPE), entry: auditEntrySchema });
export const syncMessageSchema = z.strictObject({ type: z.literal(SYNC_MESSAGE_TYPE) });

export const LOAD_OVERLAY_UI_TYPE = 'replyguard:load-overlay-ui';
/** A content script asks the background to inject the React overlay into its frame. */
export const loadOverlayUiMessageSchema = z.strictObject({ type: z.literal(LOAD_OVERLAY_UI_TYPE) });

/** Messages the background's own listener (audit log, feedback, content-script sync) handles. */
export const backgroundMessageSchema = z.discriminatedUnion('type', [auditMessageSchema, feedbackMessageSchema, syncMessageSchema]);
export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;

export const runtimeMessageSchema = z.discriminatedUnion('type', [
  auditMessageSchema,
  feedbackMessageSchema,
  syncMessageSchema,
  loadOverlayUiMessageSchema,
  ...loopMessageSchema.options,
]);
export type RuntimeMessage = z.infer<typeof runtimeMessageSchema>;

/** The background's answer to `replyguard:loops-for-thread`. */
export const loopsReplySchema = z.array(loopSchema);

/** The answer to any handled message that failed validation or threw. */
export const errorReplySchema = z.strictObject({ error: z.string() });

export const isBackgroundMessage = (message: unknown): boolean => {
  const type = (message as { type?: unknown } | null)?.type;
  return type === AUDIT_MESSAGE_TYPE || type === FEEDBACK_MESSAGE || type === SYNC_MESSAGE_TYPE;
};
