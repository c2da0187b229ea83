import { describe, expect, it } from 'vitest';
import { createFrameMatcher } from '../../utils/analysis/frames';
import { redFlagFrames } from '../../utils/analysis/lexicons';
import { foldCase, normalizePunctuation } from '../../utils/analysis/matcher';
import { splitSentences } from '../../utils/analysis/segment';

// Frames match a symptom word and a qualifier in one sentence, in any order and wording.

const matcher = createFrameMatcher(redFlagFrames);
const ids = (text: string) =>
  matcher.find(foldCase(normalizePunctuation(text)), splitSentences(text)).map((m) => m.data.id);

describe('red-flag frames', () => {
  it.each([
    ['My chest feels really tight and heavy', 'chest-pain'],
    ['there is a crushing pressure in my chest', 'chest-pain'],
    ["I can't catch my breath walking to the bathroom", 'trouble-breathing'],
    ['his lips look kind of blue', 'cyanosis'],
    ['her mouth is drooping on the left', 'stroke-face'],
    ['my words are all jumbled when I try to talk', 'stroke-speech'],
    ['throwing up what looks like coffee grounds', 'vomiting-blood'],
    ['my poop is black and sticky', 'gi-bleed'],
    ['the nosebleed has been pouring blood for an hour', 'heavy-bleeding'],
    ['my tongue feels swollen after the new antibiotic', 'anaphylaxis'],
    ['everyone would be better off without me', 'suicidal-wish'],
    ["honestly I don't see the point anymore", 'suicidal-hopeless'],
    ['my 3 week old has a temp of 100.6', 'infant-fever'],
    ['4 days after surgery my calf is swollen and hurts', 'dvt-signs'],
    ['I can barely pee since this morning', 'urinary-retention'],
    ['My toddler swallowed a button battery', 'ingestion'],
  ])('finds "%s"', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    'My chest x-ray is scheduled for Tuesday. My knee pain is better.',
    'This heat is killing me, can I move my appointment?',
    'I am dying to know my results.',
    'Can I get a refill of my blood pressure medicine?',
    'My mouth is dry from the new medicine.',
    'I need a form for my chest physical therapy.',
  ])('stays quiet on "%s"', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('keeps a frame inside one sentence', () => {
    expect(ids('My chest x-ray was fine. The pain in my knee is worse.')).toEqual([]);
  });

  it('runs in linear time on long adversarial text', () => {
    const text = 'chest '.repeat(20_000) + 'pain. '.repeat(20_000);
    const started = performance.now();
    ids(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
