import { describe, expect, it } from 'vitest';
import { findingSchema } from '../../utils/analysis/schema';
import { join } from 'node:path';
import { cliHarness, line } from './cli-harness';

// Spawns the real command (`tsx scripts/scan.ts`, as `npm run scan` does) on temporary files.

const { dir, file, run } = cliHarness('scan');

describe('scan CLI', { timeout: 30_000 }, () => {
  it('prints one line per input, in order, with findings that satisfy the schema', () => {
    const { code, stdout, stderr } = run(
      '--jsonl',
      file([
        line({ id: 'a', reply: 'Your potassium was 5.9. Please stop the potassium chloride.', extra: 'ignored' }),
        '',
        line({ id: 7, reply: 'See you Tuesday.', incoming: 'I have crushing chest pain right now.' }),
        line({ id: 'c', reply: 'Your refill of metformin was sent.', incoming: null }),
      ]),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['a', 7, 'c']);
    for (const row of rows) for (const f of row.findings) expect(() => findingSchema.parse(f)).not.toThrow();
    expect(rows[0].findings.map((f: { category: string }) => f.category)).toEqual(
      expect.arrayContaining(['result', 'therapy_change']),
    );
    expect(rows[1].findings[0]).toMatchObject({ category: 'urgent', source: 'incoming', severity: 'critical' });
    expect(rows[2].findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const input = file([line({ id: 1, reply: 'The biopsy showed melanoma. Start doxycycline 100 mg twice daily.' })]);
    expect(run('--jsonl', input).stdout).toBe(run('--jsonl', input).stdout);
  });

  it.each([
    ['a non-JSON line', [line({ id: 1, reply: 'ok' }), 'not json'], /line 2: not valid JSON/],
    ['a missing reply', [line({ id: 1 })], /line 1: "reply"/],
    ['a reply of the wrong type', [line({ id: 1, reply: 5 })], /line 1: "reply"/],
    ['a missing id', [line({ reply: 'ok' })], /line 1: "id"/],
  ])('rejects %s with one line naming it, exit 2 and no output', (_what, lines, message) => {
    const { code, stdout, stderr } = run('--jsonl', file(lines));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('explains a missing file or argument', () => {
    expect(run('--jsonl', join(dir, 'absent.jsonl'))).toMatchObject({ code: 2, stdout: '' });
    const usage = run();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run --silent scan -- --jsonl FILE/);
  });
});
