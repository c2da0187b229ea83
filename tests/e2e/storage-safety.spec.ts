import type { BrowserContext, Page, Worker } from '@playwright/test';
import { attemptSend, COMPOSERS, loose, RISKY, reviewDialog, sent, typeReply } from './composers';
import { expect } from './fixtures';
import { restartServiceWorker, test } from './harness/restartable-worker';

declare const chrome: {
  storage: Record<'local' | 'session' | 'sync', {
    get(key: string | null): Promise<Record<string, unknown>>;
    set(items: object): Promise<void>;
    remove(keys: string | string[]): Promise<void>;
    getBytesInUse(keys: null): Promise<number>;
  }>;
  runtime: { sendMessage(message: object): Promise<unknown> };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};

// Stored data under stress: corrupted values are repaired keeping what validates, full storage
// costs the oldest audit entries or is reported, a stopped service worker or a vanishing or
// navigating composer leaves the overlay working, and after a whole session of use no message
// text is anywhere in the extension's storage. The service worker is stopped here, so the spec
// uses the restartable-worker harness.

const byKind = (kind: string) => COMPOSERS.find((c) => c.kind === kind)!;
const textarea = byKind('textarea');

const entry = (n: number) => ({
  time: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
  event: 'review-shown',
  reviewId: `seed-${n}`,
  origin: 'https://ehr.example.org',
  mode: 'warn',
  findings: [{ ruleId: 'diagnosis.serious', category: 'diagnosis', severity: 'warning' }],
});

const local = (worker: Worker) => worker.evaluate(() => chrome.storage.local.get(null));

// Storage notices live in storage.session, which outlives a test: start and leave it empty.
const clearNotices = async ({ serviceWorker }: { serviceWorker: Worker }) => {
  await serviceWorker.evaluate(() => chrome.storage.session.remove('storageHealth'));
};
test.beforeEach(clearNotices);
test.afterEach(clearNotices);

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  return options;
}

/** Types a risky reply, sends it anyway through the review, and checks it left. */
async function sendRiskyAnyway(page: Page, text = RISKY): Promise<void> {
  await typeReply(textarea, page, text);
  await attemptSend(textarea, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();
  await reviewDialog(page).getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page)).toHaveLength(1);
}

test('corrupted storage is repaired at start keeping what validates; the options page says what happened', async ({
  serviceWorker,
  browserContext,
  extensionId,
  openThread,
}) => {
  const loop = { id: 'loop-good-0001', thread: { url: 'http://127.0.0.1:9/thread/1' }, categories: ['result'], language: 'en', status: 'open', sentAt: 1, dueAt: Date.now() + 3_600_000 };
  await serviceWorker.evaluate(
    ({ entries, good }) =>
      chrome.storage.local.set({
        auditLog: [entries[0], 'not an entry', { ...entries[1], reasonCode: 'free text is not a code' }, entries[2]],
        closedLoops: [good, { id: 'BAD' }, 42],
        policyCache: 'garbage',
        storageVersion: 'x',
      }),
    { entries: [entry(1), entry(2), entry(3)], good: loop },
  );
  await restartServiceWorker(browserContext, serviceWorker, extensionId);

  await expect.poll(async () => (await local(serviceWorker)).storageVersion).toBe(1);
  const stored = await local(serviceWorker);
  expect(stored.auditLog).toEqual([entry(1), entry(3)]);
  expect(stored.closedLoops).toEqual([loop]);
  expect(typeof stored.policyCache === 'object' || stored.policyCache === undefined).toBe(true);

  const options = await openOptions(browserContext, extensionId);
  const notice = options.getByRole('alert', { name: 'Storage problems' });
  await expect(notice).toContainText('2 damaged audit entries were removed; the other 2 were kept.');
  await expect(notice).toContainText('2 damaged awaited-confirmation records were removed; the other 1 were kept.');
  await expect(options.getByTestId('audit-count')).toHaveText('2');
  await options.close();

  // The overlay still works on the portal.
  const page = await openThread(textarea.threadId);
  await sendRiskyAnyway(page);
  await expect.poll(async () => ((await local(serviceWorker)).auditLog as unknown[]).length).toBe(4);
});

