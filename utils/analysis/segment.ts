// Sentence segmentation for clinical notes and portal messages. Intl.Segmenter (UAX #29) does
// the work; we undo its false breaks after abbreviations and inside hard-wrapped lines, and keep
// its breaks at blank lines, bullets and sign-offs. Offsets are UTF-16 into the original text.

export type TextSpan = { start: number; end: number };

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which a period never ends the sentence, even before a capital ("Dr. Lee"). */
const ABBREVIATIONS = new Set([
  'dr.',
  'mr.',
  'mrs.',
  'ms.',
  'st.',
  'drs.',
  'prof.',
  'sr.',
  'jr.',
  'e.g.',
  'i.e.',
  'vs.',
  'approx.',
  'b.i.d.',
  't.i.d.',
  'q.i.d.',
  'q.d.',
  'q.h.s.',
  'p.o.',
  'p.r.n.',
  'fig.',
  'cf.',
  'ca.',
  'appt.',
  'dept.',
]);

/** Abbreviations that end a sentence before a capital, but not before a lowercase word. */
const SOFT_ABBREVIATIONS = new Set(['etc.', 'a.m.', 'p.m.', 'min.', 'max.', 'wk.', 'wks.', 'yr.', 'yrs.', 'mo.', 'hr.', 'hrs.']);

const BULLET = /^(?:[-*•‣◦–]|\d{1,3}[.)])\s/u;

const SPACE = /\s/u;

/** `\s` by code unit: every whitespace character is a single BMP code unit. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

/** The last whitespace-delimited word, lowercased, without opening brackets or quotes. */
function lastWord(text: string): string {
  // Scanned back from the end: a regex anchored at the end still tries every start position.
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase().replace(/^[("'“]+/u, '');
}

/** Should the segment `next` continue the sentence `previous` (both raw Intl segments)? */
function continues(previous: string, next: string): boolean {
  const nextText = next.trimStart();
  if (nextText === '' || BULLET.test(nextText)) return false;
  const word = lastWord(previous);
  const newlines = (previous.match(/\n/gu) ?? []).length;
  if (newlines === 0) {
    if (ABBREVIATIONS.has(word)) return true;
    return SOFT_ABBREVIATIONS.has(word) && /^[\p{Ll}\p{N}]/u.test(nextText);
  }
  // A single line break inside a sentence (hard-wrapped notes): the next line starts lowercase
  // and the previous one did not end a sentence or a heading.
  return newlines === 1 && /^\p{Ll}/u.test(nextText) && /[\p{L}\p{N},]\s*$/u.test(previous);
}

/** A period with no space after it between two words ("pain.Fever"), which UAX #29 does not break. */
const MISSING_SPACE = /(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll})/gu;

/**
 * Characters per Intl.Segmenter call; V8's segment iterator costs O(input) per segment, so a
 * smaller window is cheaper until the per-call overhead dominates (1,024 measured best).
 */
const WINDOW = 1024;

/**
 * Where a window may end: just after a line break or an ASCII letter. UAX #29 decides a break
 * from at most the characters up to the next letter or line break (SB8 looks ahead only over
 * non-letters), so every break before such a point is the one the whole text would get.
 */
function windowEnd(text: string, from: number, size: number): number {
  if (from + size >= text.length) return text.length;
  for (let e = from + size; e > from + (size >> 1); e--) {
    const code = text.charCodeAt(e - 1);
    if (code === 10 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return e;
  }
  return -1;
}

/**
 * Intl.Segmenter's sentence segments of the whole text, computed window by window so the cost
 * stays linear (V8 makes one pass over the whole input per segment). Each window's last segment
 * may be cut short by the window, so the next window starts at it; a break is never decided by
 * text before an earlier break (SB9/SB10 forbid a break inside "ATerm Close* Sp*").
 */
export function* intlSegments(text: string, window = WINDOW): Generator<{ segment: string; index: number }> {
  let from = 0;
  let size = window;
  while (from < text.length) {
    const end = windowEnd(text, from, size);
    if (end < 0) {
      size *= 2;
      continue;
    }
    const parts = [...segmenter.segment(text.slice(from, end))];
    const last = parts.length - 1;
    if (end === text.length || last === 0) {
      if (end < text.length) {
        size *= 2;
        continue;
      }
      for (const { segment, index } of parts) yield { segment, index: from + index };
      return;
    }
    for (let i = 0; i < last; i++) {
      const { segment, index } = parts[i] as Intl.SegmentData;
      yield { segment, index: from + index };
    }
    from += (parts[last] as Intl.SegmentData).index;
    size = window;
  }
}

/** Intl segments, further split where a sentence ends without a space. */
function* segments(text: string): Generator<{ segment: string; index: number }> {
  for (const { segment, index } of intlSegments(text)) {
    let from = 0;
    for (const cut of segment.matchAll(MISSING_SPACE)) {
      yield { segment: segment.slice(from, cut.index), index: index + from };
      from = cut.index;
    }
    yield { segment: segment.slice(from), index: index + from };
  }
}

/** Sentences of `text`, trimmed of surrounding whitespace, in order; empty ones are dropped. */
export function splitSentences(text: string): TextSpan[] {
  const merged: TextSpan[] = [];
  let previous: string | undefined;
  for (const { segment, index } of segments(text)) {
    const last = merged.at(-1);
    if (last && previous !== undefined && segment.trim() !== '' && continues(previous, segment)) {
      last.end = index + segment.length;
    } else if (segment.trim() !== '') {
      merged.push({ start: index, end: index + segment.length });
    }
    // A blank segment (an empty line) is a hard break: forget the previous line.
    previous = segment.trim() === '' ? undefined : segment;
  }
  return merged.map((span) => trimSpan(text, span));
}

function trimSpan(text: string, { start, end }: TextSpan): TextSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/** Index of the sentence containing `offset`, or the last one starting before it (-1 if none). */
export function sentenceIndexAt(sentences: readonly TextSpan[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.start ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found === -1 && sentences.length > 0 ? 0 : found;
}
