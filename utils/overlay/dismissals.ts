import type { Finding } from '@/utils/analysis/schema';

// Cards a clinician marked "Not helpful" stay dismissed for the reply being written. A finding is
// recognized by its rule and the words it points at, not its offsets, so typing elsewhere in
// the reply keeps it dismissed while changing the flagged words (or a new finding) brings a card
// back. An emptied composer (the reply was sent or cleared) forgets every dismissal. Pure.

export type Dismissals = Set<string>;

/** What identifies a finding for dismissal: rule, concept and the flagged words in the reply. */
export function dismissalKey(finding: Finding, replyText: string): string {
  const where =
    finding.source === 'reply' ? replyText.slice(finding.start, finding.end) : `${finding.start}-${finding.end}`;
  return [finding.ruleId, finding.source, finding.concept ?? '', where].join('\u241f');
}

export function dismiss(dismissals: Dismissals, finding: Finding, replyText: string): void {
  dismissals.add(dismissalKey(finding, replyText));
}

/** The findings still to show for `replyText`; clears `dismissals` when the reply is empty. */
export function withoutDismissed(dismissals: Dismissals, findings: readonly Finding[], replyText: string): Finding[] {
  if (replyText.trim() === '') dismissals.clear();
  if (dismissals.size === 0) return [...findings];
  return findings.filter((f) => !dismissals.has(dismissalKey(f, replyText)));
}
