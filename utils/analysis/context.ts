import { type ContextCategory, type ContextRule, expandRuleFile } from './context-rule-schema';
import { contextRuleFile } from './context-rules';
import { createLiteralTrie, type LiteralTrie } from './literal-trie';
import { createPrefilter, type Prefilter } from './prefilter';
import type { ContextResult } from './schema';
import { createIntervalIndex } from './span-index';
import { sentenceIndexAt, splitSentences, type TextSpan } from './segment';

// ConText (Harkema et al. 2009) with medspaCy's semantics: modifiers are matched once per text,
// each gets a scope inside its sentence (cut by TERMINATE terms, by modifiers of its own category
// and by its terminating types), and a target takes, per group, the nearest modifier whose scope
// covers it. Pure and deterministic; matching is one trie walk plus linear regexes.

export type ContextAssessment = ContextResult & {
  /** POSSIBLE_EXISTENCE in scope ("may be", "could be", "possible"). */
  uncertain: boolean;
  /** Hypothetical because of a conditional or a future test. */
  conditional: boolean;
  /** The patient's own words / patient-reported. */
  reported: boolean;
  /** Modifiers that apply to the target, for explanations and debugging. */
  modifiers: { category: string; start: number; end: number }[];
};

type Group = 'certainty' | 'temporality' | 'experiencer' | 'reported' | 'pseudo' | 'terminate';

const GROUP: Record<ContextCategory, Group> = {
  NEGATED_EXISTENCE: 'certainty',
  POSSIBLE_EXISTENCE: 'certainty',
  DEFINITE_EXISTENCE: 'certainty',
  HISTORICAL: 'temporality',
  HYPOTHETICAL: 'temporality',
  CURRENT: 'temporality',
  FAMILY: 'experiencer',
  OTHER_EXPERIENCER: 'experiencer',
  PATIENT_EXPERIENCER: 'experiencer',
  PATIENT_REPORTED: 'reported',
  PSEUDO: 'pseudo',
  TERMINATE: 'terminate',
};

export type CompiledContextRules = {
  rules: readonly ContextRule[];
  /** Per rule, the categories that end its scope: built once, shared by its modifiers (`merge` replaces a set, never changes one). */
  terminators: readonly ReadonlySet<ContextCategory>[];
  /** Literals that start with a word character (found only where a word starts) and the others. */
  wordLiterals: LiteralTrie<number>;
  otherLiterals: LiteralTrie<number>;
  patterns: readonly { regex: RegExp; rule: number }[];
  /** Which patterns may match a text, so the others are not run. */
  prefilter: Prefilter;
};

/** Validate and compile a rule file (the default one unless a policy supplies another). */
export function compileContextRules(raw: unknown = contextRuleFile): CompiledContextRules {
  const { rules, terminatingTypes } = expandRuleFile(raw);
  const literals: { literal: string; data: number }[] = [];
  const patterns: { regex: RegExp; rule: number }[] = [];
  rules.forEach((rule, index) => {
    if (rule.pattern === undefined) literals.push({ literal: rule.literal, data: index });
    else patterns.push({ regex: new RegExp(rule.pattern, 'gu'), rule: index });
  });
  return {
    rules,
    terminators: rules.map((rule) => new Set([rule.category, ...(terminatingTypes[rule.category] ?? []), ...(rule.terminated_by ?? [])])),
    wordLiterals: createLiteralTrie(literals.filter(({ literal }) => isWord(literal[0]))),
    otherLiterals: createLiteralTrie(literals.filter(({ literal }) => !isWord(literal[0]))),
    patterns,
    prefilter: createPrefilter(patterns.map(({ regex }) => regex.source)),
  };
}

let defaultRules: CompiledContextRules | undefined;

/** A modifier found in the text, after overlap pruning, with its scope. */
type Modifier = {
  category: ContextCategory;
  start: number;
  end: number;
  /** Max scope in tokens forward/backward; null means no scope on that side. */
  forward: number | null;
  backward: number | null;
  terminatedBy: ReadonlySet<ContextCategory>;
  allowedTypes?: readonly string[];
  scopeIsMatch: boolean;
  sentence: number;
  scopeStart: number;
  scopeEnd: number;
};

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|\S/gu;
const SECOND_PERSON = /\byou(?:r|rs|rself|'re|'ve|'ll|'d)?\b/u;

