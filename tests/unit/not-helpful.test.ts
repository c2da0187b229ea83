import { describe, expect, it } from 'vitest';
import { menuIndexAfter } from '../../components/menu-keys';
import type { Finding } from '../../utils/analysis/schema';
import { dismiss, dismissalKey, withoutDismissed } from '../../utils/overlay/dismissals';
import { redFlagFinding, warningFinding } from '../e2e/harness/sample-findings';

// A card marked "Not helpful" stays dismissed for this reply and comes back when its finding
// changes. Findings here are the engine's shape with offsets into the reply text.

const REPLY = 'Hi Sam. Your biopsy showed melanoma. We will call you.';
const at = (text: string, word: string, base: Finding = warningFinding): Finding => {
  const start = text.indexOf(word);
  return { ...base, id: `${base.ruleId}@${start}`, start, end: start + word.length };
};

describe('dismissing a card for this reply', () => {
  it('hides the dismissed finding and keeps the others', () => {
    const dismissals = new Set<string>();
    const melanoma = at(REPLY, 'melanoma');
    const other = at(REPLY, 'biopsy', { ...warningFinding, ruleId: 'result.biopsy' });
    dismiss(dismissals, melanoma, REPLY);
    expect(withoutDismissed(dismissals, [melanoma, other], REPLY)).toEqual([other]);
  });

  it('stays dismissed when typing elsewhere moves the finding', () => {
    const dismissals = new Set<string>();
    dismiss(dismissals, at(REPLY, 'melanoma'), REPLY);
    const edited = `Hello Sam, good to hear from you. ${REPLY}`;
    const moved = at(edited, 'melanoma');
    expect(moved.start).not.toBe(at(REPLY, 'melanoma').start);
    expect(withoutDismissed(dismissals, [moved], edited)).toEqual([]);
  });

  it('comes back when the flagged words change, or for another rule on the same words', () => {
    const dismissals = new Set<string>();
    dismiss(dismissals, at(REPLY, 'melanoma'), REPLY);
    const changed = REPLY.replace('melanoma', 'a melanoma in situ');
    const wider = at(changed, 'a melanoma in situ');
    expect(withoutDismissed(dismissals, [wider], changed)).toEqual([wider]);
    const otherRule = { ...at(REPLY, 'melanoma'), ruleId: 'sensitive.cancer' };
    expect(withoutDismissed(dismissals, [otherRule], REPLY)).toEqual([otherRule]);
  });

  it('forgets every dismissal once the composer is emptied (the reply was sent or cleared)', () => {
    const dismissals = new Set<string>();
    const melanoma = at(REPLY, 'melanoma');
    dismiss(dismissals, melanoma, REPLY);
    expect(withoutDismissed(dismissals, [], '  ')).toEqual([]);
    expect(dismissals.size).toBe(0);
    expect(withoutDismissed(dismissals, [melanoma], REPLY)).toEqual([melanoma]);
  });

  it('keys findings in the patient message by position, since that text is not the reply', () => {
    expect(dismissalKey(redFlagFinding, REPLY)).toBe(dismissalKey(redFlagFinding, `${REPLY} more`));
    expect(dismissalKey(redFlagFinding, REPLY)).not.toBe(dismissalKey({ ...redFlagFinding, start: redFlagFinding.start + 1 }, REPLY));
  });
});

describe('reason menu keys', () => {
  it('moves with arrows (wrapping), Home and End, and ignores other keys', () => {
    expect(menuIndexAfter('ArrowDown', 0, 4)).toBe(1);
    expect(menuIndexAfter('ArrowDown', 3, 4)).toBe(0);
    expect(menuIndexAfter('ArrowUp', 0, 4)).toBe(3);
    expect(menuIndexAfter('Home', 2, 4)).toBe(0);
    expect(menuIndexAfter('End', 0, 4)).toBe(3);
    expect(menuIndexAfter('a', 1, 4)).toBeNull();
    expect(menuIndexAfter('ArrowDown', 0, 0)).toBeNull();
  });
});
