import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { type DemoServer, startDemoServer } from '../../scripts/serve-demo.mjs';
import { RISKY } from './composers';
import { deployWithPolicy, type PolicyDeployment } from './harness/chromium-policy';

// Chromium as an IT department would run it: the extension force-installed from a locally
// served CRX through the Linux policy template (ExtensionSettings) with its 3rdparty values.
// The options page shows those values locked, an invalid value's message, and the overlay runs
// on the origin the policy enabled. Needs root (policy folder is machine-wide); the harness
// (harness/chromium-policy.ts) takes the machine-wide policy lock and removes its policy file. The
// CRX is signed with a throwaway key, so its id differs from the pinned one.

const ROOT = resolve(import.meta.dirname, '../..');

interface Deployment extends PolicyDeployment {
  demo: DemoServer;
}

async function deploy(policy: Record<string, unknown>): Promise<Deployment> {
  const demo = await startDemoServer({ port: 0, root: resolve(ROOT, '.output/demo-portal') });
  const deployment = await deployWithPolicy({ origins: [{ origin: demo.url, adapter: 'demo' }], ...policy }, 'replyguard-e2e.json');
  return {
    ...deployment,
    demo,
    async close() {
      await deployment.close();
      await demo.close();
    },
  };
}

async function openOptions({ context, id }: Deployment): Promise<Page> {
  // Force-install downloads the CRX after launch: wait for the extension's worker.
  await expect(async () => {
    expect(context.serviceWorkers().some((worker) => worker.url().startsWith(`chrome-extension://${id}/`))).toBe(true);
  }).toPass({ timeout: 30_000 });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html`);
  return page;
}

const test = base;
test.describe.configure({ mode: 'serial' });
test.skip(!existsSync('/usr/bin/chromium') || process.getuid?.() !== 0, 'needs Chromium and root');

test.describe('Chromium enterprise policy', () => {
  let deployment: Deployment;

  test.beforeAll(async () => {
    // May wait for another spec's deployment to release the policy lock.
    test.setTimeout(240_000);
    deployment = await deploy({
      reviewMode: 'require-reason',
      consentMaxAgeMonths: 6,
      identifierLevel: 'everything',
      userMayChange: ['licenses'],
    });
  });

  test.afterAll(async () => {
    await deployment?.close();
  });

  test('force-installed from a CRX; the options page shows policy values locked', async () => {
    test.setTimeout(60_000);
    const page = await openOptions(deployment);
    // The first managed read takes seconds while Chromium loads policy.
    const reviewMode = page.getByTestId('setting-reviewMode');
    await expect(reviewMode).toHaveAttribute('data-source', 'policy', { timeout: 15_000 });
    await expect(reviewMode.getByTestId('setting-locked')).toHaveText(/Managed by your organization/);
    await expect(reviewMode.getByRole('combobox')).toHaveValue('require-reason');
    await expect(reviewMode.getByRole('combobox')).toBeDisabled();
    await expect(page.getByTestId('setting-consentMaxAgeMonths').getByRole('spinbutton')).toHaveValue('6');
    // Not set by policy, but not in userMayChange either: locked at the default.
    await expect(page.getByTestId('setting-closedLoop')).toHaveAttribute('data-locked', 'true');
    await expect(page.getByTestId('setting-closedLoop')).toHaveAttribute('data-source', 'default');
    // Listed in userMayChange: the clinician may edit it.
    await expect(page.getByTestId('setting-licenses')).toHaveAttribute('data-locked', 'false');
    await expect(page.getByTestId('setting-licenses').getByRole('textbox')).toBeEnabled();
    await expect(page.getByTestId('origin-row')).toHaveText(new RegExp(`${deployment.demo.url}.*Active`));
  });

  test('an invalid policy value shows its message and the safe default applies', async () => {
    const page = await openOptions(deployment);
    const issue = page.getByTestId('setting-issue').and(page.locator('[data-key="identifierLevel"]'));
    await expect(issue).toContainText('"everything"', { timeout: 15_000 });
    await expect(issue).toContainText('The default "initials" applies instead');
    const identifier = page.getByTestId('setting-identifierLevel');
    await expect(identifier.getByRole('combobox')).toHaveValue('initials');
    await expect(identifier).toHaveAttribute('data-locked', 'true');
  });

  test('the overlay runs on the origin the policy enabled', async () => {
    const page = await deployment.context.newPage();
    await page.goto(`${deployment.demo.url}/thread/1`);
    await page.getByTestId('reply-composer').and(page.locator('[data-ready="true"]')).waitFor();
    await page.getByTestId('composer-textarea').pressSequentially(RISKY);
    await expect(page.locator('replyguard-mirror')).toBeAttached({ timeout: 10_000 });
    await page.getByTestId('composer-textarea').press('Control+Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send anyway' })).toBeDisabled();
  });
});
