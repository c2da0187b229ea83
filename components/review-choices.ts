import { callInsteadText } from '../utils/analysis/data/card-text';
import type { Edit, Finding, OverrideReason, Suggestion } from '@/utils/analysis/schema';
import { bySeverity, isReviewable } from './severity';

// What the pre-send review offers, derived from the cards of the findings under review. Where
// several cards offer the same kind of rewrite of their own sentence, the review offers one fix
// that handles every one of them: one call message in place of the first disclosing sentence and
// the other disclosing sentences removed, or every insecure channel replaced at once.

/**
 * Suggestion intents worth offering at send time (the ones that change how news is delivered),
 * in the order they are offered: a patient's safety first.
 */
const reviewIntents: readonly Suggestion['intent'][] = [
  'emergency_instructions',
  'call_instead',
  'secure_channel',
  'add_confirmation',
  'add_footer',
];

export interface ReviewFix {
  findingId: string;
  suggestion: Suggestion;
  /** Built by the review from several cards: the overlay applies this suggestion as given. */
  merged?: boolean;
}

export function findingsToReview(findings: readonly Finding[]): Finding[] {
  return findings.filter(isReviewable).sort(bySeverity);
}

type Replace = Extract<Edit, { kind: 'replace' }>;

const replaceOf = (suggestion: Suggestion): Replace | undefined =>
  suggestion.actions.flatMap((a) => (a.edit?.kind === 'replace' ? [a.edit] : []))[0];

/** Each finding's first suggestion of `intent` that rewrites a span of the reply. */
function rewrites(findings: readonly Finding[], intent: Suggestion['intent'], recommendedOnly = false) {
  return findings.flatMap((finding) => {
    const suggestion = finding.card.suggestions.find(
      (s) => s.intent === intent && replaceOf(s) !== undefined && (!recommendedOnly || s.isRecommended),
    );
    return suggestion ? [{ finding, suggestion, edit: replaceOf(suggestion) as Replace }] : [];
  });
}

/** Spans in text order with overlapping or touching ones (gap of at most two spaces) joined. */
function joinSpans(edits: readonly Replace[]): { start: number; end: number; texts: string[] }[] {
  const blocks: { start: number; end: number; texts: string[] }[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = blocks.at(-1);
    if (last && e.start <= last.end + 2) {
      last.end = Math.max(last.end, e.end);
      last.texts.push(e.text);
    } else blocks.push({ start: e.start, end: e.end, texts: [e.text] });
  }
  return blocks;
}

function mergedSuggestion(first: Suggestion, edits: Edit[]): Suggestion {
  return {
    ...first,
    actions: edits.map((edit) => ({ type: 'update' as const, description: first.actions[0]?.description ?? first.label, edit })),
  };
}

/**
 * One "Offer a call instead" for every card that rewrites its sentence as a call: one call
 * message (the cards' own when they agree, else the one for several things) in place of the first
 * disclosing sentence, each later one removed with the space before it. Null when the cards
 * share one sentence: a card's own fix then does it.
 */
export function mergedCallInstead(findings: readonly Finding[]): ReviewFix | null {
  const items = rewrites(findings, 'call_instead');
  const first = items[0];
  const blocks = joinSpans(items.map((i) => i.edit));
  // One sentence (however many cards): its own card's fix already says it all.
  if (!first || new Set(items.map((i) => `${i.edit.start}:${i.edit.end}`)).size < 2) return null;
  const texts = new Set(items.map((i) => i.edit.text));
  const message = texts.size === 1 ? first.edit.text : callInsteadText.several;
  const edits: Edit[] = blocks.map((b, i) =>
    i === 0 ? { kind: 'replace', start: b.start, end: b.end, text: message } : { kind: 'replace', start: Math.max(0, b.start - 1), end: b.end, text: '' },
  );
  return { findingId: first.finding.id, suggestion: mergedSuggestion(first.suggestion, edits), merged: true };
}

/** One "Use the portal instead" that replaces every insecure channel with its card's own fix. */
export function mergedSecureChannel(findings: readonly Finding[]): ReviewFix | null {
  const items = rewrites(findings, 'secure_channel', true);
  const first = items[0];
  if (!first || items.length < 2) return null;
  const edits = items.map((i) => i.edit).filter((e, i, all) => all.findIndex((o) => o.start < e.end && e.start < o.end) === i);
  return { findingId: first.finding.id, suggestion: mergedSuggestion(first.suggestion, edits), merged: true };
}

/**
 * One button per distinct fix: several cards often offer the same "call the patient instead".
 * Only a card's recommended secure-channel fix is offered here (its alternatives stay on the card).
 */
export function distinctFixes(findings: readonly Finding[]): ReviewFix[] {
  const fixes = [mergedCallInstead(findings), mergedSecureChannel(findings)].filter((f): f is ReviewFix => f !== null);
  const covered = new Set(fixes.map((f) => f.suggestion.intent));
  const seen = new Set<string>();
  for (const finding of findings) {
    for (const suggestion of finding.card.suggestions) {
      const key = `${suggestion.intent}\u0000${suggestion.label.trim().toLowerCase()}`;
      if (!reviewIntents.includes(suggestion.intent) || seen.has(key)) continue;
      if (covered.has(suggestion.intent) && replaceOf(suggestion)) continue;
      if (suggestion.intent === 'secure_channel' && !suggestion.isRecommended) continue;
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
