import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cliHarness, line } from './cli-harness';

// Spawns the real command (`tsx scripts/context.ts`) on temporary files.

const { dir, file, run } = cliHarness('context');

describe('context CLI', { timeout: 30_000 }, () => {
  it('prints one result per target, in input order, ignoring extra fields and blank lines', () => {
    const text = 'The patient denies chest pain but reports dyspnea.';
    const { code, stdout, stderr } = run(
      '--jsonl',
      file([
        line({ id: 'a', text, start: 19, end: 29, note: 'ignored' }),
        '',
        line({ id: 2, text: 'Mother had breast cancer in 2001.', start: 11, end: 24 }),
        line({ id: 'c', text: 'If you develop a fever, call us.', start: 17, end: 22 }),
      ]),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 'a', negated: true, temporality: 'recent', experiencer: 'patient' },
      { id: 2, negated: false, temporality: 'historical', experiencer: 'other' },
      { id: 'c', negated: false, temporality: 'hypothetical', experiencer: 'patient' },
    ]);
  });

  const good = line({ id: 'ok', text: 'No fever.', start: 3, end: 8 });
  it.each([
    ['a non-JSON line', '{"id": "x", "text": ', 2],
    ['a missing field', line({ id: 'x', text: 'No fever.', start: 3 }), 2],
    ['a wrong type', line({ id: 'x', text: 'No fever.', start: '3', end: 8 }), 2],
    ['start after end', line({ id: 'x', text: 'No fever.', start: 6, end: 3 }), 2],
    ['end beyond the text', line({ id: 'x', text: 'No fever.', start: 3, end: 80 }), 2],
    ['a negative offset', line({ id: 'x', text: 'No fever.', start: -1, end: 3 }), 2],
  ])('rejects %s with exit 2, the line number and no stdout', (_name, bad, lineNumber) => {
    const { code, stdout, stderr } = run('--jsonl', file([good, bad, good]));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`line ${lineNumber}\\b`));
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a missing file', ['--jsonl', join(dir, 'nope.jsonl')]],
    ['no --jsonl', []],
    ['an unknown argument', ['--jsonl', 'x.jsonl', '--fast']],
  ])('rejects %s with exit 2 and one line on stderr', (_name, args) => {
    const { code, stdout, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