test('settings that are not an object and an audit log that is a string are reset with a clear message', async ({
  serviceWorker,
  browserContext,
  extensionId,
  page,
  demo,
}) => {
  await serviceWorker.evaluate(() => chrome.storage.local.set({ settings: 'oops', auditLog: 'also oops', storageVersion: 0 }));
  await restartServiceWorker(browserContext, serviceWorker, extensionId);
  await expect.poll(async () => (await local(serviceWorker)).storageVersion).toBe(1);
  const stored = await local(serviceWorker);
  expect(stored.settings).toBeUndefined();
  expect(stored.auditLog).toBeUndefined();

  const options = await openOptions(browserContext, extensionId);
  const notice = options.getByRole('alert', { name: 'Storage problems' });
  await expect(notice).toContainText('Your saved options could not be read and were reset to the defaults');
  await expect(notice).toContainText('The audit log could not be read and was started again.');
  await options.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await options.close();

  // With the clinician's options gone the portal runs without ReplyGuard, and still sends.
  await expect.poll(() => serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
  await page.goto(`${demo.url}/thread/${textarea.threadId}`);
  await page.getByTestId('reply-composer').and(page.locator('[data-ready="true"]')).waitFor();
  await typeReply(textarea, page, RISKY);
  await attemptSend(textarea, page, 'button');
  await expect.poll(() => sent(page)).toHaveLength(1);
});

test('storage full: the oldest audit entries make room; when nothing can, typing and sending go on and the failure is shown', { tag: '@fault' }, async ({
  serviceWorker,
  browserContext,
  extensionId,
  setSettings,
  openThread,
}) => {
  await setSettings({ reviewMode: 'warn' });
  const seeded = Array.from({ length: 40 }, (_, n) => entry(n));
  await serviceWorker.evaluate((entries) => chrome.storage.local.set({ auditLog: entries }), seeded);
  // A quota of 30 entries' worth of audit log: appends past it fail as a full storage.local does.
  await serviceWorker.evaluate((limit) => {
    const area = chrome.storage.local as unknown as { set(items: object): Promise<void>; __set?: unknown };
    const original = area.set.bind(area);
    Object.assign(area, {
      __set: original,
      set: (items: { auditLog?: unknown[] }) =>
        JSON.stringify(items).length > limit ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : original(items),
    });
  }, JSON.stringify(seeded.slice(0, 30)).length);
  try {
    const page = await openThread(textarea.threadId);
    await sendRiskyAnyway(page);
    await expect.poll(async () => ((await local(serviceWorker)).auditLog as { event: string }[]).at(-1)?.event).toBe('action');
    const log = (await local(serviceWorker)).auditLog as { reviewId: string }[];
    expect(log.length).toBeLessThan(30);
    expect(log.some((e) => e.reviewId === 'seed-0')).toBe(false);
    expect(log.some((e) => e.reviewId === 'seed-39')).toBe(true);

    // Now nothing can be written at all (another key fills storage.local).
    await serviceWorker.evaluate(() => {
      Object.assign(chrome.storage.local, { set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) });
    });
    await serviceWorker.evaluate(() => chrome.storage.local.remove('auditLog'));
    const next = await openThread(textarea.threadId);
    await sendRiskyAnyway(next, 'Your A1c came back at 9.1. Start insulin glargine 10 units nightly.');

    const options = await openOptions(browserContext, extensionId);
    const notice = options.getByRole('alert', { name: 'Storage problems' });
    await expect(notice).toContainText(/Browser storage was full: the \d+ oldest audit entries were removed to make room\./);
    await expect(notice).toContainText('Browser storage is full or failing: ReplyGuard could not save the audit log.');
    await options.close();
  } finally {
    await serviceWorker.evaluate(() => {
      const area = chrome.storage.local as unknown as { __set?: unknown; set?: unknown };
      if (area.__set) Object.assign(area, { set: area.__set });
    });
  }
});

test('a real quota error (storage.local filled to QUOTA_BYTES) never blocks sending and is reported', { tag: '@fault' }, async ({
  serviceWorker,
  browserContext,
  extensionId,
  setSettings,
  openThread,
}) => {
  test.setTimeout(90_000);
  await setSettings({ reviewMode: 'warn' });
  // Chromium's storage.local quota (QUOTA_BYTES, without unlimitedStorage) counts keys and JSON
  // values: fill it to the last byte.
  const free = await serviceWorker.evaluate(async () => {
    const quota = 10 * 1024 * 1024;
    const used = await chrome.storage.local.getBytesInUse(null);
    for (let size = quota - used - 'filler'.length - 2; size > 0; size -= 1) {
      try {
        await chrome.storage.local.set({ filler: 'x'.repeat(size) });
        return quota - (await chrome.storage.local.getBytesInUse(null));
      } catch {
        // One byte too many: try one less.
      }
    }
    return -1;
  });
  expect(free).toBeGreaterThanOrEqual(0);
  expect(free).toBeLessThan(50);
  const page = await openThread(textarea.threadId);
  await sendRiskyAnyway(page);
  const options = await openOptions(browserContext, extensionId);
  await expect(options.getByRole('alert', { name: 'Storage problems' })).toContainText('could not save the audit log');
  await options.close();
  await serviceWorker.evaluate(() => chrome.storage.local.remove('filler'));
});

