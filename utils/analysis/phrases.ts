// Compiles the literal phrase lists in data/ into regular expressions. Phrases are escaped and
// joined longest first, so the alternation prefers "came back at" over "came back"; the only
// repetition is the single whitespace between words, which keeps every pattern linear-time.

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One alternation of the phrases; spaces inside a phrase match any single run of spaces. */
export function alternation(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.toLowerCase()))].sort((a, b) => b.length - a.length);
  return unique.map((p) => escape(p).replace(/ /g, '[ \\t]+')).join('|');
}

const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

/** Whole-word, case-insensitive matcher of any of the phrases (use on case-folded text). */
export function phraseRegex(phrases: readonly string[], flags = 'gu'): RegExp {
  return new RegExp(`${START}(?:${alternation(phrases)})${END}`, flags);
}

/** Every match of a global regex as spans. */
export function findAll(re: RegExp, text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
