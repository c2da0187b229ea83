import { createFrameMatcher } from './frames';
import { loadLexicons } from './lexicons/load';
import type {
  ConditionEntry,
  DrugEntry,
  JargonEntry,
  RedFlagEntry,
  RedFlagFrame,
  SensitiveEntry,
  TestEntry,
} from './lexicons/schema';
import { createGroupedTermMatcher, createTermMatcher, longestNonOverlapping, type TermMatcher } from './matcher';
import { findAll } from './phrases';
import { createPrefilter } from './prefilter';

// Lexicon mentions in a text. Matchers are compiled once, on first use, and shared.

export interface Mention<E> {
  start: number;
  end: number;
  entry: E;
}

const lazy = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
};

const withData = <E extends { terms: readonly string[] }>(entries: readonly E[]) => entries.map((entry) => ({ terms: entry.terms, data: entry }));

const redFlagTerms = lazy((): TermMatcher<RedFlagEntry> =>
  createTermMatcher(withData(loadLexicons().redFlags.filter((r) => r.terms.length > 0))),
);

/** The five lexicons a reply needs, in one automaton: one pass over the text instead of five. */
const replyMatcher = lazy(() => {
  const { conditions, drugs, tests, sensitive, jargon } = loadLexicons();
  return createGroupedTermMatcher<keyof ReplyMentions, ReplyMentions[keyof ReplyMentions][number]['entry']>({
    conditions: withData(conditions),
    drugs: withData(drugs),
    tests: withData(tests),
    sensitive: withData(sensitive),
    jargon: withData(jargon),
  });
});

export interface ReplyMentions {
  conditions: Mention<ConditionEntry>[];
  drugs: Mention<DrugEntry>[];
  tests: Mention<TestEntry>[];
  sensitive: Mention<SensitiveEntry>[];
  jargon: Mention<JargonEntry>[];
}

/** Every reply lexicon's mentions (longest match per lexicon, as a separate pass would give). */
export function findReplyMentions(text: string, folded?: string): ReplyMentions {
  const hits = replyMatcher().find(text, folded);
  return {
    conditions: toMentions(hits.conditions) as Mention<ConditionEntry>[],
    drugs: toMentions(hits.drugs) as Mention<DrugEntry>[],
    tests: toMentions(hits.tests) as Mention<TestEntry>[],
    sensitive: toMentions(hits.sensitive) as Mention<SensitiveEntry>[],
    jargon: toMentions(hits.jargon) as Mention<JargonEntry>[],
  };
}

const frameMatcher = lazy(() => createFrameMatcher(loadLexicons().redFlagFrames));

const redFlagPatterns = lazy(() => {
  const patterns = loadLexicons().redFlags.flatMap((entry) => entry.patterns.map((source) => ({ entry, re: new RegExp(source, 'giu') })));
  return { patterns, prefilter: createPrefilter(patterns.map(({ re }) => re.source)) };
});

const toMentions = <E>(hits: { start: number; end: number; data: E }[]): Mention<E>[] =>
  hits.map((h) => ({ start: h.start, end: h.end, entry: h.data }));


/** What the urgent rule needs of a red flag, whether it came from a phrase, a pattern or a frame. */
export type RedFlagConcept = Pick<RedFlagEntry | RedFlagFrame, 'id' | 'label' | 'action'>;

/**
 * Red flags: fixed terms, the lexicon's patterns and the frames (which need sentences), longest
 * match kept where they overlap.
 */
export function findRedFlags(text: string, folded: string, sentences: readonly { start: number; end: number }[]): Mention<RedFlagConcept>[] {
  const hits: { start: number; end: number; data: RedFlagConcept }[] = [...redFlagTerms().find(text, folded)];
  const { patterns, prefilter } = redFlagPatterns();
  const candidates = prefilter.candidates(folded);
  patterns.forEach(({ entry, re }, i) => {
    if (!candidates[i]) return;
    for (const m of findAll(re, text)) hits.push({ start: m.start, end: m.end, data: entry });
  });
  hits.push(...frameMatcher().find(folded, sentences));
  return toMentions(longestNonOverlapping(hits));
}
