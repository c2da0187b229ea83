import { describe, expect, it } from 'vitest';
import { openLoop } from '../../utils/closed-loop/machine';
import { loopMessageSchema } from '../../utils/closed-loop/messages';
import { validLoops } from '../../utils/closed-loop/store';

const good = openLoop('loop-0001', { thread: { url: 'https://ehr.example.org/t/1' }, categories: ['diagnosis'], language: 'en', sentAt: 1_000 }, 48);

describe('closed-loop storage validation', () => {
  it('keeps valid records and drops damaged ones alone', () => {
    const damaged = { ...good, id: 'loop-0002', dueAt: 'tomorrow' };
    const unknownCategory = { ...good, id: 'loop-0003', categories: ['gossip'] };
    expect(validLoops([good, damaged, unknownCategory, null, 'x'])).toEqual([good]);
    expect(validLoops({ loops: [good] })).toEqual([]);
    expect(validLoops(undefined)).toEqual([]);
  });

  it('accepts only well-formed messages; an opening carries no message text', () => {
    const opening = { thread: good.thread, categories: good.categories, language: 'es', sentAt: 5, text: 'Your biopsy…' };
    const parsed = loopMessageSchema.parse({ type: 'replyguard:loop-open', opening });
    expect(parsed).toEqual({ type: 'replyguard:loop-open', opening: { thread: good.thread, categories: ['diagnosis'], language: 'es', sentAt: 5 } });
    expect(loopMessageSchema.safeParse({ type: 'replyguard:loop-snooze', id: 'a', hours: 0 }).success).toBe(false);
    expect(loopMessageSchema.safeParse({ type: 'replyguard:loop-confirm', id: 'a', at: -1 }).success).toBe(false);
    expect(loopMessageSchema.safeParse({ type: 'replyguard:loop-open', opening: { ...opening, language: 'fr' } }).success).toBe(false);
  });
});
