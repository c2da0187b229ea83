import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

// "This page is not a secure place for patient messages": the demo portal (enabled at
// http://127.0.0.1:PORT) framed by a page on http://localhost:PORT, which no one approved, shows
// the banner inside the frame once and audits the origin only; the portal on its own shows none.

interface AuditRow {
  event: string;
  origin: string;
  findings: unknown[];
}

async function auditLog(worker: Worker): Promise<AuditRow[]> {
  return worker.evaluate(async () => ((await chrome.storage.local.get('auditLog')).auditLog ?? []) as AuditRow[]);
}

/** A third-party page on localhost that embeds the portal's thread. */
function serveFramingPage(threadUrl: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Partner site</title><h1>Partner site</h1>
<iframe title="Embedded portal" src="${threadUrl}" style="width: 1000px; height: 700px"></iframe>`);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://localhost:${(server.address() as AddressInfo).port}/` })));
}

const banner = (scope: { getByRole: import('@playwright/test').Page['getByRole'] }) =>
  scope.getByRole('alert', { name: 'ReplyGuard: insecure page' });

test('the portal framed by an unapproved site says it is not secure, once, and audits the origin only', async ({ page, demo, serviceWorker }) => {
  const framing = await serveFramingPage(`${demo.url}/thread/1`);
  try {
    await page.goto(framing.url);
    const frame = page.frameLocator('iframe[title="Embedded portal"]');
    await frame.getByTestId('reply-composer').and(frame.locator('[data-ready="true"]')).waitFor();
    await expect(banner(frame)).toBeVisible({ timeout: 10_000 });
    await expect(banner(frame)).toContainText('This page is not a secure place for patient messages.');
    await expect(banner(frame)).toContainText(new URL(framing.url).host);
    await expect(banner(frame)).toHaveCount(1);
    await expect.poll(async () => (await auditLog(serviceWorker)).filter((e) => e.event === 'insecure-page')).toEqual([
      expect.objectContaining({ event: 'insecure-page', origin: demo.url, findings: [] }),
    ]);
    // Dismissed, it stays gone; typing goes on as usual.
    await banner(frame).getByRole('button', { name: 'Dismiss the insecure page warning' }).click();
    await expect(banner(frame)).toHaveCount(0);
    await frame.getByTestId('composer-textarea').pressSequentially('Your refill was sent.');
    await expect(frame.getByTestId('composer-textarea')).toHaveValue('Your refill was sent.');
    await expect(banner(frame)).toHaveCount(0);
    const entries = await auditLog(serviceWorker);
    expect(JSON.stringify(entries)).not.toContain('refill');
  } finally {
    framing.server.close();
  }
});

test('the demo portal on its own (http on this computer) shows no banner', async ({ openThread, serviceWorker }) => {
  const page = await openThread(1);
  await page.getByTestId('composer-textarea').pressSequentially('Your biopsy showed melanoma.');
  // The overlay is running (it drew the reply's findings), yet says nothing about the page.
  await expect(page.locator('replyguard-mirror')).toBeAttached({ timeout: 10_000 });
  await expect(banner(page)).toHaveCount(0);
  expect((await auditLog(serviceWorker)).filter((e) => e.event === 'insecure-page')).toEqual([]);
});
