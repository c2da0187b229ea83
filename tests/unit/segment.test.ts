import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, splitSentences } from '../../utils/analysis/segment';

const sentences = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('splits ordinary sentences and trims whitespace', () => {
    expect(sentences('No fever.  Cough for two days! Is it worse?')).toEqual(['No fever.', 'Cough for two days!', 'Is it worse?']);
  });

  it('does not break after titles and Latin abbreviations before a capital', () => {
    expect(sentences('Seen by Dr. Smith today. Try e.g. Tylenol first. Take it b.i.d. Then rest.')).toEqual([
      'Seen by Dr. Smith today.',
      'Try e.g. Tylenol first.',
      'Take it b.i.d. Then rest.',
    ]);
    expect(sentences('Mrs. Jones and Mr. Lee vs. St. Paul clinic.')).toEqual(['Mrs. Jones and Mr. Lee vs. St. Paul clinic.']);
  });

  it('breaks at blank lines, bullets and sign-offs', () => {
    expect(sentences('Your labs look good\n\nThe x-ray is normal\n- keep taking metformin\n- recheck in May\nThanks,\nDr. Lee')).toEqual([
      'Your labs look good',
      'The x-ray is normal',
      '- keep taking metformin',
      '- recheck in May',
      'Thanks,',
      'Dr. Lee',
    ]);
  });

  it('joins a hard-wrapped line that continues in lowercase', () => {
    expect(sentences('The lungs are clear, no wheezes or\nrales. Heart regular.')).toEqual(['The lungs are clear, no wheezes or\nrales.', 'Heart regular.']);
  });

  it('keeps UTF-16 offsets into the original text with emoji', () => {
    const text = 'Great news 🎉! No cancer 😊. Call me.';
    const spans = splitSentences(text);
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(['Great news 🎉!', 'No cancer 😊.', 'Call me.']);
    expect(spans[1]?.start).toBe(text.indexOf('No cancer'));
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});

describe('sentenceIndexAt', () => {
  it('finds the sentence containing an offset, or the one before a gap', () => {
    const spans = splitSentences('One here. Two here.');
    expect(sentenceIndexAt(spans, 0)).toBe(0);
    expect(sentenceIndexAt(spans, 9)).toBe(0);
    expect(sentenceIndexAt(spans, 10)).toBe(1);
    expect(sentenceIndexAt([], 3)).toBe(-1);
  });
});

describe('missing space after a period', () => {
  it('breaks between two words joined by a period', () => {
    expect(sentences('Denies pain.Fever today. Seen at 9 a.m.Then home.')).toEqual(['Denies pain.', 'Fever today.', 'Seen at 9 a.m.Then home.']);
  });
});
