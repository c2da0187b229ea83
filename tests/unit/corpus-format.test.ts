import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LABELS, type Label } from '../../scripts/lib/corpus';

// Checks ReplyGuard's own labeled corpora against the format and labeling rules of
// ../shared/corpus/SCHEMA.md, so a mislabeled or malformed case fails here, not in a scorecard.

const FILES = [
  { path: 'tests/corpus/replies.jsonl', prefix: 'rg', size: 240 },
  { path: 'tests/corpus/holdout.jsonl', prefix: 'ho', size: 120 },
] as const;
const DEV_PATH = '../shared/corpus/dev.jsonl';

// Labels that need quoted evidence when true; abnormal_result and synchronous are derived.
const EVIDENCED: readonly Label[] = ['diagnosis', 'result', 'therapy_change', 'urgent', 'sensitive'];

const strictCase = z.strictObject({
  id: z.string().regex(/^(rg|ho)-\d{3}$/u),
  incoming: z.string(),
  reply: z.string().min(1),
  expect: z.strictObject(Object.fromEntries(LABELS.map((l) => [l, z.boolean()])) as Record<Label, z.ZodBoolean>),
  evidence: z.partialRecord(z.enum(EVIDENCED as [Label, ...Label[]]), z.array(z.string().min(1)).min(1)),
  note: z.string().regex(/^\[[a-zA-Z/ ]+\] \S/u),
});
type StrictCase = z.infer<typeof strictCase>;

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** Every problem with one case's labels and evidence, as readable strings. */
function labelProblems(c: StrictCase): string[] {
  const problems: string[] = [];
  const e = c.expect;
  const expectedSync = e.diagnosis || e.abnormal_result || e.therapy_change || e.urgent || e.sensitive;
  if (e.synchronous !== expectedSync) problems.push(`synchronous should be ${expectedSync}`);
  if (e.abnormal_result && !e.result) problems.push('abnormal_result without result');
  if (e.urgent && c.incoming.trim() === '') problems.push('urgent with an empty incoming message');
  for (const label of EVIDENCED) {
    const quotes = c.evidence[label];
    if (e[label] && !quotes) problems.push(`${label} is true but has no evidence`);
    if (!e[label] && quotes) problems.push(`${label} is false but has evidence`);
    const field = label === 'urgent' ? c.incoming : c.reply;
    for (const q of quotes ?? []) {
      const n = occurrences(field, q);
      if (n !== 1) problems.push(`${label} evidence occurs ${n} times: "${q}"`);
    }
  }
  return problems;
}

const corpora = FILES.map((f) => ({ ...f, raw: lines(f.path) }));
// Malformed lines are reported by the first test below; the other checks run on the rest.
const parsed = corpora.map((f) => ({
  ...f,
  cases: f.raw.flatMap((l) => {
    const result = strictCase.safeParse(JSON.parse(l));
    return result.success ? [result.data] : [];
  }),
}));
const allCases = parsed.flatMap((f) => f.cases);

describe.each(corpora)('$path', ({ path, prefix, size, raw }) => {
  it('has one valid JSON case per line with every field and label', () => {
    const bad = raw.flatMap((line, i) => {
      try {
        strictCase.parse(JSON.parse(line));
        return [];
      } catch (error) {
        return [`line ${i + 1}: ${error instanceof Error ? error.message : String(error)}`];
      }
    });
    expect(bad).toEqual([]);
    expect(raw).toHaveLength(size);
  });

  it(`numbers its ids ${prefix}-001 upward without gaps`, () => {
    const ids = raw.map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(Array.from({ length: size }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`));
  });

  it('labels every case consistently with SCHEMA.md and quotes evidence exactly once', () => {
    const cases = parsed.find((f) => f.path === path)?.cases ?? [];
    const problems = cases.flatMap((c) => labelProblems(c).map((p) => `${c.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('keeps roughly a third of cases routine so false-alarm rates mean something', () => {
    const cases = parsed.find((f) => f.path === path)?.cases ?? [];
    const routine = cases.filter((c) => LABELS.every((l) => !c.expect[l])).length;
    expect(routine / cases.length).toBeGreaterThan(0.28);
    expect(routine / cases.length).toBeLessThan(0.4);
  });
});

describe('both corpora', () => {
  it('use ids that are unique across files', () => {
    const ids = allCases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('contain no duplicated reply text', () => {
    const replies = allCases.map((c) => c.reply);
    expect(new Set(replies).size).toBe(replies.length);
  });

  it.runIf(existsSync(DEV_PATH))('copy no case text from the shared dev corpus', () => {
    const dev = lines(DEV_PATH).map((l) => JSON.parse(l) as { incoming?: string; reply: string });
    const devTexts = new Set(dev.flatMap((d) => [d.reply, d.incoming ?? ''].filter((t) => t.trim() !== '')));
    const copied = allCases.filter((c) => devTexts.has(c.reply) || devTexts.has(c.incoming)).map((c) => c.id);
    expect(copied).toEqual([]);
  });
});

describe('labelProblems', () => {
  const base: StrictCase = {
    id: 'rg-999',
    incoming: 'I have chest pain',
    reply: 'Your potassium was 5.9. Hold the lisinopril.',
    expect: {
      diagnosis: false,
      result: true,
      abnormal_result: true,
      therapy_change: true,
      urgent: false,
      sensitive: false,
      synchronous: true,
    },
    evidence: { result: ['potassium was 5.9'], therapy_change: ['Hold the lisinopril'] },
    note: '[nephrology] test fixture',
  };

  it('accepts a consistent case', () => {
    expect(labelProblems(base)).toEqual([]);
  });

  it('rejects synchronous that contradicts the SCHEMA rule', () => {
    expect(labelProblems({ ...base, expect: { ...base.expect, synchronous: false } })).toEqual([
      'synchronous should be true',
    ]);
  });

  it('rejects evidence that is missing, misplaced, or not in the text', () => {
    const problems = labelProblems({
      ...base,
      evidence: { result: ['potassium was 6.1'], urgent: ['chest pain'] },
    });
    expect(problems).toEqual([
      'result evidence occurs 0 times: "potassium was 6.1"',
      'therapy_change is true but has no evidence',
      'urgent is false but has evidence',
    ]);
  });
});
