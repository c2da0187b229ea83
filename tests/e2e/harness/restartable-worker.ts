import type { BrowserContext, Worker } from '@playwright/test';
import { test as base, expect } from '../fixtures';

declare const chrome: { runtime: { sendMessage(message: object): Promise<unknown> } };

// For specs that stop the service worker: their `serviceWorker` fixture always reaches the
// worker currently running, and `restartServiceWorker` stops it the way Chromium does when it
// idles, then wakes a fresh one. Such a spec gets its own browser (worker-scoped fixtures).

export const test = base.extend<object, { extensionId: string }>({
  extensionId: [
    async ({ browserContext }, use) => {
      const worker = browserContext.serviceWorkers()[0] ?? (await browserContext.waitForEvent('serviceworker'));
      await use(new URL(worker.url()).host);
    },
    { scope: 'worker' },
  ],
  serviceWorker: [
    async ({ browserContext, extensionId }, use) => {
      const running = async (): Promise<Worker> =>
        browserContext.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? (await browserContext.waitForEvent('serviceworker'));
      const proxy = { evaluate: async (fn: never, arg: never) => (await running()).evaluate(fn, arg) } as unknown as Worker;
      await use(proxy);
    },
    { scope: 'worker' },
  ],
});

/**
 * Stops the extension's service worker (CDP closes its target, as Chromium does when it idles)
 * and wakes a new one with a runtime message; a global set before proves the new one is fresh.
 */
export async function restartServiceWorker(context: BrowserContext, worker: Worker, extensionId: string): Promise<void> {
  await worker.evaluate(() => Object.assign(globalThis, { rgBeforeRestart: true }));
  const blank = await context.newPage();
  const cdp = await context.newCDPSession(blank);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  expect(target).toBeDefined();
  await cdp.send('Target.closeTarget', { targetId: target!.targetId });
  await cdp.detach();
  await blank.goto(`chrome-extension://${extensionId}/popup.html`);
  await blank.evaluate(() => chrome.runtime.sendMessage({ type: 'replyguard:wake' }).catch(() => undefined));
  await expect.poll(() => worker.evaluate(() => 'rgBeforeRestart' in globalThis)).toBe(false);
  await blank.close();
}
