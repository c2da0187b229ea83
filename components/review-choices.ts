import type { Finding, OverrideReason, Suggestion } from '@/utils/analysis/schema';
import { bySeverity, isReviewable } from './severity';

// What the pre-send review offers, derived from the cards of the findings under review.

/**
 * Suggestion intents worth offering at send time (the ones that change how news is delivered),
 * in the order they are offered: a patient's safety first.
 */
const reviewIntents: readonly Suggestion['intent'][] = ['emergency_instructions', 'call_instead', 'add_confirmation', 'add_footer'];

export interface ReviewFix {
  findingId: string;
  suggestion: Suggestion;
}

export function findingsToReview(findings: readonly Finding[]): Finding[] {
  return findings.filter(isReviewable).sort(bySeverity);
}

/** One button per distinct fix: several cards often offer the same "call the patient instead". */
export function distinctFixes(findings: readonly Finding[]): ReviewFix[] {
  const seen = new Set<string>();
  const fixes: ReviewFix[] = [];
  for (const finding of findings) {
    for (const suggestion of finding.card.suggestions) {
      const key = `${suggestion.intent}\u0000${suggestion.label.trim().toLowerCase()}`;
      if (!reviewIntents.includes(suggestion.intent) || seen.has(key)) continue;
      seen.add(key);
      fixes.push({ findingId: finding.id, suggestion });
    }
  }
  const priority = (fix: ReviewFix) => reviewIntents.indexOf(fix.suggestion.intent);
  return fixes.sort((a, b) => priority(a) - priority(b));
}

/** The union of the cards' override reasons, one per coding (system + code). */
export function overrideReasonsOf(findings: readonly Finding[]): OverrideReason[] {
  const byCoding = new Map<string, OverrideReason>();
  for (const finding of findings) {
    for (const reason of finding.card.overrideReasons) {
      const key = `${reason.system}|${reason.code}`;
      if (!byCoding.has(key)) byCoding.set(key, reason);
    }
  }
  return [...byCoding.values()];
}
