import { describe, expect, it } from 'vitest';
import { distinctFixes, findingsToReview, mergedCallInstead } from '../../components/review-choices';
import { analyze } from '../../utils/analysis/analyze';
import { callInsteadText } from '../../utils/analysis/data/card-text';
import type { Edit, Finding, Suggestion } from '../../utils/analysis/schema';
import { applyEditToText } from '../../utils/overlay/edit-text';

// The "call instead" messages the clinician inserts, and the review's one fix for several
// disclosing sentences: kind, plain, saying why live is better, never "I can't answer".

/** Apply every edit of a suggestion as the overlay does: later spans first. */
function applySuggestionTo(text: string, suggestion: Suggestion | undefined): string {
  const edits = (suggestion?.actions ?? []).flatMap((a) => (a.edit ? [a.edit] : []));
  const at = (e: Edit) => (e.kind === 'replace' ? e.start : -1);
  return edits.sort((a, b) => at(b) - at(a)).reduce(applyEditToText, text);
}

const REFUSAL = /\b(?:can(?:no|')t|unable|not able|not allowed|won't be able|am not permitted|policy does not)\b/i;
const WHY = /\b(?:ask(?: anything|) questions|ask anything|safe|privately|stays between us)\b/i;

describe('callInsteadText', () => {
  it.each(Object.entries(callInsteadText))('%s says kindly why a conversation is better', (_kind, text) => {
    expect(text).toMatch(WHY);
    expect(text).not.toMatch(REFUSAL);
    expect(text).toMatch(/\bcall you today\b/);
    expect(text.split(/(?<=[.;])\s+/).every((sentence) => sentence.split(/\s+/).length <= 40)).toBe(true);
  });
});

describe("the review's Offer a call instead", () => {
  const reply =
    'Hi Ms. Rivera, thanks for your patience. Your biopsy showed melanoma. Your A1c came back at 9.1, which is high. We will start metformin 500 mg twice daily. Have a good weekend.';
  const findings = findingsToReview(analyze({ reply }));
  const disclosing = findings.filter((f) => f.card.suggestions.some((s) => s.intent === 'call_instead'));

  it('is one button for several disclosing cards', () => {
    expect(disclosing.length).toBeGreaterThanOrEqual(3);
    const calls = distinctFixes(findings).filter((f) => f.suggestion.intent === 'call_instead');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.merged).toBe(true);
  });

  it('writes one call message and handles every disclosing sentence, leaving the rest as it was', () => {
    const fix = mergedCallInstead(findings);
    const after = applySuggestionTo(reply, fix?.suggestion);
    expect(after).toBe(`Hi Ms. Rivera, thanks for your patience. ${callInsteadText.several} Have a good weekend.`);
  });

  it('keeps a card’s own message when all cards agree, and removes later sentences with their space', () => {
    const text = 'Your A1c came back at 9.1. Thanks for writing. Your LDL came back at 210.';
    const own = findingsToReview(analyze({ reply: text }));
    const after = applySuggestionTo(text, mergedCallInstead(own)?.suggestion);
    expect(after).toBe(`${callInsteadText.result} Thanks for writing.`);
  });

  it('is the card’s own fix when only one card discloses', () => {
    const one = findingsToReview(analyze({ reply: 'Your biopsy showed melanoma. Take care.' }));
    expect(mergedCallInstead(one)).toBeNull();
    const calls = distinctFixes(one).filter((f) => f.suggestion.intent === 'call_instead');
    expect(calls.map((c) => c.merged)).toEqual([undefined]);
  });

  it('leaves the urgent "we are calling you now" as its own choice', () => {
    const withRedFlag = findingsToReview(
      analyze({ reply: 'Your biopsy showed melanoma. Your A1c came back at 9.1.', incoming: 'I have crushing chest pain right now.' }),
    );
    const labels = distinctFixes(withRedFlag).map((f) => f.suggestion.label);
    expect(labels).toContain('Say you are calling now');
    expect(labels.filter((l) => l === 'Offer a call instead')).toHaveLength(1);
  });
});

describe("the review's secure-channel fix", () => {
  it('replaces every insecure channel in one click', () => {
    const reply = 'Email me at jo.lee@gmail.com with questions. If it gets worse, text me at 555-123-4567.';
    const findings: Finding[] = findingsToReview(analyze({ reply }));
    const fixes = distinctFixes(findings).filter((f) => f.suggestion.intent === 'secure_channel');
    expect(fixes).toHaveLength(1);
    expect(applySuggestionTo(reply, fixes[0]?.suggestion)).toBe(
      'Reply here in the portal with questions. If it gets worse, reply here in the portal.',
    );
  });
});
