import type { Span } from './document';
import type { RedFlagFrame } from './lexicons/schema';
import { longestNonOverlapping, type TermMatch } from './matcher';
import { findAll } from './phrases';
import { sentenceIndexAt } from './segment';
import { createPrefilter } from './prefilter';

// Matches red-flag frames: one word from every part of a frame inside one sentence, with at most
// the frame's window of characters between the first and the last of them. Each part is one linear regex over the text; pairing
// is done per sentence on the (few) hits, so the cost stays linear in the text.

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** "swell*" matches "swelling" ("38.*" matches "38.5"); spaces match any run of spaces; apostrophes any apostrophe. */
function partRegex(words: readonly string[]): RegExp {
  const alts = [...new Set(words.map((w) => w.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      escape(w)
        .replace(/\\\*/g, '[\\p{L}\\p{N}]*')
        .replace(/ /g, '[ \\t]+')
        .replace(/'/g, "['’]?"),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export interface FrameMatcher {
  find(folded: string, sentences: readonly Span[]): TermMatch<RedFlagFrame>[];
}

interface Hit extends Span {
  part: number;
  sentence: number;
}

export function createFrameMatcher(frames: readonly RedFlagFrame[]): FrameMatcher {
  let first = 0;
  const compiled = frames.map((frame) => {
    const parts = frame.parts.map(partRegex);
    const entry = { frame, parts, first };
    first += parts.length;
    return entry;
  });
  const prefilter = createPrefilter(compiled.flatMap(({ parts }) => parts.map((re) => re.source)));
  return {
    find(folded, sentences) {
      const out: TermMatch<RedFlagFrame>[] = [];
      const candidates = prefilter.candidates(folded);
      for (const { frame, parts, first } of compiled) {
        // A part that cannot match leaves the frame without a hit for it: no match.
        if (parts.some((_, part) => !candidates[first + part])) continue;
        const hits: Hit[] = [];
        parts.forEach((re, part) => {
          for (const m of findAll(re, folded)) hits.push({ start: m.start, end: m.end, part, sentence: Math.max(0, sentenceIndexAt(sentences, m.start)) });
        });
        if (new Set(hits.map((h) => h.part)).size < parts.length) continue;
        hits.sort((a, b) => a.start - b.start || a.part - b.part);
        if (frame.scope === 'message') {
          out.push(messageCover(hits, frame, folded, sentences));
          continue;
        }
        for (const span of narrowestCovers(hits, parts.length, frame.window)) out.push({ ...span, data: frame });
      }
      return longestNonOverlapping(out);
    },
  };
}

/**
 * A message-scope frame: every part occurs somewhere in the message. The finding marks the
 * sentence whose words complete the red flag (the one holding the last part to appear).
 */
function messageCover(hits: readonly Hit[], frame: RedFlagFrame, folded: string, sentences: readonly Span[]): TermMatch<RedFlagFrame> {
  const firsts = frame.parts.map((_, part) => hits.find((h) => h.part === part) as Hit);
  const last = firsts.reduce((a, b) => (b.start > a.start ? b : a));
  const sentence = sentences[last.sentence] ?? last;
  const end = sentence.start + folded.slice(sentence.start, sentence.end).trimEnd().length;
  return { start: sentence.start, end, data: frame };
}

/**
 * Sliding window over hits sorted by start: for each sentence, the narrowest run of hits that
 * holds every part, kept when the words between its first and last hit fit the window. Linear in
 * the number of hits.
 */
function narrowestCovers(hits: readonly Hit[], partCount: number, window: number): Span[] {
  const best = new Map<number, Span>();
  const counts = new Array<number>(partCount).fill(0);
  let covered = 0;
  let left = 0;
  for (let right = 0; right < hits.length; right++) {
    const h = hits[right] as Hit;
    if ((hits[left] as Hit).sentence !== h.sentence) {
      counts.fill(0);
      covered = 0;
      left = right;
    }
    if ((counts[h.part] = (counts[h.part] ?? 0) + 1) === 1) covered++;
    while (covered === partCount) {
      const l = hits[left] as Hit;
      const end = Math.max(l.end, h.end);
      const gap = Math.max(0, h.start - l.end);
      const current = best.get(h.sentence);
      if (gap <= window && (!current || end - l.start < current.end - current.start)) {
        best.set(h.sentence, { start: l.start, end });
      }
      if ((counts[l.part] = (counts[l.part] ?? 1) - 1) === 0) covered--;
      left++;
    }
  }
  return [...best.values()];
}
