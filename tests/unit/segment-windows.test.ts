import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intlSegments, splitSentences } from '../../utils/analysis/segment';

// The windowed sentence segmentation must give exactly the segments of one Intl.Segmenter pass
// over the whole text, wherever the windows fall, and stay linear on long inputs.

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const whole = (text: string) => [...segmenter.segment(text)].map(({ segment, index }) => ({ segment, index }));

/** Pieces that exercise UAX #29: terminators, closers, spaces, case, digits, line breaks. */
const piece = fc.constantFrom(
  'a', 'b', 'The', 'pain', 'A', 'X', 'é', 'İ', '1', '42', '3.5', '.', '. ', '!', '?', '...', ')', '"', '”', "'", ' ', '  ',
  '\t', '\n', '\r\n', '\n\n', '-', ',', ';', 'Dr. ', 'e.g. ', '😊', '\u0301', '\u2029', '\u00a0', 'etc. 12 ', '. (', '.) a',
);
const text = fc.array(piece, { maxLength: 400 }).map((parts) => parts.join(''));

describe('intlSegments', () => {
  it('matches one whole-text Intl.Segmenter pass for any window size', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 64 }), (t, window) => {
        expect([...intlSegments(t, window)]).toEqual(whole(t));
      }),
      { numRuns: 400 },
    );
  });

  it('matches on long realistic text with the default window', () => {
    const paragraph = 'Your A1c came back at 9.1. That is high! Dr. Lee wants to start metformin 500 mg (twice daily)... ok?\n';
    const long = paragraph.repeat(300);
    expect([...intlSegments(long)]).toEqual(whole(long));
  });

  it('grows linearly: 8x the text takes well under 8x squared the time', () => {
    const unit = 'The pain is bad. ';
    const time = (n: number) => {
      const t = unit.repeat(Math.ceil(n / unit.length));
      const start = performance.now();
      splitSentences(t);
      return performance.now() - start;
    };
    time(20_000);
    const small = Math.max(time(25_000), 1);
    const large = time(200_000);
    expect(large / small).toBeLessThan(24);
  });
});
