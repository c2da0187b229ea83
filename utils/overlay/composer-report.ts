import { z } from 'zod';
import type { ComposerSession } from './registry';

// The popup's question to a tab's content scripts ("which composers do you see, and are you
// checking them?") and their answer. Codes and counts only, never message text; both sides
// validate what they receive.

export const COMPOSERS_REQUEST = 'replyguard:composers';

export const composersRequestSchema = z.object({ type: z.literal(COMPOSERS_REQUEST) });

export const composerReportSchema = z.object({
  kind: z.enum(['textarea', 'contenteditable', 'quill', 'ckeditor', 'tinymce', 'prosemirror', 'iframe', 'shadow']),
  status: z.enum(['checking', 'checked', 'not-checked']),
  /** Why it is not checked, in plain words (ReplyGuard's own messages, never page text). */
  statusMessage: z.string().max(200).optional(),
  /** Warnings and critical findings in the reply, which would hold a send for review. */
  toReview: z.number().int().nonnegative(),
  focused: z.boolean(),
});
export type ComposerReport = z.infer<typeof composerReportSchema>;

export const composersResponseSchema = z.object({ composers: z.array(composerReportSchema).max(100) });
export type ComposersResponse = z.infer<typeof composersResponseSchema>;

const KIND_LABELS: Record<ComposerReport['kind'], string> = {
  textarea: 'Plain text box',
  contenteditable: 'Rich text box',
  quill: 'Quill editor',
  ckeditor: 'CKEditor',
  tinymce: 'TinyMCE editor',
  prosemirror: 'Tiptap / ProseMirror editor',
  iframe: 'Editor in a frame',
  shadow: 'Text box in a page component',
};

export const kindLabel = (kind: ComposerReport['kind']): string => KIND_LABELS[kind];

export function reportOf(session: ComposerSession, focused: ComposerSession | null): ComposerReport {
  const toReview = session.findings.filter((f) => f.source === 'reply' && f.severity !== 'info').length;
  return {
    kind: session.kind,
    status: session.status,
    ...(session.statusMessage ? { statusMessage: session.statusMessage } : {}),
    toReview,
    focused: session === focused,
  };
}
