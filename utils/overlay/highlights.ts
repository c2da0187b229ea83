import type { Severity } from '@/utils/analysis/schema';
import { ensureHighlightStyles, highlightName, SEVERITIES } from './highlight-styles';
import type { ComposerSession } from './registry';
import type { Span } from './spans';
import { readContentEditable } from './text-model';

// Contenteditable findings drawn with the CSS Custom Highlight API: live Ranges registered in
// the composer's document, so nothing is written into the editor and the ranges follow edits.

type RangesBySeverity = Map<Severity, Range[]>;
const byDocument = new WeakMap<Document, Map<string, RangesBySeverity>>();

function rebuild(doc: Document): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win?.CSS?.highlights) return;
  const composers = byDocument.get(doc);
  for (const severity of SEVERITIES) {
    const ranges = [...(composers?.values() ?? [])].flatMap((m) => m.get(severity) ?? []);
    const name = highlightName(severity);
    if (ranges.length === 0) win.CSS.highlights.delete(name);
    else win.CSS.highlights.set(name, new win.Highlight(...ranges));
  }
}

export function paintHighlights(session: ComposerSession, spans: readonly Span[]): void {
  const doc = session.element.ownerDocument;
  ensureHighlightStyles(session.element.getRootNode());
  const snapshot = readContentEditable(session.element);
  const ranges: RangesBySeverity = new Map();
  for (const span of spans) {
    if (span.end > snapshot.text.length) continue;
    const list = ranges.get(span.severity) ?? [];
    list.push(snapshot.rangeFor(span.start, span.end));
    ranges.set(span.severity, list);
  }
  let composers = byDocument.get(doc);
  if (!composers) byDocument.set(doc, (composers = new Map()));
  composers.set(session.id, ranges);
  rebuild(doc);
}

export function clearHighlights(session: ComposerSession): void {
  const doc = session.element.ownerDocument;
  if (byDocument.get(doc)?.delete(session.id)) rebuild(doc);
}
