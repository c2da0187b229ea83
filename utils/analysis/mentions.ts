import { conditions, drugs, jargon, redFlags, sensitive, tests } from './lexicons';
import type {
  ConditionEntry,
  DrugEntry,
  JargonEntry,
  RedFlagEntry,
  SensitiveEntry,
  TestEntry,
} from './lexicons/schema';
import { createTermMatcher, longestNonOverlapping, type TermMatcher } from './matcher';
import { findAll } from './phrases';

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

const matcherOf = <E extends { terms: readonly string[] }>(entries: readonly E[]) =>
  lazy((): TermMatcher<E> => createTermMatcher(entries.map((entry) => ({ terms: entry.terms, data: entry }))));

const matchers = {
  conditions: matcherOf<ConditionEntry>(conditions),
  drugs: matcherOf<DrugEntry>(drugs),
  tests: matcherOf<TestEntry>(tests),
  sensitive: matcherOf<SensitiveEntry>(sensitive),
  jargon: matcherOf<JargonEntry>(jargon),
  redFlagTerms: matcherOf<RedFlagEntry>(redFlags.filter((r) => r.terms.length > 0)),
};

const redFlagPatterns = lazy(() =>
  redFlags.flatMap((entry) => entry.patterns.map((source) => ({ entry, re: new RegExp(source, 'giu') }))),
);

const toMentions = <E>(hits: { start: number; end: number; data: E }[]): Mention<E>[] =>
  hits.map((h) => ({ start: h.start, end: h.end, entry: h.data }));

export const findConditions = (text: string) => toMentions(matchers.conditions().find(text));
export const findDrugs = (text: string) => toMentions(matchers.drugs().find(text));
export const findTests = (text: string) => toMentions(matchers.tests().find(text));
export const findSensitive = (text: string) => toMentions(matchers.sensitive().find(text));
export const findJargon = (text: string) => toMentions(matchers.jargon().find(text));

/** Red-flag phrases: fixed terms plus the lexicon's patterns, longest match kept where they overlap. */
export function findRedFlags(text: string): Mention<RedFlagEntry>[] {
  const hits = [...matchers.redFlagTerms().find(text)];
  for (const { entry, re } of redFlagPatterns()) {
    for (const m of findAll(re, text)) hits.push({ start: m.start, end: m.end, data: entry });
  }
  return toMentions(longestNonOverlapping(hits));
}