/** Text whose lowercase is the same, code point by code point, as that of the whole string. */
const LATIN1_OR_QUOTES = /^[\u0000-\u00ff\u2018\u2019]*$/u;

/** Lowercase without changing UTF-16 length, and straighten apostrophes, so offsets carry over. */
function fold(text: string): string {
  if (LATIN1_OR_QUOTES.test(text)) return text.toLowerCase().replace(/[\u2018\u2019]/gu, "'");
  let out = '';
  for (const ch of text) {
    if (ch === '’' || ch === '‘') out += "'";
    else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}

function isWord(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95;
  return WORD_CHAR.test(ch);
}

/** Literal matches must sit on word boundaries wherever the literal itself starts/ends with a word character. */
function onBoundary(folded: string, literal: string, start: number, end: number): boolean {
  if (isWord(literal[0]) && isWord(folded[start - 1])) return false;
  return !(isWord(literal.at(-1)) && isWord(folded[end]));
}

type RawMatch = { rule: number; start: number; end: number };

const anywhere = () => true;

function findMatches(folded: string, compiled: CompiledContextRules): RawMatch[] {
  const secondPerson = SECOND_PERSON.test(folded.replaceAll('thank you', ''));
  const matches: RawMatch[] = [];
  const keep = (rule: number, start: number, end: number) => {
    const r = compiled.rules[rule];
    if (r && (!r.second_person_only || secondPerson)) matches.push({ rule, start, end });
  };
  const wordStart = (index: number) => !isWord(folded[index - 1]);
  const hits = [...compiled.wordLiterals.findAll(folded, wordStart), ...compiled.otherLiterals.findAll(folded, anywhere)];
  for (const m of hits) {
    if (onBoundary(folded, m.literal, m.start, m.end)) keep(m.data, m.start, m.end);
  }
  const candidates = compiled.prefilter.candidates(folded);
  for (const [i, { regex, rule }] of compiled.patterns.entries()) {
    if (!candidates[i]) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(folded); m !== null; m = regex.exec(folded)) {
      if (m[0].length === 0) regex.lastIndex++;
      else keep(rule, m.index, m.index + m[0].length);
    }
  }
  return matches;
}

function toModifier(rule: ContextRule, start: number, end: number, terminatedBy: ReadonlySet<ContextCategory>): Modifier {
  const scope = rule.max_scope ?? Number.POSITIVE_INFINITY;
  const d = rule.direction;
  return {
    category: rule.category,
    start,
    end,
    forward: d === 'FORWARD' || d === 'BIDIRECTIONAL' ? scope : null,
    backward: d === 'BACKWARD' || d === 'BIDIRECTIONAL' ? scope : null,
    terminatedBy,
    allowedTypes: rule.allowed_types,
    scopeIsMatch: rule.scope_is_match ?? false,
    sentence: -1,
    scopeStart: start,
    scopeEnd: end,
  };
}

const maxScope = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

const pseudoFirst = (a: Modifier, b: Modifier) => Number(b.category === 'PSEUDO') - Number(a.category === 'PSEUDO');

/** Merge `m` into the kept modifier `k` of the same span and category (their directions and terminators combine). */
function merge(k: Modifier, m: Modifier): void {
  k.forward = maxScope(k.forward, m.forward);
  k.backward = maxScope(k.backward, m.backward);
  k.terminatedBy = new Set([...k.terminatedBy, ...m.terminatedBy]);
}

/**
 * Longest match wins where matches overlap (so "no increase" silences "no", and "your mother"
 * silences "your"); the same span found by rules of one category merges their directions; the
 * same span in different categories keeps both unless one is PSEUDO. Quotations only mark a
 * span and never silence the modifiers inside them.
 *
 * Kept spans never overlap each other (only identical spans are kept twice), and every later
 * candidate is no longer than them, so a per-character owner array answers "does it overlap a
 * kept span" in time linear in the candidate's length: O(n log n) for the sort, linear after.
 */
