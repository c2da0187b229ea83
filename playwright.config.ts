import { defineConfig } from '@playwright/test';

// End-to-end tests: the built extension loaded unpacked into Debian's Chromium, against the
// demo portal. One browser per worker (see tests/e2e/fixtures.ts). Timed browser measurements
// are a benchmark, not tests: they run only with RG_PERF=1 (`npm run bench:browser`).
const TIMED = ['**/perf.spec.ts', '**/typing-performance.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  ...(process.env.RG_PERF ? { testMatch: TIMED } : { testIgnore: TIMED }),
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
