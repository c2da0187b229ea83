import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, expect, type Page } from '@playwright/test';
import { extensionIdFromKey } from '../../scripts/policy/extension-id';
import { linuxPolicy } from '../../scripts/policy/templates';
import { type DemoServer, startDemoServer } from '../../scripts/serve-demo.mjs';
import { RISKY } from './composers';

// Chromium as an IT department would run it: the extension force-installed from a locally
// served CRX through the Linux policy template (ExtensionSettings) with its 3rdparty values.
// The options page shows those values locked, an invalid value's message, and the overlay runs
// on the origin the policy enabled. Needs root (policy folder is machine-wide); runs serially
// and removes its policy file. The CRX is signed with a throwaway key, so its id differs from
// the pinned one and no other Chromium run on this machine is affected.

const ROOT = resolve(import.meta.dirname, '../..');
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'replyguard-e2e.json');

interface Deployment {
  id: string;
  context: BrowserContext;
  demo: DemoServer;
  close(): Promise<void>;
}

function packCrx(work: string): { id: string; crx: Buffer; version: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const dir = join(work, 'replyguard');
  cpSync(process.env.RG_EXTENSION_DIR ?? resolve(ROOT, '.output/chrome-mv3'), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, key }));
  writeFileSync(join(work, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', `--user-data-dir=${join(work, 'pack-profile')}`, `--pack-extension=${dir}`, `--pack-extension-key=${join(work, 'key.pem')}`], { stdio: 'ignore' });
  return { id: extensionIdFromKey(key), crx: readFileSync(join(work, 'replyguard.crx')), version: manifest.version };
}

function serveUpdates(id: string, crx: Buffer, version: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (request.url?.startsWith('/updates.xml')) {
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(`<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${id}'><updatecheck codebase='${base}/replyguard.crx' version='${version}' /></app>
</gupdate>`);
    } else if (request.url === '/replyguard.crx') {
      response.writeHead(200, { 'content-type': 'application/x-chrome-extension' });
      response.end(crx);
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/updates.xml` })));
}

async function deploy(policy: Record<string, unknown>): Promise<Deployment> {
  const work = mkdtempSync(join(tmpdir(), 'rg-enterprise-'));
  const { id, crx, version } = packCrx(work);
  const updates = await serveUpdates(id, crx, version);
  const demo = await startDemoServer({ port: 0, root: resolve(ROOT, '.output/demo-portal') });
  const values = { origins: [{ origin: demo.url, adapter: 'demo' }], ...policy };
  const file = { ...JSON.parse(linuxPolicy(values as never, { extensionId: id, updateUrl: updates.url })), DeveloperToolsAvailability: 1 };
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify(file));
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
  });
  return {
    id,
    context,
    demo,
    async close() {
      await context.close();
      await demo.close();
      updates.server.close();
      rmSync(POLICY_FILE, { force: true });
      rmSync(work, { recursive: true, force: true });
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
    test.setTimeout(90_000);
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