function prune(candidates: Modifier[], length: number): Modifier[] {
  const quotes = candidates.filter((m) => m.scopeIsMatch);
  const ordered = candidates
    .filter((m) => !m.scopeIsMatch)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || pseudoFirst(a, b));
  const kept: Modifier[] = [];
  /** For each character, the kept modifiers whose span covers it (-1: none), as an index into `spans`. */
  const owner = new Int32Array(length + 1).fill(-1);
  const spans: Modifier[][] = [];
  for (const m of ordered) {
    const at = owner[m.start] ?? -1;
    const same = at >= 0 ? (spans[at] as Modifier[]) : undefined;
    const first = same?.[0];
    if (first && first.start === m.start && first.end === m.end) {
      // The same span: merge into a kept one of the same category, lose to a PSEUDO, else keep both.
      const twin = same.find((k) => k.category === m.category || k.category === 'PSEUDO');
      if (twin?.category === m.category) merge(twin, m);
      if (twin) continue;
      same.push(m);
      kept.push(m);
      continue;
    }
    let overlapping = false;
    for (let i = m.start; i < m.end && !overlapping; i++) overlapping = (owner[i] ?? -1) >= 0;
    if (overlapping) continue;
    owner.fill(spans.length, m.start, m.end);
    spans.push([m]);
    kept.push(m);
  }
  return [...kept, ...quotes].sort((a, b) => a.start - b.start || a.end - b.end);
}

type Tokens = { starts: number[]; ends: number[] };

function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(TOKEN)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/** First index i with values[i] >= x. */
function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** End offset of the `count`-th token starting at or after `offset`. */
function endAfterTokens(tokens: Tokens, offset: number, count: number): number {
  if (!Number.isFinite(count)) return Number.POSITIVE_INFINITY;
  return tokens.ends[lowerBound(tokens.starts, offset) + count - 1] ?? Number.POSITIVE_INFINITY;
}

/** Start offset of the `count`-th token ending at or before `offset`, counting backwards. */
function startBeforeTokens(tokens: Tokens, offset: number, count: number): number {
  if (!Number.isFinite(count)) return Number.NEGATIVE_INFINITY;
  return tokens.starts[lowerBound(tokens.ends, offset + 1) - count] ?? Number.NEGATIVE_INFINITY;
}

/** Give each modifier its scope within its sentence, cut by the first terminator on each side. */
function assignScopes(modifiers: Modifier[], sentences: readonly TextSpan[], tokens: Tokens): void {
  for (const m of modifiers) m.sentence = sentenceIndexAt(sentences, m.start);
  const cuts = (m: Modifier, other: Modifier) =>
    !other.scopeIsMatch && (other.category === 'TERMINATE' || m.terminatedBy.has(other.category));
  modifiers.forEach((m, i) => {
    const sentence = sentences[m.sentence];
    if (m.scopeIsMatch || !sentence) return;
    if (m.forward !== null) {
      let end = Math.min(sentence.end, endAfterTokens(tokens, m.end, m.forward));
      for (let j = i + 1; j < modifiers.length; j++) {
        const other = modifiers[j];
        if (!other || other.sentence !== m.sentence || other.start >= end) break;
        if (other.start >= m.end && cuts(m, other)) {
          end = other.start;
          break;
        }
      }
      m.scopeEnd = Math.max(m.end, end);
    }
    if (m.backward !== null) {
      let start = Math.max(sentence.start, startBeforeTokens(tokens, m.start, m.backward));
      for (let j = i - 1; j >= 0; j--) {
        const other = modifiers[j];
        if (!other || other.sentence !== m.sentence) break;
        if (other.end <= m.start && other.end > start && cuts(m, other)) {
          start = other.end;
          break;
        }
      }
      m.scopeStart = Math.min(m.start, start);
    }
  });
}

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number) =>
  aStart === aEnd ? bStart <= aStart && aStart < bEnd : aStart < bEnd && bStart < aEnd;

function distance(m: Modifier, start: number, end: number): number {
  return Math.max(0, start >= m.end ? start - m.end : m.start - end);
}

