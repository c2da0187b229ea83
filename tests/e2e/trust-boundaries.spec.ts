import { attemptSend, COMPOSERS, displayedText, loose, RISKY, reviewDialog, sent, typeReply } from './composers';
import { expect, test } from './fixtures';

declare const chrome: { storage: { local: { get(key: null): Promise<Record<string, unknown>> } } };

// A hostile EHR page: its scripts reach into the overlay's shadow root and "click" Send anyway,
// post ReplyGuard-looking messages, try the extension's runtime and storage, and replace DOM and
// network functions before the content script runs. ReplyGuard must act on none of it.

const textarea = COMPOSERS.find((c) => c.kind === 'textarea')!;

test.beforeEach(async ({ setSettings }) => {
  await setSettings({ reviewMode: 'warn' });
});

test('a page script cannot press Send anyway or apply a fix; the clinician still can', async ({ openThread }) => {
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, RISKY);
  await attemptSend(textarea, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();

  const attempt = await page.evaluate(() => {
    const root = document.querySelector('replyguard-overlay')?.shadowRoot;
    const buttons = [...(root?.querySelectorAll('button') ?? [])];
    const pressed: string[] = [];
    for (const button of buttons) {
      const name = button.textContent ?? '';
      if (!/Send anyway|confirmation|call|Edit/i.test(name)) continue;
      pressed.push(name);
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
      button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
    return pressed;
  });
  // The root is reachable (it is open), so the attempt is real: every decision button was pressed.
  expect(attempt).toEqual(expect.arrayContaining(['Send anyway']));
  await page.waitForTimeout(500);
  expect(await sent(page)).toEqual([]);
  await expect(reviewDialog(page)).toBeVisible();
  expect(loose(await displayedText(textarea, page))).toBe(loose(RISKY));

  await reviewDialog(page).getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page)).toHaveLength(1);
});

test('forged messages do nothing, and the page has no way into the extension', async ({ openThread, serviceWorker }) => {
  const page = await openThread(textarea.threadId);
  const extensionId = new URL(serviceWorker.url()).host;
  const reach = await page.evaluate(async (id) => {
    const forged = [
      { type: 'replyguard:audit', entry: { time: new Date().toISOString(), event: 'action', action: 'sent-anyway', reviewId: 'forged', origin: location.origin, mode: 'warn', findings: [] } },
      { type: 'replyguard:loop-open', opening: { thread: { url: location.href }, categories: ['diagnosis'], language: 'en', sentAt: Date.now() } },
      { type: 'replyguard:send-anyway' },
      { source: 'replyguard', action: 'send-anyway' },
    ];
    for (const message of forged) window.postMessage(message, '*');
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> }; storage?: unknown } }).chrome;
    let sendResult = 'no runtime.sendMessage';
    if (runtime?.runtime?.sendMessage) {
      try {
        await runtime.runtime.sendMessage(id, forged[1]);
        sendResult = 'delivered';
      } catch (error) {
        sendResult = `refused: ${String(error)}`;
      }
    }
    return { sendResult, storage: typeof runtime?.storage };
  }, extensionId);
  expect(reach.storage).toBe('undefined');
  expect(reach.sendResult).not.toBe('delivered');

  // The extension is still working and was not tricked: a risky send is held, nothing was stored.
  await typeReply(textarea, page, RISKY);
  await attemptSend(textarea, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();
  expect(await sent(page)).toEqual([]);
  const stored = await serviceWorker.evaluate(() => chrome.storage.local.get(null));
  expect(stored.closedLoops ?? []).toEqual([]);
  expect(JSON.stringify(stored.auditLog ?? [])).not.toContain('forged');
});

test('page scripts that replace DOM, event and network functions first do not reach the content script', async ({ page, demo }) => {
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.assign(window, { __extensionCalls: calls });
    const fromExtension = () => (new Error().stack ?? '').includes('chrome-extension://');
    const trap = <T extends object>(owner: T, name: keyof T & string) => {
      const original = owner[name] as unknown as (...args: unknown[]) => unknown;
      Object.defineProperty(owner, name, {
        configurable: true,
        writable: true,
        value(this: unknown, ...args: unknown[]) {
          if (fromExtension()) {
            calls.push(name);
            throw new Error(`hostile ${name}`);
          }
          return original.apply(this, args);
        },
      });
    };
    trap(Element.prototype, 'attachShadow');
    trap(Element.prototype, 'querySelectorAll');
    trap(EventTarget.prototype, 'addEventListener');
    trap(Node.prototype, 'appendChild');
    trap(window, 'fetch');
    trap(XMLHttpRequest.prototype, 'open');
    trap(window, 'postMessage');
    trap(JSON, 'stringify');
  });
  await page.goto(`${demo.url}/thread/${textarea.threadId}`);
  await page.getByTestId('reply-composer').and(page.locator('[data-ready="true"]')).waitFor();
  await typeReply(textarea, page, RISKY);
  await expect(page.locator('replyguard-mirror mark').first()).toBeAttached();
  await attemptSend(textarea, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __extensionCalls: string[] }).__extensionCalls)).toEqual([]);
});
