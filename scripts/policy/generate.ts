import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { policyOutputs } from './outputs';

// `npm run policy` writes the managed-storage schema and the policy templates from the settings
// schema; `npm run policy -- --check` only reports files that are out of date (exit code 1).

const ROOT = resolve(import.meta.dirname, '../..');
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, content] of Object.entries(policyOutputs())) {
  const file = resolve(ROOT, path);
  let current: string | null = null;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = null;
  }
  if (current === content) continue;
  if (check) {
    console.error(`out of date: ${path}`);
    stale += 1;
    continue;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote ${path}`);
}
process.exitCode = stale > 0 ? 1 : 0;
