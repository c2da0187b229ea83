import { z } from 'zod';
import type { Finding } from '../../utils/analysis/schema';
import { readJsonlFile } from '../jsonl';

// The labeled-corpus format (../shared/corpus/SCHEMA.md) and its scoring rules, so the project's
// own scorecard and tests measure the engine exactly as the shared scorer does.

export const LABELS = ['diagnosis', 'result', 'abnormal_result', 'therapy_change', 'urgent', 'sensitive', 'synchronous'] as const;
export type Label = (typeof LABELS)[number];
const SPAN_LABELS = new Set<Label>(['diagnosis', 'result', 'therapy_change', 'urgent', 'sensitive']);
const CLINICAL = new Set(['diagnosis', 'result', 'therapy_change', 'urgent', 'sensitive']);

export const corpusCaseSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  incoming: z.string().default(''),
  reply: z.string(),
  expect: z.object(Object.fromEntries(LABELS.map((l) => [l, z.boolean()])) as Record<Label, z.ZodBoolean>),
  evidence: z.record(z.string(), z.array(z.string())).default({}),
  note: z.string().default(''),
});
export type CorpusCase = z.infer<typeof corpusCaseSchema>;

export function readCorpus(path: string): CorpusCase[] {
  return readJsonlFile(path, corpusCaseSchema);
}

type Scored = Pick<Finding, 'category' | 'severity' | 'source' | 'start' | 'end' | 'abnormal'>;

export function flags(label: Label, f: Scored): boolean {
  const strong = f.severity === 'warning' || f.severity === 'critical';
  if (label === 'synchronous') return strong && CLINICAL.has(f.category);
  if (label === 'abnormal_result') return f.category === 'result' && (strong || f.abnormal === true);
  return f.category === label;
}

function overlapsEvidence(c: CorpusCase, label: Label, findings: Scored[]): boolean {
  const field = label === 'urgent' ? 'incoming' : 'reply';
  const text = c[field];
  const spans = (c.evidence[label] ?? []).map((e) => [text.indexOf(e), text.indexOf(e) + e.length] as const);
  return findings.some(
    (f) => flags(label, f) && f.source === field && spans.some(([s, e]) => s >= 0 && f.start < e && f.end > s),
  );
}

export interface LabelScore {
  label: Label;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number;
  strictRecall: number | null;
}

export interface Scorecard {
  cases: number;
  table: LabelScore[];
  macroF1: number;
  synchronousRecall: number | null;
  falseAlarmRate: number | null;
  misses: { id: string; label: Label; expected: boolean; note: string }[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function score(cases: CorpusCase[], predictions: Map<string, Scored[]>): Scorecard {
  const misses: Scorecard['misses'] = [];
  const table = LABELS.map((label): LabelScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let strict = 0;
    for (const c of cases) {
      const findings = predictions.get(c.id) ?? [];
      const truth = c.expect[label];
      const said = findings.some((f) => flags(label, f));
      if (truth && said) tp++;
      else if (!truth && said) fp++;
      else if (truth) fn++;
      if (truth && said && (!SPAN_LABELS.has(label) || overlapsEvidence(c, label, findings))) strict++;
      if (truth !== said) misses.push({ id: c.id, label, expected: truth, note: c.note });
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision === null || recall === null || precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, tp, fp, fn, precision, recall, f1, strictRecall: ratio(strict, tp + fn) };
  });
  const routine = cases.filter((c) => !c.expect.synchronous);
  const alarms = routine.filter((c) => (predictions.get(c.id) ?? []).some((f) => flags('synchronous', f))).length;
  return {
    cases: cases.length,
    table,
    macroF1: table.reduce((a, t) => a + t.f1, 0) / table.length,
    synchronousRecall: table.find((t) => t.label === 'synchronous')?.recall ?? null,
    falseAlarmRate: ratio(alarms, routine.length),
    misses,
  };
}

const fmt = (x: number | null): string => (x === null ? '  -  ' : x.toFixed(3));

export function formatScorecard(name: string, card: Scorecard): string {
  const lines = [
    `${name}: ${card.cases} cases`,
    'label            tp   fp   fn  precision recall  f1     strict-recall',
    ...card.table.map(
      (t) =>
        `${t.label.padEnd(16)}${String(t.tp).padStart(3)}  ${String(t.fp).padStart(3)}  ${String(t.fn).padStart(3)}  ${fmt(t.precision)}     ${fmt(t.recall)}  ${fmt(t.f1)}  ${fmt(t.strictRecall)}`,
    ),
    `macroF1=${fmt(card.macroF1)} synchronousRecall=${fmt(card.synchronousRecall)} falseAlarmRate=${fmt(card.falseAlarmRate)}`,
  ];
  return lines.join('\n');
}

/** Red-flag messages (tests/corpus/incoming.jsonl): an incoming message labeled urgent or not. */
export const incomingCaseSchema = z.object({
  id: z.string(),
  incoming: z.string(),
  urgent: z.boolean(),
  flag: z.string(),
  evidence: z.string(),
  note: z.string(),
});
export type IncomingCase = z.infer<typeof incomingCaseSchema>;

export function readIncoming(path: string): IncomingCase[] {
  return readJsonlFile(path, incomingCaseSchema);
}
