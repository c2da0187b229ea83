import type { ReviewDecision } from '@/components/overlay-contract';
import type { Category, Finding } from '../analysis/schema';
import { sendRuntimeMessage } from '../messages/runtime';
import { AUDIT_MESSAGE_TYPE, type RuntimeMessage } from '../messages/schema';
import type { ReviewMode } from '../settings/schema';
import { FEEDBACK_MESSAGE, type FeedbackMessage, type NotHelpfulReason } from './feedback';
import type { AuditAction, AuditEntry } from './schema';

// The content script's side of the audit log: turn a review and the clinician's decision into
// entries (codes only) and hand them to the background, which validates, caps and stores them.
// Auditing must never get in the way of sending, so every failure here is swallowed.

export const AUDIT_MESSAGE = AUDIT_MESSAGE_TYPE;

function post(message: RuntimeMessage): void {
  // A refused entry or a reloaded extension: nothing to record to, and sending goes on.
  sendRuntimeMessage(message).catch(() => {});
}

function send(entry: AuditEntry): void {
  post({ type: AUDIT_MESSAGE, entry });
}

/** Codes per finding; `fromDraft` marks those lying in inserted (draft, paste), never-edited text. */
function findingCodes(findings: readonly Finding[], fromDraft?: ReadonlySet<string>): AuditEntry['findings'] {
  return findings.map(({ id, ruleId, category, severity }) => ({
    ruleId,
    category,
    severity,
    ...(fromDraft?.has(id) ? { fromDraft: true } : {}),
  }));
}

const INTENT_ACTIONS: Partial<Record<string, AuditAction>> = {
  call_instead: 'called-instead',
  add_confirmation: 'added-confirmation',
  emergency_instructions: 'added-emergency-instructions',
};

/** What the clinician did, as an audit action and an optional reason code. */
export function actionOf(decision: ReviewDecision, findings: readonly Finding[]): { action: AuditAction; reasonCode?: string } {
  if (decision.action === 'edit') return { action: 'edited' };
  if (decision.action === 'send-anyway') return { action: 'sent-anyway', reasonCode: decision.reason?.code };
  const suggestion = findings
    .find((f) => f.id === decision.findingId)
    ?.card.suggestions.find((s) => s.uuid === decision.suggestionUuid);
  return { action: INTENT_ACTIONS[suggestion?.intent ?? ''] ?? 'applied-other-fix' };
}

/** Records that a review was shown; returns the function that records the decision on it. */
export function auditReview(
  mode: ReviewMode,
  findings: readonly Finding[],
  composerKind?: string,
  fromDraft?: ReadonlySet<string>,
): (decision: ReviewDecision) => void {
  const reviewId = crypto.randomUUID();
  const shownAt = Date.now();
  const base = { reviewId, origin: location.origin, mode, composerKind, findings: findingCodes(findings, fromDraft) };
  send({ ...base, time: new Date(shownAt).toISOString(), event: 'review-shown' });
  return (decision) => {
    const now = Date.now();
    send({ ...base, ...actionOf(decision, findings), time: new Date(now).toISOString(), event: 'action', elapsedMs: now - shownAt });
  };
}

/** Shadow mode: what would have been reviewed at this send, shown to no one. */
export function auditShadow(findings: readonly Finding[], composerKind?: string, fromDraft?: ReadonlySet<string>): void {
  send({
    reviewId: crypto.randomUUID(),
    origin: location.origin,
    mode: 'shadow',
    composerKind,
    findings: findingCodes(findings, fromDraft),
    time: new Date().toISOString(),
    event: 'shadow',
  });
}

/**
 * The data-loss guard saw patient information on an unapproved site: the care categories and
 * identifier kinds as codes, the origin and the time; never the text.
 */
export function auditDataLossGuard(found: { care: readonly Category[]; identifiers: readonly string[] }, mode: ReviewMode, composerKind: string): void {
  send({
    reviewId: crypto.randomUUID(),
    origin: location.origin,
    mode,
    composerKind,
    findings: [
      ...found.care.map((category) => ({ ruleId: `patient_info.${category}`, category, severity: 'warning' as const })),
      ...found.identifiers.map((kind) => ({ ruleId: `patient_info.identifier_${kind}`, category: 'patient_info' as const, severity: 'warning' as const })),
    ],
    time: new Date().toISOString(),
    event: 'data-loss-guard',
  });
}

/** A composer on a page not secure enough for patient messages: the origin and time only. */
export function auditInsecurePage(mode: ReviewMode): void {
  send({ reviewId: crypto.randomUUID(), origin: location.origin, mode, findings: [], time: new Date().toISOString(), event: 'insecure-page' });
}

/** A card marked "Not helpful"; the background validates the message and writes the entry. */
export function auditFeedback(
  finding: Finding,
  reasonCode: NotHelpfulReason,
  composerKind: string,
  mode: FeedbackMessage['mode'],
): void {
  const { ruleId, category, severity } = finding;
  const message: FeedbackMessage = { type: FEEDBACK_MESSAGE, ruleId, category, severity, reasonCode, composerKind, origin: location.origin, mode };
  post(message);
}
