import { splitSentences, type TextSpan } from '../analysis/segment';

// Which parts of a reply were inserted (an AI draft, a template, a paste) and never edited since.
// Pure: the caller reports each change as the previous text, the new text and where the change
// came from; offsets are UTF-16 into the composer's extracted text (read-text.ts). A typed change
// inside inserted text takes the whole sentence around it out of the inserted ranges, so "this
// sentence came from a draft and was not changed" stays true sentence by sentence.

export type ChangeOrigin = 'typed' | 'inserted';

export interface Provenance {
  readonly text: string;
  /** Inserted, never-edited ranges of `text`: sorted, disjoint, non-empty, never touching. */
  readonly inserted: readonly TextSpan[];
}

/** The edited region: `before[start, removedEnd)` became `after[start, insertedEnd)`. */
export interface ChangedRegion {
  start: number;
  removedEnd: number;
  insertedEnd: number;
}

/** Characters either side of a typed edit first looked at to find its sentence (doubled as needed). */
const SENTENCE_WINDOW = 300;

/** A composer's text when ReplyGuard first sees it: whatever is already there was not typed. */
export function initialProvenance(text: string): Provenance {
  return { text, inserted: text === '' ? [] : [{ start: 0, end: text.length }] };
}

/** The region that differs, by longest common prefix, then longest common suffix of the rest. */
export function changedRegion(before: string, after: string): ChangedRegion {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
    suffix++;
  }
  return { start: prefix, removedEnd: before.length - suffix, insertedEnd: after.length - suffix };
}

function normalize(spans: readonly TextSpan[]): TextSpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: TextSpan[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** Ranges of the old text carried onto the new one; the parts the change replaced are dropped. */
function shift(ranges: readonly TextSpan[], { start, removedEnd, insertedEnd }: ChangedRegion): TextSpan[] {
  const delta = insertedEnd - removedEnd;
  return ranges.flatMap((r) => {
    if (r.end <= start) return [r];
    if (r.start >= removedEnd) return [{ start: r.start + delta, end: r.end + delta }];
    const parts: TextSpan[] = [];
    if (r.start < start) parts.push({ start: r.start, end: start });
    if (r.end > removedEnd) parts.push({ start: insertedEnd, end: r.end + delta });
    return parts;
  });
}

function subtract(ranges: readonly TextSpan[], cut: TextSpan): TextSpan[] {
  return ranges.flatMap((r) => {
    if (r.end <= cut.start || r.start >= cut.end) return [r];
    const parts: TextSpan[] = [];
    if (r.start < cut.start) parts.push({ start: r.start, end: cut.start });
    if (r.end > cut.end) parts.push({ start: cut.end, end: r.end });
    return parts;
  });
}

/**
 * The sentences of `text` a typed edit of [start, end) touches, as one span (null when it touched
 * only the whitespace between sentences). A deletion (start === end) touches the sentences it
 * borders; an insertion touches those it overlaps. Segments a window around the edit, widened
 * until the sentences found do not run into its edges, so the cost follows the sentence length.
 */
export function editedSentences(text: string, start: number, end: number, window = SENTENCE_WINDOW): TextSpan | null {
  const from = Math.max(0, start - window);
  const to = Math.min(text.length, end + window);
  const touched = splitSentences(text.slice(from, to))
    .map((s) => ({ start: s.start + from, end: s.end + from }))
    .filter((s) => (start === end ? s.start <= start && start <= s.end : s.start < end && s.end > start));
  if (touched.length === 0) return null;
  const span = { start: touched[0]!.start, end: touched.at(-1)!.end };
  const cut = (span.start === from && from > 0) || (span.end === to && to < text.length);
  return cut ? editedSentences(text, start, end, window * 2) : span;
}

/** The provenance after the composer's text became `next` through a change of `origin`. */
export function applyChange(state: Provenance, next: string, origin: ChangeOrigin): Provenance {
  if (next === state.text) return state;
  const region = changedRegion(state.text, next);
  let inserted = shift(state.inserted, region);
  if (origin === 'inserted') {
    inserted.push({ start: region.start, end: region.insertedEnd });
  } else if (inserted.length > 0) {
    const sentence = editedSentences(next, region.start, region.insertedEnd);
    if (sentence) inserted = subtract(inserted, sentence);
  }
  return { text: next, inserted: normalize(inserted) };
}

/** Was all of [start, end) inserted and never edited? Empty ranges never are. */
export function isFromDraft(state: Provenance, range: TextSpan): boolean {
  if (range.end <= range.start) return false;
  return state.inserted.some((r) => r.start <= range.start && range.end <= r.end);
}
