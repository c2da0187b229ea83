import type { Finding } from '../analysis/schema';
import type { PatientContext } from './schema';

// Sensitive content in a thread someone else reads: a proxy (parent, guardian, caregiver) or,
// for a patient aged 12-17, a parent whose portal access may include the message. Adolescent
// confidentiality rules vary by state; the clinician decides, ReplyGuard makes sure they see it.

export type ProxyReason = 'proxy' | 'adolescent';

export const ADOLESCENT_AGES = { min: 12, max: 17 } as const;

export function proxyReason(context: Pick<PatientContext, 'proxyReader' | 'ageYears'>): ProxyReason | null {
  if (context.proxyReader) return 'proxy';
  const age = context.ageYears;
  if (age !== null && age >= ADOLESCENT_AGES.min && age <= ADOLESCENT_AGES.max) return 'adolescent';
  return null;
}

/** The reply's sensitive findings that become critical in this thread. */
export function sensitiveForOtherReaders(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.category === 'sensitive' && f.source === 'reply');
}
