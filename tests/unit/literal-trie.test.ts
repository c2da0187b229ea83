import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLiteralTrie, isGraphemeBoundary } from '../../utils/analysis/literal-trie';

/** Every occurrence by brute force, in the trie's order: by start, shortest first, then as added. */
function bruteForce(text: string, literals: string[], mayStart: (i: number) => boolean) {
  const hits: { start: number; end: number; literal: string; data: number }[] = [];
  for (let start = 0; start < text.length; start++) {
    if (!mayStart(start) || !isGraphemeBoundary(text, start)) continue;
    const here = literals
      .map((literal, data) => ({ literal, data }))
      .filter(({ literal }) => literal !== '' && text.startsWith(literal, start) && isGraphemeBoundary(text, start + literal.length))
      .sort((a, b) => a.literal.length - b.literal.length || a.data - b.data);
    for (const { literal, data } of here) hits.push({ start, end: start + literal.length, literal, data });
  }
  return hits;
}

describe('literal trie', () => {
  it('finds every occurrence a brute-force scan finds, in the same order', () => {
    const alphabet = fc.constantFrom('a', 'b', 'n', 'o', ' ', '-', '\u0301', 'é');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), { maxLength: 8 }), fc.string({ unit: alphabet, maxLength: 40 }), (literals, text) => {
        const trie = createLiteralTrie(literals.map((literal, data) => ({ literal, data })));
        const wordStart = (i: number) => i === 0 || text[i - 1] === ' ';
        expect(trie.findAll(text, () => true)).toEqual(bruteForce(text, literals, () => true));
        expect(trie.findAll(text, wordStart)).toEqual(bruteForce(text, literals, wordStart));
      }),
    );
  });

  it('does not end a literal before a combining mark or inside a surrogate pair', () => {
    const trie = createLiteralTrie([{ literal: 'cafe', data: 0 }, { literal: '\ud83d', data: 1 }]);
    expect(trie.findAll('cafe\u0301 cafe', () => true).map((h) => h.start)).toEqual([6]);
    expect(trie.findAll('\ud83d\ude00', () => true)).toEqual([]);
  });
});
