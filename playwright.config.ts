import { defineConfig } from '@playwright/test';

// End-to-end tests: the built extension loaded unpacked into Debian's Chromium, against the
// demo portal. One browser per worker (see tests/e2e/fixtures.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
