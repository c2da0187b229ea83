import type { Finding } from '../analysis/schema';

// Red flags in the patient's latest message: the engine's urgent findings on that message,
// shown before the clinician types. Emergencies (critical) first.

export function redFlags(findings: readonly Finding[]): Finding[] {
  return findings
    .filter((f) => f.category === 'urgent' && f.source === 'incoming')
    .sort((a, b) => (a.severity === b.severity ? a.start - b.start : a.severity === 'critical' ? -1 : 1));
}
