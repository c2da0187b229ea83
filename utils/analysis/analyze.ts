import { createDoc } from './document';
import { findChannels } from './rules/channel';
import { findDiagnoses } from './rules/diagnosis';
import { findMissingFooter } from './rules/footer';
import { findJargon, findReadingGrade } from './rules/plain-language';
import { findResults } from './rules/result';
import { findSensitive } from './rules/sensitive';
import { findTherapyChanges } from './rules/therapy';
import { findUnansweredRedFlags } from './rules/unanswered';
import { findUrgent } from './rules/urgent';
import type { AnalyzeInput, Finding, Severity } from './schema';

// The engine's entry point: pure and deterministic. Reply rules read the clinician's draft;
// the urgent rule reads the patient's incoming message it answers, and a red flag the reply
// leaves unanswered is marked on the reply.

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function analyze(input: AnalyzeInput): Finding[] {
  const reply = createDoc(input.reply, 'reply');
  const disclosures = [...findResults(reply), ...findDiagnoses(reply), ...findTherapyChanges(reply)];
  const findings = [...disclosures, ...findSensitive(reply, disclosures), ...findJargon(reply), ...findReadingGrade(reply)];
  findings.push(...findMissingFooter(reply, input.organization));
  findings.push(...findChannels(reply, input.organization));
  if (input.incoming) {
    const incoming = createDoc(input.incoming, 'incoming');
    const urgent = findUrgent(incoming);
    findings.push(...urgent, ...findUnansweredRedFlags(reply, incoming, urgent));
  }
  return findings.sort(
    (a, b) =>
      (a.source === b.source ? 0 : a.source === 'incoming' ? -1 : 1) ||
      a.start - b.start ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
