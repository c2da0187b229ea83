import { syllable } from 'syllable';
import { buildCard, quote } from '../cards';
import { categoryDetail } from '../data/card-text';
import type { Doc, Span } from '../document';
import type { Finding } from '../schema';
import { makeFinding } from './shared';

// Plain-language help, always `info`: medical terms with lay alternatives, and the reading grade
// of the reply (Flesch-Kincaid) when it is well above the 6th-8th grade most adults read best.

const MAX_JARGON_CARDS = 6;
const GRADE_LIMIT = 9;
const MIN_WORDS_FOR_GRADE = 40;

function matchCase(original: string, lay: string): string {
  return /^[A-Z]/.test(original) ? lay.charAt(0).toUpperCase() + lay.slice(1) : lay;
}

export function findJargon(doc: Doc): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const m of doc.jargon) {
    const word = doc.folded.slice(m.start, m.end);
    if (seen.has(m.entry.lay) || out.length >= MAX_JARGON_CARDS) continue;
    if (doc.assess(m.start, m.end).reported) continue;
    seen.add(m.entry.lay);
    const original = doc.text.slice(m.start, m.end);
    out.push(
      makeFinding(doc, {
        category: 'plain_language',
        severity: 'info',
        start: m.start,
        end: m.end,
        ruleId: 'plain_language.jargon',
        concept: word,
        card: buildCard({
          key: `jargon:${doc.source}:${m.start}:${m.end}`,
          summary: `Medical term “${quote(original, 40)}”: patients may understand “${m.entry.lay}” better.`,
          detail: categoryDetail.jargon,
          severity: 'info',
          topic: { code: 'plain_language', display: 'Plain language' },
          suggestions: [
            {
              label: `Use “${m.entry.lay}”`,
              intent: 'plain_words',
              description: `Replace “${original}” with “${m.entry.lay}”.`,
              edit: { kind: 'replace', start: m.start, end: m.end, text: matchCase(original, m.entry.lay) },
            },
          ],
          overrides: ['notApplicable'],
        }),
      }),
    );
  }
  return out;
}

/**
 * Syllable counts are memoized: words repeat, and counting is the costly part of the grade. Keyed
 * by the word as written, so a repeated word costs one lookup and no lowercased copy.
 */
const syllableCache = new Map<string, number>();
const MAX_CACHED_WORDS = 20_000;

function syllables(word: string): number {
  let count = syllableCache.get(word);
  if (count === undefined) {
    count = syllable(word.toLowerCase());
    if (syllableCache.size >= MAX_CACHED_WORDS) syllableCache.clear();
    syllableCache.set(word, count);
  }
  return count;
}

interface SentenceStats extends Span {
  words: number;
  syllables: number;
}

const WORD = /[\p{L}\p{N}'-]+/gu;

function stats(doc: Doc): SentenceStats[] {
  return doc.sentences.map(({ start, end }) => {
    const words = doc.text.slice(start, end).match(WORD) ?? [];
    let count = 0;
    for (const word of words) count += syllables(word);
    return { start, end, words: words.length, syllables: count };
  });
}

/** Flesch-Kincaid grade level over the given sentences. */
export function fleschKincaidGrade(sentences: readonly { words: number; syllables: number }[]): number {
  const counted = sentences.filter((s) => s.words > 0);
  const words = counted.reduce((n, s) => n + s.words, 0);
  if (words === 0) return 0;
  const syllables = counted.reduce((n, s) => n + s.syllables, 0);
  return 0.39 * (words / counted.length) + 11.8 * (syllables / words) - 15.59;
}

export function findReadingGrade(doc: Doc): Finding[] {
  const sentences = stats(doc);
  const words = sentences.reduce((n, s) => n + s.words, 0);
  if (words < MIN_WORDS_FOR_GRADE) return [];
  const grade = fleschKincaidGrade(sentences);
  if (grade < GRADE_LIMIT) return [];
  const hardest = sentences.reduce((a, b) => (fleschKincaidGrade([b]) > fleschKincaidGrade([a]) ? b : a));
  const end = hardest.start + doc.text.slice(hardest.start, hardest.end).trimEnd().length;
  const rounded = Math.round(grade);
  return [
    makeFinding(doc, {
      category: 'plain_language',
      severity: 'info',
      start: hardest.start,
      end,
      ruleId: 'plain_language.reading_grade',
      concept: `grade_${rounded}`,
      card: buildCard({
        key: `grade:${doc.source}:${hardest.start}`,
        summary: `Reads at about grade ${rounded}; aim for grade 6-8. The hardest sentence is marked: shorter sentences and everyday words help.`,
        detail: categoryDetail.reading_grade,
        severity: 'info',
        topic: { code: 'plain_language', display: 'Plain language' },
        suggestions: [],
        overrides: ['notApplicable'],
      }),
    }),
  ];
}
