import type { ReviewDecision } from '@/components/overlay-contract';
import type { Finding } from '../analysis/schema';
import { sendRuntimeMessage } from '../messages/runtime';
import { AUDIT_MESSAGE_TYPE } from '../messages/schema';
import type { ReviewMode } from '../settings/schema';
import type { AuditAction, AuditEntry } from './schema';

// The content script's side of the audit log: turn a review and the clinician's decision into
// entries (codes only) and hand them to the background, which validates, caps and stores them.
// Auditing must never get in the way of sending, so every failure here is swallowed.

export const AUDIT_MESSAGE = AUDIT_MESSAGE_TYPE;

function send(entry: AuditEntry): void {
  // A refused entry or a reloaded extension: nothing to record to, and sending goes on.
  sendRuntimeMessage({ type: AUDIT_MESSAGE, entry }).catch(() => {});
}

function findingCodes(findings: readonly Finding[]): AuditEntry['findings'] {
  return findings.map(({ ruleId, category, severity }) => ({ ruleId, category, severity }));
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
export function auditReview(mode: ReviewMode, findings: readonly Finding[]): (decision: ReviewDecision) => void {
  const reviewId = crypto.randomUUID();
  const shownAt = Date.now();
  const base = { reviewId, origin: location.origin, mode, findings: findingCodes(findings) };
  send({ ...base, time: new Date(shownAt).toISOString(), event: 'review-shown' });
  return (decision) => {
    const now = Date.now();
    send({ ...base, ...actionOf(decision, findings), time: new Date(now).toISOString(), event: 'action', elapsedMs: now - shownAt });
  };
}

/** Shadow mode: what would have been reviewed at this send, shown to no one. */
export function auditShadow(findings: readonly Finding[]): void {
  send({
    reviewId: crypto.randomUUID(),
    origin: location.origin,
    mode: 'shadow',
    findings: findingCodes(findings),
    time: new Date().toISOString(),
    event: 'shadow',
  });
}
