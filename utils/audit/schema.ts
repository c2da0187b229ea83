import { z } from 'zod';
import { categorySchema, severitySchema } from '../analysis/schema';
import { reviewModeSchema } from '../settings/schema';

// One audit entry: a review shown, the clinician's action on it, or what shadow mode would have
// shown. Only codes, names and times: every string is pattern-checked so no message text,
// patient name or free-text reason can be stored, whatever the caller passes.

const code = z.string().regex(/^[A-Za-z0-9_.:-]{1,80}$/, 'must be a code (letters, digits, _ . : -)');

export const auditFindingSchema = z.object({
  ruleId: code,
  category: categorySchema,
  severity: severitySchema,
  /** The finding lies in text that was inserted (draft, paste, template) and never edited. */
  fromDraft: z.boolean().optional(),
});

export const auditActionSchema = z.enum([
  'edited',
  'called-instead',
  'added-confirmation',
  'added-emergency-instructions',
  'applied-other-fix',
  'sent-anyway',
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditEntrySchema = z.object({
  time: z.iso.datetime(),
  /**
   * review-shown / action: the pre-send review; shadow: what shadow mode would have shown;
   * feedback: a card marked "Not helpful" (reasonCode says why); data-loss-guard: patient
   * information seen on an unapproved site; insecure-page: a composer on a page not secure enough.
   */
  event: z.enum(['review-shown', 'action', 'shadow', 'feedback', 'data-loss-guard', 'insecure-page']),
  /** Links a review to the action taken on it. */
  reviewId: code,
  /** The EHR origin (scheme, host, port), never a path or query, which may carry identifiers. */
  origin: z.string().regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/),
  mode: reviewModeSchema,
  /** The kind of composer (textarea, quill, ckeditor5, ...). */
  composerKind: code.optional(),
  findings: z.array(auditFindingSchema).max(100),
  action: auditActionSchema.optional(),
  /** The override reason's code (CDS Hooks Coding), never free text. */
  reasonCode: code.optional(),
  /** Milliseconds from the review being shown to the action. */
  elapsedMs: z.number().int().nonnegative().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const AUDIT_KEY = 'auditLog';
