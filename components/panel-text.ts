import type { Finding, Severity } from '@/utils/analysis/schema';
import type { ComposerView } from './overlay-contract';
import { bySeverity, countBySeverity, severityLabel, severityOrder } from './severity';
import { announcedInCount } from './severity-tiers';

// The words the findings panel shows and announces, kept pure so they are tested without a DOM.

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function statusLine(composer: ComposerView, findings: readonly Finding[]): string {
  switch (composer.status) {
    case 'checking':
      return 'Checking this message';
    case 'not-checked':
      return `Not checked: ${composer.statusMessage ?? 'could not read this message box'}`;
    case 'checked':
      return findings.length === 0
        ? 'Checked: nothing to review'
        : `Checked: ${plural(findings.length, 'thing', 'things')} to review`;
  }
}

const countWord: Record<Severity, { one: string; many: string }> = {
  critical: { one: 'critical', many: 'critical' },
  warning: { one: 'warning', many: 'warnings' },
  info: { one: 'note', many: 'notes' },
};

const NO_FINDINGS = 'No findings';
const NOTHING_TO_REVIEW = 'Nothing to review';
const QUIET: ReadonlySet<string> = new Set([NO_FINDINGS, NOTHING_TO_REVIEW]);

/**
 * What the polite live region should say for this state, or null to keep saying what it said
 * (while a check is running the count is in flux and not worth announcing). Notes are quiet:
 * only warnings and critical findings are counted (see severity-tiers.ts).
 */
export function countAnnouncement(composer: ComposerView, allFindings: readonly Finding[]): string | null {
  if (composer.status === 'checking') return null;
  if (composer.status === 'not-checked') return statusLine(composer, allFindings);
  if (allFindings.length === 0) return NO_FINDINGS;
  const findings = announcedInCount(allFindings);
  if (findings.length === 0) return NOTHING_TO_REVIEW;
  const counts = countBySeverity(findings);
  const parts = severityOrder
    .filter((severity) => counts[severity] > 0)
    .map((severity) => plural(counts[severity], countWord[severity].one, countWord[severity].many));
  const incoming = findings.filter((f) => f.source === 'incoming').length;
  const fromPatient = incoming > 0 ? ` (${incoming} in the patient's message)` : '';
  return `${plural(findings.length, 'finding', 'findings')}: ${parts.join(', ')}${fromPatient}`;
}

/**
 * "No findings" and "Nothing to review" are news only after findings were announced: on a clean
 * first check, and between the two (a note came or went), stay quiet.
 */
export function nextAnnouncement(previous: string, candidate: string | null): string {
  if (candidate === null) return previous;
  if (QUIET.has(candidate) && (previous === '' || QUIET.has(previous))) return previous;
  return candidate;
}

export interface FindingGroup {
  key: string;
  title: string;
  findings: Finding[];
}

/** Red flags in the patient's message first, then the reply's findings, most severe first. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const incoming = findings.filter((f) => f.source === 'incoming').sort(bySeverity);
  const reply = findings.filter((f) => f.source === 'reply');
  const groups: FindingGroup[] = [];
  if (incoming.length > 0) groups.push({ key: 'incoming', title: "In the patient's message", findings: incoming });
  for (const severity of severityOrder) {
    const ofSeverity = reply.filter((f) => f.severity === severity);
    if (ofSeverity.length > 0) {
      groups.push({ key: severity, title: `${severityLabel[severity].many} in your reply`, findings: ofSeverity });
    }
  }
  return groups;
}
