import { analyze } from './analyze';
import { createDoc } from './document';
import { findPatientIdentifiers, type IdentifierKind } from './patient-identifiers';
import type { Category } from './schema';

// "Does this message look like patient information?" for the data-loss guard on unapproved
// sites: patient-care content (the engine's diagnosis, result, therapy-change and sensitive
// findings, and any named condition or protected topic, whoever it is about and however long
// ago: on personal webmail a colleague's "was diagnosed with melanoma" is still a patient's
// record) together with a patient identifier. Identifiers are looked for first, so ordinary
// mail without one never runs the engine.

export const CARE_CATEGORIES = ['diagnosis', 'result', 'therapy_change', 'sensitive'] as const;
export type CareCategory = (typeof CARE_CATEGORIES)[number];

export interface PatientInfo {
  /** Care categories found, in CARE_CATEGORIES order. */
  care: CareCategory[];
  /** Identifier kinds found, sorted. */
  identifiers: IdentifierKind[];
}

const isCare = (category: Category): category is CareCategory => (CARE_CATEGORIES as readonly Category[]).includes(category);

export function careContent(text: string): CareCategory[] {
  const found = new Set<CareCategory>();
  for (const finding of analyze({ reply: text })) if (isCare(finding.category)) found.add(finding.category);
  const doc = createDoc(text, 'reply');
  for (const mention of doc.conditions) found.add(mention.entry.protected ? 'sensitive' : 'diagnosis');
  if (doc.sensitive.length > 0) found.add('sensitive');
  return CARE_CATEGORIES.filter((category) => found.has(category));
}

/** Patient-care content with a patient identifier, or null. */
export function lookForPatientInfo(text: string, mrnPatterns: readonly RegExp[] = []): PatientInfo | null {
  const identifiers = [...new Set(findPatientIdentifiers(text, mrnPatterns).map((m) => m.kind))].sort();
  if (identifiers.length === 0) return null;
  const care = careContent(text);
  return care.length > 0 ? { care, identifiers } : null;
}
