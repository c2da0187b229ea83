import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { type DemoServer, startDemoServer } from '../../scripts/serve-demo.mjs';
import { deployWithPolicy, type PolicyDeployment } from './harness/chromium-policy';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

// The optional data-loss guard, deployed the way an organization would: ReplyGuard force-installed
// with a policy that enables the demo EHR (127.0.0.1) and turns the guard on for a local
// "webmail" page (localhost, another port). Patient information typed there gets the warning and
// an audit entry without any text; small talk with a date does not; sending is never held.
// Needs Chromium and root (machine-wide policy file); runs serially and removes its file.

const ROOT = resolve(import.meta.dirname, '../..');
const PHI = 'Pt John Doe DOB 3/4/1956 was diagnosed with melanoma';
const SMALL_TALK = 'see you at lunch on 3/4';

interface AuditRow {
  event: string;
  origin: string;
  composerKind?: string;
  findings: { ruleId: string; category: string }[];
}

/** A webmail-like page: a message body and a chat box, each with its own Send. */
function serveWebmail(): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Personal mail</title>
<form id="mail"><label>Message <textarea id="body" rows="6" cols="60"></textarea></label><button id="send">Send</button></form>
<form id="chat"><label>Chat <textarea id="chat-box" rows="2" cols="60"></textarea></label><button id="chat-send">Send chat</button></form>
<ul id="sent"></ul>
<script>
for (const form of document.forms) form.addEventListener('submit', (event) => {
  event.preventDefault();
  const li = document.createElement('li');
  li.textContent = form.id + ': ' + form.querySelector('textarea').value;
  document.getElementById('sent').append(li);
});
</script>`);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://localhost:${(server.address() as AddressInfo).port}` })));
}

async function auditLog(worker: Worker): Promise<AuditRow[]> {
  return worker.evaluate(async () => ((await chrome.storage.local.get('auditLog')).auditLog ?? []) as AuditRow[]);
}

const warning = (page: Page) => page.getByRole('status', { name: 'ReplyGuard: patient information warning' });

const test = base;
test.describe.configure({ mode: 'serial' });
test.skip(!existsSync('/usr/bin/chromium') || process.getuid?.() !== 0, 'needs Chromium and root');

test.describe('data-loss guard from policy', () => {
  let deployment: PolicyDeployment;
  let demo: DemoServer;
  let mail: { server: Server; url: string };
  let worker: Worker;

  test.beforeAll(async () => {
    // May wait for another spec's deployment to release the policy lock.
    test.setTimeout(240_000);
    demo = await startDemoServer({ port: 0, root: resolve(ROOT, '.output/demo-portal') });
    mail = await serveWebmail();
    deployment = await deployWithPolicy(
      {
        origins: [{ origin: demo.url, adapter: 'demo' }],
        dataLossGuard: { enabled: true, origins: [mail.url], mrnPatterns: ['\\bE\\d{7}\\b'] },
      },
      'replyguard-e2e-data-loss-guard.json',
    );
    worker = await deployment.worker();
    // The first managed read takes seconds while Chromium loads policy.
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => [s.id, s.matches])), { timeout: 30_000 })
      .toEqual(
        expect.arrayContaining([
          ['replyguard-data-loss-guard', ['http://localhost/*']],
          ['replyguard-ehr', ['http://127.0.0.1/*']],
        ]),
      );
  });

  test.afterAll(async () => {
    await deployment?.close();
    mail?.server.close();
    await demo?.close();
  });

  test('patient information on the listed site is warned about and audited without text; small talk is not', async () => {
    test.setTimeout(60_000);
    const page = await deployment.context.newPage();
    await page.goto(mail.url);
    await page.locator('#chat-box').pressSequentially(SMALL_TALK);
    await page.locator('#body').pressSequentially(PHI);

    await expect(warning(page)).toBeVisible({ timeout: 15_000 });
    await expect(warning(page)).toHaveText(/This looks like patient information; use the secure portal/);
    // One warning, above the message body; the chat box with a plain date has none.
    await expect(warning(page)).toHaveCount(1);
    await expect(page.locator('replyguard-guard + textarea')).toHaveAttribute('id', 'body');

    await expect.poll(async () => (await auditLog(worker)).filter((e) => e.event === 'data-loss-guard')).toEqual([
      expect.objectContaining({ origin: mail.url, composerKind: 'textarea' }),
    ]);
    const [entry] = (await auditLog(worker)).filter((e) => e.event === 'data-loss-guard');
    expect(entry?.findings.map((f) => f.category)).toEqual(['diagnosis', 'patient_info', 'patient_info']);
    const stored = JSON.stringify(await auditLog(worker));
    for (const text of ['John', 'Doe', '1956', 'melanoma', 'lunch']) expect(stored).not.toContain(text);

    // Never blocks sending; no EHR overlay (panel, review) on this site.
    await page.locator('#send').click();
    await expect(page.locator('#sent li')).toHaveText([`mail: ${PHI}`]);
    await expect(page.locator('replyguard-overlay')).toHaveCount(0);

    // Dismissed, it stays away while the same kind of content is typed.
    await warning(page).getByRole('button', { name: 'Dismiss the patient information warning' }).click();
    await expect(warning(page)).toHaveCount(0);
    await page.locator('#body').pressSequentially(' and melanoma again.');
    await page.locator('#chat-box').pressSequentially(' Pt Jane Roe MRN E1234567 has HIV.');
    // The chat box now carries patient information too: it warns there; the dismissed body stays quiet.
    await expect(page.locator('replyguard-guard + textarea')).toHaveAttribute('id', 'chat-box', { timeout: 15_000 });
    await expect(warning(page)).toHaveCount(1);

    // A new kind of care content in the dismissed body (a result) warns there again and is audited once more.
    await page.locator('#body').pressSequentially(' His A1c came back at 9.1.');
    await expect(warning(page)).toHaveCount(2, { timeout: 15_000 });
    await expect
      .poll(async () => (await auditLog(worker)).filter((e) => e.event === 'data-loss-guard').map((e) => e.findings.filter((f) => f.category !== 'patient_info').map((f) => f.category)))
      .toEqual([['diagnosis'], expect.arrayContaining(['sensitive']), ['diagnosis', 'result']]);
    await page.close();
  });

  test('the EHR origin keeps its overlay and gets no guard', async () => {
    const page = await deployment.context.newPage();
    await page.goto(`${demo.url}/thread/1`);
    await page.getByTestId('reply-composer').and(page.locator('[data-ready="true"]')).waitFor();
    await page.getByTestId('composer-textarea').pressSequentially(PHI);
    await expect(page.locator('replyguard-overlay')).toBeAttached({ timeout: 15_000 });
    await expect(page.locator('replyguard-guard')).toHaveCount(0);
    await page.close();
  });
});
