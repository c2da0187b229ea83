import { attemptSend, COMPOSERS, RISKY, reviewDialog, sent, typeReply } from './composers';
import { expect, test } from './fixtures';

// The clinician's side of enterprise settings with the unpacked build: the audit log records a
// review and the action taken (codes only) and exports it; shadow mode audits silently; removing
// the EHR origin unregisters the content script.

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};

const textarea = COMPOSERS.find((c) => c.kind === 'textarea')!;

test('a review and "send anyway" are audited without message text and exported as CSV', async ({ openThread, setSettings, serviceWorker, browserContext }) => {
  await setSettings({ reviewMode: 'warn' });
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, RISKY);
  await attemptSend(textarea, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();
  await page.getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page)).toHaveLength(1);

  const log = async () => (await serviceWorker.evaluate(() => chrome.storage.local.get('auditLog'))).auditLog as Record<string, unknown>[] | undefined;
  await expect.poll(async () => (await log())?.map((e) => `${e.event}:${e.action ?? ''}`)).toEqual(['review-shown:', 'action:sent-anyway']);
  const stored = JSON.stringify(await log());
  expect(stored).not.toMatch(/melanoma|metformin/i);
  expect(stored).toContain('"category":"diagnosis"');

  const id = new URL(serviceWorker.url()).host;
  const options = await browserContext.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await expect(options.getByTestId('audit-count')).toHaveText('2');
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  expect(text.split('\r\n')[0]).toMatch(/^time,event,reviewId,origin,mode,composerKind,action,reasonCode,.*,fromDraft$/);
  expect(text).toContain(',action,');
  expect(text).toContain(',warn,textarea,sent-anyway,');
  expect(text).toContain(',sent-anyway,');
  expect(text).not.toMatch(/melanoma/i);
  await options.close();
});

test('shadow mode shows nothing, never holds a send, and audits what it would have reviewed', async ({ openThread, setSettings, serviceWorker }) => {
  await setSettings({ reviewMode: 'shadow' });
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, RISKY);
  await attemptSend(textarea, page, 'button');
  await expect.poll(() => sent(page)).toHaveLength(1);
  await expect(reviewDialog(page)).toHaveCount(0);
  await expect(page.locator('replyguard-overlay')).toHaveCount(0);
  await expect
    .poll(async () => ((await serviceWorker.evaluate(() => chrome.storage.local.get('auditLog'))).auditLog as { event: string }[] | undefined)?.map((e) => e.event))
    .toEqual(['shadow']);
  const [entry] = (await serviceWorker.evaluate(() => chrome.storage.local.get('auditLog'))).auditLog as { composerKind?: string }[];
  expect(entry?.composerKind).toBe('textarea');
});

test('removing the EHR origin unregisters the content script; the page runs without ReplyGuard', async ({ openThread, setSettings, serviceWorker }) => {
  await setSettings({ origins: [] });
  await expect.poll(() => serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s) => s.length))).toBe(0);
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, RISKY);
  await page.waitForTimeout(500);
  await expect(page.locator('replyguard-overlay, replyguard-mirror')).toHaveCount(0);
  await attemptSend(textarea, page, 'button');
  await expect.poll(() => sent(page)).toHaveLength(1);
  // Enabled again for the tests that follow in this worker.
  await setSettings({});
  await expect.poll(() => serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts().then((s) => s.length))).toBe(1);
});
