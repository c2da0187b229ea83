import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEditToText, sameText } from '../../utils/overlay/edit-text';
import { layerSpans, type Span, shiftSpans } from '../../utils/overlay/spans';

const span = (start: number, end: number): Span => ({ start, end, severity: 'warning', findingId: `f${start}` });

describe('shiftSpans', () => {
  const before = 'Start metformin today. Call me.';
  const metformin = span(6, 15);

  it('keeps spans before an edit and shifts spans after it', () => {
    const after = `${before} Thanks!`;
    expect(shiftSpans([metformin], before, after)).toEqual([metformin]);
    const prefixed = `Hi. ${before}`;
    expect(shiftSpans([metformin], before, prefixed)).toEqual([{ ...metformin, start: 10, end: 19 }]);
  });

  it('drops a span the edit touched', () => {
    expect(shiftSpans([metformin], before, before.replace('metformin', 'insulin'))).toEqual([]);
  });

  it('a span that survives an edit still covers the same word', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.string(), fc.string(), fc.nat(), fc.nat(), (pre, word, post, inserted, a, b) => {
        const text = pre + word + post;
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const edited = text.slice(0, from) + inserted + text.slice(to);
        for (const moved of shiftSpans([span(pre.length, pre.length + word.length)], text, edited)) {
          expect(edited.slice(moved.start, moved.end)).toBe(word);
        }
      }),
    );
  });

  it('keeps a span an edit far away from it did not touch', () => {
    const text = 'aaaa melanoma bbbb';
    const edited = text.replace('bbbb', 'cc');
    expect(shiftSpans([span(5, 13)], text, edited)).toHaveLength(1);
  });
});

describe('applyEditToText', () => {
  const text = 'Your biopsy showed melanoma.';
  it('replaces, appends and prepends', () => {
    expect(applyEditToText(text, { kind: 'replace', start: 19, end: 27, text: 'a skin finding' })).toBe(
      'Your biopsy showed a skin finding.',
    );
    expect(applyEditToText(text, { kind: 'append', text: ' Call me.' })).toBe(`${text} Call me.`);
    expect(applyEditToText(text, { kind: 'prepend', text: 'Hi. ' })).toBe(`Hi. ${text}`);
  });
});

describe('sameText', () => {
  it('treats editor no-break spaces, fillers and a trailing newline as equal', () => {
    expect(sameText('a\u00a0b\u2060\n', 'a b')).toBe(true);
    expect(sameText('a b', 'a c')).toBe(false);
  });
});

describe('layerSpans', () => {
  it('puts overlapping spans in separate layers and keeps each layer free of overlaps', () => {
    const spans = [span(5, 27), span(5, 11), span(12, 27), span(29, 63)];
    const layers = layerSpans(spans);
    expect(layers.flat()).toHaveLength(spans.length);
    for (const layer of layers) {
      for (let i = 1; i < layer.length; i++) expect(layer[i]!.start).toBeGreaterThanOrEqual(layer[i - 1]!.end);
    }
    expect(layers).toHaveLength(2);
  });
});
