import type { BrowserContext, Page, Worker } from '@playwright/test';
import { attemptSend, COMPOSERS, displayedText, loose, RISKY, ROUTINE, reviewDialog, sent, typeReply } from './composers';
import { expect } from './fixtures';
import { restartServiceWorker, test } from './harness/restartable-worker';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  action: { getBadgeText(details: object): Promise<string>; getBadgeBackgroundColor(details: object): Promise<number[]> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  runtime: { sendMessage(message: object): Promise<unknown> };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
};

// Closed loop end to end: the confirmation request goes in from a card in the patient's
// language, sending opens a loop, the loop survives a stopped service worker (storage, alarm,
// badge), and a newer patient message that confirms closes it and drops the badge; a question
// does not. The service worker is stopped here, so the spec uses the restartable-worker harness.

type StoredLoop = { id: string; status: string; categories: string[]; language: string; patient?: string; thread: { url: string }; dueAt: number; sentAt: number };

const textarea = COMPOSERS.find((c) => c.kind === 'textarea')!;
const ckeditor = COMPOSERS.find((c) => c.kind === 'ckeditor')!;

const loops = (worker: Worker) => worker.evaluate(async () => ((await chrome.storage.local.get('closedLoops')).closedLoops ?? []) as StoredLoop[]);
const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const alarms = (worker: Worker) => worker.evaluate(() => chrome.alarms.getAll());

async function insertRequestFromCard(page: Page): Promise<void> {
  await page.getByRole('button', { name: /ReplyGuard/ }).click();
  await page.getByRole('button', { name: 'Add a confirmation request' }).first().click();
}

/** The patient answers on the portal: a newer patient message appears in the thread. */
async function patientReplies(page: Page, text: string): Promise<void> {
  await page.getByTestId('message-list').evaluate((list, body) => {
    const article = document.createElement('article');
    article.className = 'message message-patient';
    article.dataset.role = 'patient-message';
    article.dataset.sentAt = new Date(Date.now() + 1000).toISOString();
    const p = document.createElement('p');
    p.className = 'message-text';
    p.textContent = body;
    article.append(p);
    list.append(article);
  }, text);
}

test('insert from a card, send, restart the service worker, patient confirms: loop closes, badge drops', async ({
  openThread,
  setSettings,
  serviceWorker,
  browserContext,
  extensionId,
}) => {
  await setSettings({ reviewMode: 'inform', identifierLevel: 'initials', closedLoop: { dueHours: 24 } });
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, RISKY);
  await insertRequestFromCard(page);
  await expect.poll(async () => loose(await displayedText(textarea, page))).toMatch(/Please reply by \w+day, \w+ \d+ at \d+:\d\d [AP]M to confirm you got this message\. In your own words/);

  const before = Date.now();
  await attemptSend(textarea, page, 'button');
  await expect.poll(() => sent(page)).toHaveLength(1);
  await expect.poll(async () => (await loops(serviceWorker)).length).toBe(1);
  const [opened] = await loops(serviceWorker);
  expect(opened).toMatchObject({ status: 'open', language: 'en', patient: 'R.C.', thread: { url: `${new URL(page.url()).origin}/thread/1` } });
  expect(opened!.categories.length).toBeGreaterThan(0);
  expect(opened!.dueAt - opened!.sentAt).toBe(24 * 3_600_000);
  expect(opened!.sentAt).toBeGreaterThanOrEqual(before - 1000);
  // No message text anywhere in the record.
  expect(JSON.stringify(opened)).not.toMatch(/melanoma|metformin|own words/i);
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');

  await restartServiceWorker(browserContext, serviceWorker, extensionId);

  // A fresh worker: the loop, its wake-up alarm and the badge are all still there.
  expect((await loops(serviceWorker)).map((l) => l.status)).toEqual(['open']);
  expect((await alarms(serviceWorker)).find((a) => a.name === 'replyguard-loop-wake')?.scheduledTime).toBe(opened!.dueAt);
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');

  // A question is not a confirmation; the clinician still owes an answer.
  await patientReplies(page, 'Got it, but should I take the metformin with food?');
  await page.waitForTimeout(1200);
  expect((await loops(serviceWorker)).map((l) => l.status)).toEqual(['open']);

  await patientReplies(page, "Got it, I'll start the metformin tomorrow with breakfast and book the dermatology visit.");
  await expect.poll(async () => (await loops(serviceWorker)).map((l) => l.status)).toEqual(['confirmed']);
  await expect.poll(() => badgeText(serviceWorker)).toBe('');
  expect((await alarms(serviceWorker)).some((a) => a.name === 'replyguard-loop-wake')).toBe(false);
});

