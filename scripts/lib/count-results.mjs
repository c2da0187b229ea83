// Prints "PASSED FAILED" from a Vitest or Playwright JSON report (used by scripts/test-all.sh).
import { readFileSync } from 'node:fs';

const [file, kind] = process.argv.slice(2);
const report = JSON.parse(readFileSync(file, 'utf8'));
if (kind === 'vitest') {
  const failedSuites = report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  console.log(`${report.numPassedTests} ${report.numFailedTests + failedSuites}`);
} else {
  const s = report.stats;
  console.log(`${s.expected + s.flaky} ${s.unexpected}`);
}
