import { createLiteralTrie, type LiteralTrie } from './literal-trie';

// Whole-word lexicon matching over a text in one pass (a trie walked from each word start), with
// UTF-16 offsets into the original text. Terms match case-insensitively, except short acronyms written with two or
// more capitals ("ALT", "CT", "PE", "PrEP"), which must match exactly so "pe" in "recipe", "add"
// in prose or a colonoscopy "prep" never match.

export interface TermMatch<T> {
  start: number;
  end: number;
  data: T;
}

export interface TermMatcher<T> {
  /** `prepared` is `foldCase(normalizePunctuation(text))` when the caller already has it. */
  find(text: string, prepared?: string): TermMatch<T>[];
}

const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9]{1,4}$/;

/** Lowercase code unit by code unit so offsets stay those of the original text. */
export function foldCase(text: string): string {
  // Lowercasing only ever lengthens a string (İ -> i̇), so an equal length means aligned offsets.
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

/** Typographic apostrophes and dashes are matched as their ASCII forms. */
export function normalizePunctuation(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2014]/g, '-');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(ch);
}

/** End of the match including an allowed plural suffix, or -1 when the match ends inside a word. */
function wordEnd(text: string, end: number): number {
  if (!isWordChar(text[end])) return end;
  for (const suffix of ['s', 'es']) {
    const after = end + suffix.length;
    if (text.slice(end, after).toLowerCase() === suffix && !isWordChar(text[after])) return after;
  }
  return -1;
}

/** Keep the longest match at each start, then drop matches overlapping an earlier kept one. */
export function longestNonOverlapping<T>(matches: TermMatch<T>[]): TermMatch<T>[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch<T>[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.start >= reach) {
      kept.push(m);
      reach = m.end;
    }
  }
  return kept;
}

export function createTermMatcher<T>(entries: readonly { terms: readonly string[]; data: T }[]): TermMatcher<T> {
  const grouped = createGroupedTermMatcher({ all: entries });
  return { find: (text, prepared) => grouped.find(text, prepared).all };
}

export interface GroupedTermMatcher<G extends string, T> {
  /** Each group's matches, exactly as a matcher of that group alone would find them. */
  find(text: string, prepared?: string): Record<G, TermMatch<T>[]>;
}

/**
 * Several lexicons matched in one pass: one automaton holds every group's terms, and the hits
 * are split by group before overlaps are resolved, so each group sees only its own matches.
 */
export function createGroupedTermMatcher<G extends string, T>(
  groups: Record<G, readonly { terms: readonly string[]; data: T }[]>,
): GroupedTermMatcher<G, T> {
  type Tagged = { group: G; data: T };
  const names = Object.keys(groups) as G[];
  const folded: { pattern: string; data: Tagged }[] = [];
  const exact: { pattern: string; data: Tagged }[] = [];
  for (const group of names) {
    for (const entry of groups[group]) {
      for (const term of entry.terms) {
        const pattern = normalizePunctuation(term);
        if (ACRONYM.test(pattern)) exact.push({ pattern, data: { group, data: entry.data } });
        else folded.push({ pattern: foldCase(pattern), data: { group, data: entry.data } });
      }
    }
  }
  const trie = (entries: { pattern: string; data: Tagged }[]): LiteralTrie<Tagged> | null =>
    entries.length ? createLiteralTrie(entries.map(({ pattern, data }) => ({ literal: pattern, data }))) : null;
  const foldedTrie = trie(folded);
  const exactTrie = trie(exact);

  return {
    find(text, prepared) {
      const normalized = normalizePunctuation(text);
      const wordStart = (index: number) => !isWordChar(normalized[index - 1]);
      const raw = [
        ...(foldedTrie ? foldedTrie.findAll(prepared ?? foldCase(normalized), wordStart) : []),
        ...(exactTrie ? exactTrie.findAll(normalized, wordStart) : []),
      ];
      const hits = Object.fromEntries(names.map((g) => [g, [] as TermMatch<T>[]])) as Record<G, TermMatch<T>[]>;
      for (const m of raw) {
        const end = wordEnd(normalized, m.end);
        if (end < 0) continue;
        const { group, data } = m.data as Tagged;
        hits[group].push({ start: m.start, end, data });
      }
      for (const g of names) hits[g] = longestNonOverlapping(hits[g]);
      return hits;
    },
  };
}
