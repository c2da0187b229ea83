import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyze } from '../../utils/analysis/analyze';
import { organizationSchema } from '../../utils/analysis/schema';

// The channel corpus (tests/corpus/channels.jsonl): precision and recall of the channel category,
// and the development corpus: the channel rules add nothing there and change no other finding.

const caseSchema = z.object({
  id: z.string().regex(/^ch-\d{3}$/),
  reply: z.string(),
  organization: organizationSchema.optional(),
  expect: z.union([
    z.object({ channel: z.literal(true), rule: z.string().startsWith('channel.') }),
    z.object({ channel: z.literal(false) }),
  ]),
  note: z.string(),
});

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '');
const cases = lines('tests/corpus/channels.jsonl').map((line) => caseSchema.parse(JSON.parse(line)));

describe('channel corpus', () => {
  it('has at least 80 cases, about half of them traps, with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const traps = cases.filter((c) => !c.expect.channel).length;
    expect(traps / cases.length).toBeGreaterThan(0.4);
    expect(traps / cases.length).toBeLessThan(0.6);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('reaches precision and recall of at least 0.95 for the channel category', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const rules = analyze({ reply: c.reply, organization: c.organization })
        .filter((f) => f.category === 'channel')
        .map((f) => f.ruleId);
      if (c.expect.channel) {
        if (rules.includes(c.expect.rule)) tp++;
        else {
          fn++;
          // A channel finding under the wrong rule is a false alarm too.
          if (rules.length > 0) fp++;
          misses.push(`${c.id} missed ${c.expect.rule}`);
        }
      } else if (rules.length > 0) {
        fp++;
        misses.push(`${c.id} false alarm ${rules.join(',')}`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    expect(precision, misses.join('; ')).toBeGreaterThanOrEqual(0.95);
    expect(recall, misses.join('; ')).toBeGreaterThanOrEqual(0.95);
  }, 30_000);
});

describe('development corpus (tests/corpus/replies.jsonl)', () => {
  const rows = lines('tests/corpus/replies.jsonl').map(
    (line) => JSON.parse(line) as { id: string; reply: string; incoming?: string | null },
  );
  const organization = {
    emailDomains: ['clinic.example.org'],
    clinicPhones: ['555-010-2000'],
    secureVideoUrl: 'https://video.example.org',
  };

  it('gets no channel findings and no other finding changes when the organization is known', () => {
    for (const row of rows) {
      const input = { reply: row.reply, ...(row.incoming ? { incoming: row.incoming } : {}) };
      const without = analyze(input);
      const withOrganization = analyze({ ...input, organization });
      expect(without.filter((f) => f.category === 'channel'), row.id).toEqual([]);
      expect(withOrganization.filter((f) => f.category === 'channel'), row.id).toEqual([]);
      expect(withOrganization, row.id).toEqual(without);
    }
  }, 60_000);
});
