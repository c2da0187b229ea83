import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// Checks the format of tests/corpus/incoming.jsonl (patient messages labeled for red flags), so a
// malformed or inconsistent case fails here rather than skewing a scorecard. Accuracy of the
// engine on these cases is the scorecard's job, not this file's.

const PATH = 'tests/corpus/incoming.jsonl';
const MIN_URGENT = 180;
const MIN_NOT_URGENT = 100;

const incomingCase = z.strictObject({
  id: z.string().regex(/^in-\d{3}$/u),
  incoming: z.string().min(1).max(600),
  urgent: z.boolean(),
  flag: z.string(),
  evidence: z.string(),
  note: z.string().min(1),
});
type IncomingCase = z.infer<typeof incomingCase>;

/** Every inconsistency between a case's label, flag and evidence, as readable strings. */
function caseProblems(c: IncomingCase): string[] {
  const problems: string[] = [];
  if (c.urgent !== (c.evidence !== '')) problems.push('evidence must be non-empty iff urgent');
  if (c.urgent !== (c.flag !== '')) problems.push('flag must be non-empty iff urgent');
  if (c.evidence !== '' && !c.incoming.includes(c.evidence)) {
    problems.push(`evidence is not a substring of incoming: "${c.evidence}"`);
  }
  return problems;
}

const raw = readFileSync(PATH, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
// Malformed lines are reported by the first test; the other checks run on the rest.
const cases = raw.flatMap((l) => {
  try {
    const result = incomingCase.safeParse(JSON.parse(l));
    return result.success ? [result.data] : [];
  } catch {
    return [];
  }
});

describe(PATH, () => {
  it('has one valid JSON case per line with every field of the right type', () => {
    const bad = raw.flatMap((line, i) => {
      try {
        incomingCase.parse(JSON.parse(line));
        return [];
      } catch (error) {
        return [`line ${i + 1}: ${error instanceof Error ? error.message : String(error)}`];
      }
    });
    expect(bad).toEqual([]);
  });

  it('numbers its ids in-001 upward without gaps or duplicates', () => {
    const ids = raw.map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(Array.from({ length: raw.length }, (_, i) => `in-${String(i + 1).padStart(3, '0')}`));
  });

  it('quotes evidence exactly from the message, and only for urgent cases', () => {
    const problems = cases.flatMap((c) => caseProblems(c).map((p) => `${c.id}: ${p}`));
    expect(problems).toEqual([]);
  });

  it(`has at least ${MIN_URGENT} urgent and ${MIN_NOT_URGENT} not-urgent cases`, () => {
    const urgent = cases.filter((c) => c.urgent).length;
    expect(urgent).toBeGreaterThanOrEqual(MIN_URGENT);
    expect(cases.length - urgent).toBeGreaterThanOrEqual(MIN_NOT_URGENT);
  });

  it('contains no duplicated message text', () => {
    const texts = cases.map((c) => c.incoming);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('caseProblems', () => {
  const base: IncomingCase = {
    id: 'in-999',
    incoming: 'My chest hurts and I am sweating',
    urgent: true,
    flag: 'chest pain',
    evidence: 'My chest hurts',
    note: 'chest pain + diaphoresis',
  };

  it('accepts a consistent urgent case and a consistent trap', () => {
    expect(caseProblems(base)).toEqual([]);
    expect(caseProblems({ ...base, urgent: false, flag: '', evidence: '', note: 'TRAP: test' })).toEqual([]);
  });

  it('rejects evidence that is not an exact substring (case matters)', () => {
    expect(caseProblems({ ...base, evidence: 'my chest hurts' })).toEqual([
      'evidence is not a substring of incoming: "my chest hurts"',
    ]);
  });

  it('rejects an urgent case without evidence or flag, and a trap with them', () => {
    expect(caseProblems({ ...base, evidence: '', flag: '' })).toEqual([
      'evidence must be non-empty iff urgent',
      'flag must be non-empty iff urgent',
    ]);
    expect(caseProblems({ ...base, urgent: false })).toEqual([
      'evidence must be non-empty iff urgent',
      'flag must be non-empty iff urgent',
    ]);
  });
});
