import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// Runs one of the project's JSONL commands (`tsx scripts/NAME.ts`, as `npm run NAME` does) on
// temporary input files that are removed after the test file.

export function cliHarness(script: string) {
  const dir = mkdtempSync(join(tmpdir(), `${script}-cli-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let fileCount = 0;
  return {
    dir,
    /** A JSONL input file holding these lines. */
    file(lines: string[]): string {
      const path = join(dir, `input-${fileCount++}.jsonl`);
      writeFileSync(path, `${lines.join('\n')}\n`);
      return path;
    },
    run(...args: string[]) {
      const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
  };
}

export const line = (value: unknown) => JSON.stringify(value);
