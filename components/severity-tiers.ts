import type { Finding } from '@/utils/analysis/schema';

// What each severity may do to the clinician (docs/clinician-guide.md, "Severity tiers"):
// - critical interrupts: announced at once (assertively) and holds the send for the review;
// - warning stays inline: highlight, panel count (announced politely), and the pre-send review;
// - info is quiet: a dotted underline and a card, never announced on its own, never holds a send.
// Red flags in the patient's message are announced by the context bar above the composer, so the
// panel's assertive announcement covers the reply's own critical findings.

/** Warnings and critical findings hold a send for the pre-send review; notes never do. */
export function holdsSend(finding: Finding): boolean {
  return finding.severity === 'critical' || finding.severity === 'warning';
}

/** The findings the panel's polite count announcement speaks of: notes are quiet. */
export function announcedInCount(findings: readonly Finding[]): Finding[] {
  return findings.filter(holdsSend);
}

/** What the assertive live region says: the reply's critical findings, or null for nothing new. */
export function criticalAnnouncement(findings: readonly Finding[]): string | null {
  const critical = findings.filter((f) => f.severity === 'critical' && f.source === 'reply');
  if (critical.length === 0) return null;
  return `Critical: ${critical.map((f) => f.card.summary).join('; ')}`;
}