test('a Spanish-speaking patient gets the Spanish request; a held send opens no loop until sent', async ({ openThread, setSettings, serviceWorker }) => {
  await setSettings({ reviewMode: 'warn', identifierLevel: 'none' });
  const page = await openThread(ckeditor.threadId);
  await typeReply(ckeditor, page, RISKY);
  await insertRequestFromCard(page);
  await expect.poll(async () => loose(await displayedText(ckeditor, page))).toContain('Con sus propias palabras, díganos qué significa para usted');

  await attemptSend(ckeditor, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await loops(serviceWorker)).toEqual([]);

  await page.getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page)).toHaveLength(1);
  await expect.poll(async () => (await loops(serviceWorker)).map((l) => [l.language, l.patient ?? null])).toEqual([['es', null]]);
  await expect.poll(() => badgeText(serviceWorker)).toBe('1');
});

test('the popup lists the open loop and closes it by hand', async ({ openThread, setSettings, serviceWorker, browserContext, extensionId }) => {
  await setSettings({ reviewMode: 'inform' });
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, RISKY);
  await insertRequestFromCard(page);
  await expect.poll(async () => loose(await displayedText(textarea, page))).toContain('In your own words');
  await attemptSend(textarea, page, 'button');
  await expect.poll(async () => (await loops(serviceWorker)).length).toBe(1);

  const popup = await browserContext.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const item = popup.getByTestId('pending-loops').getByTestId('loop-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('R.C.');
  await expect(item).toContainText(/Due /);
  await item.getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => (await loops(serviceWorker)).map((l) => l.status)).toEqual(['closed']);
  await expect(popup.getByTestId('finished-loops').getByTestId('loop-item')).toContainText('Closed by hand');
  await expect.poll(() => badgeText(serviceWorker)).toBe('');
  await popup.close();
});

test('an overdue loop raises one notification and a red badge', async ({ setSettings, serviceWorker, browserContext, extensionId }) => {
  await setSettings({});
  const now = Date.now();
  const overdue = {
    id: 'loop-overdue-1',
    thread: { url: 'http://127.0.0.1:9/thread/2' },
    categories: ['result'],
    language: 'en',
    patient: 'L.O.',
    status: 'open',
    sentAt: now - 50 * 3_600_000,
    dueAt: now - 2 * 3_600_000,
  };
  await serviceWorker.evaluate((loop) => chrome.storage.local.set({ closedLoops: [loop] }), overdue);
  // Any closed-loop message makes the background recompute, as its alarm does.
  const page = await browserContext.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const nudge = () => page.evaluate(() => chrome.runtime.sendMessage({ type: 'replyguard:loop-close', id: 'no-such-loop' }));
  await nudge();
  await expect.poll(() => serviceWorker.evaluate(() => chrome.notifications.getAll())).toEqual({ 'replyguard-loop:loop-overdue-1': true });
  expect(await badgeText(serviceWorker)).toBe('1');
  expect(await serviceWorker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([179, 38, 30, 255]);
  await expect(page.getByTestId('loop-item')).toHaveAttribute('data-state', 'overdue');
  await expect(page.getByTestId('loop-item')).toContainText('L.O.');

  // Reminded once: a later recompute does not notify again.
  await serviceWorker.evaluate(() => chrome.notifications.clear('replyguard-loop:loop-overdue-1'));
  await nudge();
  await page.waitForTimeout(300);
  expect(await serviceWorker.evaluate(() => chrome.notifications.getAll())).toEqual({});
  await page.close();
});

test('the request goes in from the pre-send review too, and the sent reply opens a loop', async ({ openThread, setSettings, serviceWorker }) => {
  const quill = COMPOSERS.find((c) => c.kind === 'quill')!;
  await setSettings({ reviewMode: 'warn' });
  const page = await openThread(quill.threadId);
  await typeReply(quill, page, RISKY);
  await attemptSend(quill, page, 'button');
  await reviewDialog(page).getByRole('button', { name: 'Add a confirmation request' }).click();
  await expect.poll(async () => loose(await displayedText(quill, page))).toContain('In your own words, tell us what it means for you');
  expect(await sent(page)).toEqual([]);
  expect(await loops(serviceWorker)).toEqual([]);

  await attemptSend(quill, page, 'button');
  await reviewDialog(page).getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page)).toHaveLength(1);
  await expect.poll(async () => (await loops(serviceWorker)).map((l) => l.status)).toEqual(['open']);
});

test('the panel inserts the request with one click, even when nothing was flagged', async ({ openThread, setSettings }) => {
  await setSettings({ reviewMode: 'warn' });
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, ROUTINE);
  await page.getByRole('button', { name: /ReplyGuard/ }).click();
  await page.getByRole('button', { name: 'Ask the patient to confirm (teach-back)' }).click();
  await expect.poll(async () => loose(await displayedText(textarea, page))).toMatch(
    /^Your refill of lisinopril was sent to your pharmacy\. Please reply by .+ to confirm you got this message\./,
  );
});
