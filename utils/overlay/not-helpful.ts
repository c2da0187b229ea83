import type { Finding } from '@/utils/analysis/schema';
import { auditFeedback } from '@/utils/audit/record';
import type { NotHelpfulReason } from '@/utils/audit/feedback';
import { currentSettings } from '@/utils/settings/live';
import { type Dismissals, dismiss, withoutDismissed } from './dismissals';
import { type ComposerSession, update } from './registry';

// "Not helpful" on a card: audit the reason (codes only; the background writes the entry) and
// dismiss the card for this reply. Every list of findings a composer gets (the engine's and the
// patient-context checks') passes through `hideDismissed`, so the panel, highlights, context bar
// and pre-send review all agree.

const bySession = new WeakMap<ComposerSession, Dismissals>();

function dismissalsOf(session: ComposerSession): Dismissals {
  let dismissals = bySession.get(session);
  if (!dismissals) bySession.set(session, (dismissals = new Set()));
  return dismissals;
}

export function hideDismissed(session: ComposerSession, findings: readonly Finding[], replyText: string): Finding[] {
  return withoutDismissed(dismissalsOf(session), findings, replyText);
}

export function markNotHelpful(session: ComposerSession, findingId: string, reason: NotHelpfulReason): void {
  const finding = session.findings.find((f) => f.id === findingId);
  if (!finding) return;
  auditFeedback(finding, reason, session.kind, currentSettings().reviewMode);
  dismiss(dismissalsOf(session), finding, session.text);
  update(session, { findings: hideDismissed(session, session.findings, session.text) });
}
