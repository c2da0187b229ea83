import type { Span } from './document';

// Span lookups in O(log n) for the rules, which ask "does any of these spans overlap / contain /
// start inside this one?" once per mention. A linear `some` there made long texts quadratic.

/** First index i with key(items[i]) >= x, for items sorted by key. */
export function lowerBound<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface SpanIndex {
  /** Some span overlaps `s` (shares a character): `a.start < s.end && s.start < a.end`. */
  overlapsAny(s: Span): boolean;
  /** Some span contains `s` and is longer than it. */
  containsLonger(s: Span): boolean;
  /** Some span starts in [from, to). */
  startsIn(from: number, to: number): boolean;
}

/** A static index over spans (any order, overlapping or not). */
export function createSpanIndex(spans: readonly Span[]): SpanIndex {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  /** maxEnd[i]: the largest end among byStart[0..i). */
  const maxEnd = [Number.NEGATIVE_INFINITY];
  for (const s of byStart) maxEnd.push(Math.max(maxEnd.at(-1) as number, s.end));
  const endBefore = (start: number) => maxEnd[lowerBound(byStart, start, (s) => s.start)] as number;
  const endUpTo = (start: number) => maxEnd[lowerBound(byStart, start + 1, (s) => s.start)] as number;
  return {
    overlapsAny: (s) => endBefore(s.end) > s.start,
    // A span starting at or before s.start and ending at or after s.end is longer unless it is s itself.
    containsLonger: (s) => endUpTo(s.start) > s.end || endBefore(s.start) >= s.end,
    startsIn(from, to) {
      const i = lowerBound(byStart, from, (s) => s.start);
      return i < byStart.length && (byStart[i] as Span).start < to;
    },
  };
}

/**
 * A growing set of pairwise disjoint spans (what a rule has already reported), kept sorted so
 * the ones overlapping a new span are found by binary search; ties go to the earliest added.
 */
export class DisjointSpans<T> {
  private readonly sorted: { span: Span; item: T; order: number }[] = [];

  constructor(private readonly spanOf: (item: T) => Span) {}

  /** The earliest-added item whose span overlaps `s`, if any. */
  firstOverlap(s: Span): T | undefined {
    let best: { item: T; order: number } | undefined;
    for (let i = lowerBound(this.sorted, s.start + 1, (e) => e.span.end); i < this.sorted.length; i++) {
      const entry = this.sorted[i] as { span: Span; item: T; order: number };
      if (entry.span.start >= s.end) break;
      if (!best || entry.order < best.order) best = entry;
    }
    return best?.item;
  }

  /** Add an item whose span overlaps none already held. */
  add(item: T): void {
    const span = this.spanOf(item);
    this.sorted.splice(lowerBound(this.sorted, span.start, (e) => e.span.start), 0, { span, item, order: this.sorted.length });
  }
}

/**
 * Interval stabbing: the items whose interval [start, end) meets [from, to) in the sense
 * `start < to && end > from`, returned in the items' original order. A segment tree of the
 * largest end over items sorted by start visits only matching items: O(k log n) per query.
 */
export function createIntervalIndex<T>(items: readonly T[], interval: (item: T) => Span): (from: number, to: number) => T[] {
  const spans = items.map(interval);
  const order = items.map((_, i) => i).sort((a, b) => (spans[a] as Span).start - (spans[b] as Span).start);
  const starts = order.map((i) => (spans[i] as Span).start);
  let size = 1;
  while (size < order.length) size <<= 1;
  const maxEnd = new Float64Array(2 * size).fill(Number.NEGATIVE_INFINITY);
  order.forEach((i, leaf) => {
    maxEnd[size + leaf] = (spans[i] as Span).end;
  });
  for (let node = size - 1; node >= 1; node--) maxEnd[node] = Math.max(maxEnd[2 * node] as number, maxEnd[2 * node + 1] as number);
  return (from, to) => {
    const count = lowerBound(starts, to, (s) => s);
    const found: number[] = [];
    const visit = (node: number, lo: number, hi: number): void => {
      if (lo >= count || (maxEnd[node] as number) <= from) return;
      if (node >= size) {
        found.push(order[node - size] as number);
        return;
      }
      const mid = (lo + hi) >> 1;
      visit(2 * node, lo, mid);
      visit(2 * node + 1, mid, hi);
    };
    if (order.length > 0) visit(1, 0, size);
    return found.sort((a, b) => a - b).map((i) => items[i] as T);
  };
}