test('a service worker stopped mid-session: the overlay keeps analysing and the audit reaches the new worker', async ({
  serviceWorker,
  browserContext,
  extensionId,
  setSettings,
  openThread,
}) => {
  await setSettings({ reviewMode: 'warn' });
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, 'Thanks for your message. ');
  await restartServiceWorker(browserContext, serviceWorker, extensionId);
  await sendRiskyAnyway(page, 'Your biopsy showed melanoma.');
  await expect.poll(async () => ((await local(serviceWorker)).auditLog as { action?: string }[] | undefined)?.map((e) => e.action ?? 'shown')).toEqual([
    'shown',
    'sent-anyway',
  ]);
});

test('a composer removed mid-analysis and an iframe composer that navigates leave the overlay working', async ({ setSettings, openThread }) => {
  await setSettings({ reviewMode: 'warn' });
  const frameCase = byKind('iframe');
  const page = await openThread(frameCase.threadId);
  await typeReply(frameCase, page, 'Your biopsy showed');
  // The frame navigates (reloads its editor) before the debounced analysis has run.
  await page.getByTestId('composer-iframe').evaluate(
    (frame) =>
      new Promise((resolve) => {
        frame.addEventListener('load', resolve, { once: true });
        (frame as HTMLIFrameElement).contentWindow?.location.reload();
      }),
  );
  await typeReply(frameCase, page, RISKY);
  await expect.poll(async () => loose(await frameCase.editable(page).innerText())).toBe(loose(RISKY));
  await attemptSend(frameCase, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();
  await reviewDialog(page).getByRole('button', { name: 'Edit message' }).click();

  // The composer element itself is removed mid-analysis; the next thread's composer still works.
  const tiptap = byKind('tiptap');
  const quill = byKind('quill');
  const next = await openThread(tiptap.threadId);
  await typeReply(tiptap, next, 'Your biopsy showed melanoma.');
  await tiptap.editable(next).evaluate((el) => el.remove());
  await next.waitForTimeout(600);
  await next.getByTestId(`thread-link-${quill.threadId}`).click();
  await next.getByTestId('reply-composer').and(next.locator('[data-ready="true"]')).waitFor();
  await typeReply(quill, next, RISKY);
  await attemptSend(quill, next, 'button');
  await expect(reviewDialog(next)).toBeVisible();
});

// ---- no message text stored --------------------------------------------------------------

/** Every value ReplyGuard's origin holds: the three storage areas, IndexedDB and localStorage. */
async function dumpEverything(worker: Worker, context: BrowserContext, extensionId: string): Promise<string> {
  const areas = await worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    session: await chrome.storage.session.get(null),
    sync: await chrome.storage.sync.get(null).catch(() => ({})),
  }));
  const options = await openOptions(context, extensionId);
  const origin = await options.evaluate(async () => {
    const databases = await indexedDB.databases();
    return { databases: databases.map((d) => d.name), localStorage: { ...localStorage }, sessionStorage: { ...sessionStorage } };
  });
  await options.close();
  return JSON.stringify({ areas, origin });
}

test('after a whole session of use, no message text is stored anywhere', async ({ serviceWorker, browserContext, extensionId, setSettings, openThread }) => {
  test.setTimeout(150_000);
  await setSettings({ reviewMode: 'warn', identifierLevel: 'initials' });
  const typed: string[] = [];
  for (const [index, c] of COMPOSERS.entries()) {
    const marker = `Zorblax${index}quintessa`;
    const reply = `Your biopsy showed melanoma, ${marker}. Start metformin 500 mg twice daily for the ${marker} plan.`;
    typed.push(reply);
    const page = await openThread(c.threadId);
    await typeReply(c, page, reply);
    await attemptSend(c, page, 'button');
    await expect(reviewDialog(page)).toBeVisible();
    if (index === 0) {
      // Add a confirmation request from the review, then send: this opens a loop.
      await reviewDialog(page).getByRole('button', { name: 'Add a confirmation request' }).click();
      await attemptSend(c, page, 'button');
    }
    await reviewDialog(page).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sent(page)).toHaveLength(1);
    // The loop opens once the sent request has left the composer: wait before leaving the page.
    if (index === 0) await expect.poll(async () => ((await local(serviceWorker)).closedLoops as unknown[] | undefined)?.length ?? 0).toBe(1);
  }
  // Close the loop by hand in the popup.
  const popup = await browserContext.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByTestId('pending-loops').getByTestId('loop-item').getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => ((await local(serviceWorker)).closedLoops as { status: string }[])[0]?.status).toBe('closed');
  await popup.close();

  const dump = await dumpEverything(serviceWorker, browserContext, extensionId);
  expect(dump).toContain('sent-anyway');
  for (const reply of typed) {
    expect(dump).not.toMatch(/Zorblax|quintessa/);
    for (let i = 0; i + 20 <= reply.length; i++) expect(dump, `"${reply.slice(i, i + 20)}" is stored`).not.toContain(reply.slice(i, i + 20));
  }
});