type Index = {
  sentences: readonly TextSpan[];
  /** Per sentence: its modifiers whose scope meets [from, to), in text order. */
  bySentence: readonly ((from: number, to: number) => Modifier[])[];
  quotes: readonly Modifier[];
};

function assessWith({ sentences, bySentence, quotes }: Index, start: number, end: number, type?: string): ContextAssessment {
  const sentence = sentenceIndexAt(sentences, start);
  // Quotations may span sentences, so they are checked wherever they start.
  // Only modifiers whose scope (which holds their own span) meets the target can apply; a
  // zero-length target meets a scope that contains its offset.
  const inSentence = bySentence[sentence]?.(start, start === end ? start + 1 : end) ?? [];
  const candidates = [...inSentence, ...quotes.filter((m) => m.sentence !== sentence)];
  const applying = candidates.filter(
    (m) =>
      GROUP[m.category] !== 'terminate' &&
      (m.allowedTypes === undefined || (type !== undefined && m.allowedTypes.includes(type))) &&
      // A modifier inside the target is part of its name ("non-Hodgkin lymphoma"); one that
      // reaches into it ("no acute | acute ischemic changes") or around it still applies.
      !(start <= m.start && m.end <= end && start < end) &&
      (overlaps(start, end, m.scopeStart, m.scopeEnd) || overlaps(start, end, m.start, m.end)),
  );
  const nearest = (group: Group) => {
    let best: Modifier | undefined;
    for (const m of applying) {
      if (GROUP[m.category] === group && (!best || distance(m, start, end) < distance(best, start, end))) best = m;
    }
    return best?.category;
  };
  const certainty = nearest('certainty');
  const temporal = nearest('temporality');
  const experiencer = nearest('experiencer');
  return {
    negated: certainty === 'NEGATED_EXISTENCE',
    temporality: temporal === 'HISTORICAL' ? 'historical' : temporal === 'HYPOTHETICAL' ? 'hypothetical' : 'recent',
    experiencer: experiencer === 'FAMILY' || experiencer === 'OTHER_EXPERIENCER' ? 'other' : 'patient',
    uncertain: applying.some((m) => m.category === 'POSSIBLE_EXISTENCE'),
    conditional: temporal === 'HYPOTHETICAL',
    reported: applying.some((m) => m.category === 'PATIENT_REPORTED'),
    modifiers: applying.map(({ category, start: s, end: e }) => ({ category, start: s, end: e })),
  };
}

/**
 * Index a whole text once (sentences + modifier matches), then assess many spans cheaply.
 * `sentences` are `splitSentences(text)` when the caller already has them.
 */
export function createContext(
  text: string,
  rules?: CompiledContextRules,
  sentences: readonly TextSpan[] = splitSentences(text),
): { assess(start: number, end: number, type?: string): ContextAssessment } {
  const compiled = rules ?? (defaultRules ??= compileContextRules());
  const candidates = findMatches(fold(text), compiled).flatMap(({ rule, start, end }) => {
    const r = compiled.rules[rule];
    const terminatedBy = compiled.terminators[rule];
    return r && terminatedBy ? [toModifier(r, start, end, terminatedBy)] : [];
  });
  const modifiers = prune(candidates, text.length).filter((m) => m.category !== 'PSEUDO');
  assignScopes(modifiers, sentences, tokenize(text));
  const bySentence: Modifier[][] = sentences.map(() => []);
  for (const m of modifiers) bySentence[m.sentence]?.push(m);
  const index: Index = {
    sentences,
    bySentence: bySentence.map((list) => createIntervalIndex(list, (m) => ({ start: m.scopeStart, end: m.scopeEnd }))),
    quotes: modifiers.filter((m) => m.scopeIsMatch),
  };
  return {
    assess(start, end, type) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
        throw new RangeError(`target [${start}, ${end}) is not a span of the ${text.length}-character text`);
      }
      return assessWith(index, start, end, type);
    },
  };
}

export function assessContext(text: string, start: number, end: number): ContextResult {
  const { negated, temporality, experiencer } = createContext(text).assess(start, end);
  return { negated, temporality, experiencer };
}
