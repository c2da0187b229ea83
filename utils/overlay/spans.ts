import type { Finding, Severity } from '@/utils/analysis/schema';

export interface Span {
  start: number;
  end: number;
  severity: Severity;
  findingId: string;
}

/** The reply spans worth drawing, in text order. Incoming findings point into another text. */
export function replySpans(findings: readonly Finding[]): Span[] {
  return findings
    .filter((f) => f.source === 'reply' && f.end > f.start)
    .map((f) => ({ start: f.start, end: f.end, severity: f.severity, findingId: f.id }))
    .sort((a, b) => a.start - b.start);
}

/**
 * Move spans computed for `before` onto `after` while the next analysis is pending: spans wholly
 * before or after the edited region shift with it, spans the edit touched are dropped.
 */
export function shiftSpans(spans: readonly Span[], before: string, after: string): Span[] {
  if (before === after) return [...spans];
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  return spans.flatMap((span) => {
    if (span.end <= prefix) return [span];
    if (span.start >= editEnd) return [{ ...span, start: span.start + delta, end: span.end + delta }];
    return [];
  });
}

/** Split spans into layers with no overlaps inside a layer (a mirror draws one layer per box). */
export function layerSpans(spans: readonly Span[]): Span[][] {
  const layers: Span[][] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const layer = layers.find((l) => (l.at(-1)?.end ?? 0) <= span.start);
    if (layer) layer.push(span);
    else layers.push([span]);
  }
  return layers;
}
