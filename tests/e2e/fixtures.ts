import { resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';
import { type DemoServer, startDemoServer } from '../../scripts/serve-demo.mjs';

declare const chrome: {
  storage: { local: {
      set(items: object): Promise<void>;
      get(key: string | null): Promise<Record<string, unknown>>;
      remove(keys: string[]): Promise<void>;
    }; };
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
};

// One Chromium with the unpacked extension and one demo-portal server per worker; each test
// gets a fresh page and fresh extension settings.

const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = process.env.RG_EXTENSION_DIR ?? resolve(ROOT, '.output/chrome-mv3');
const DEMO_DIR = resolve(ROOT, '.output/demo-portal');

export type ReviewMode = 'off' | 'inform' | 'warn' | 'require-reason';

interface WorkerFixtures {
  browserContext: BrowserContext;
  serviceWorker: Worker;
  demo: DemoServer;
}

interface TestFixtures {
  page: Page;
  setSettings: (settings: Record<string, unknown>) => Promise<void>;
  openThread: (threadId: number) => Promise<Page>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  browserContext: [
    async ({}, use) => {
      const context = await chromium.launchPersistentContext('', {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
      });
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  serviceWorker: [
    async ({ browserContext }, use) => {
      const worker = browserContext.serviceWorkers()[0] ?? (await browserContext.waitForEvent('serviceworker'));
      await use(worker);
    },
    { scope: 'worker' },
  ],
  demo: [
    async ({}, use) => {
      const server = await startDemoServer({ port: 0, root: DEMO_DIR });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // Enables the demo portal's origin the way a clinician would (an origin in their options,
  // host access already granted for local pages), then waits for the background to register the
  // content script. Clearing storage keeps that origin, so the registration never lapses.
  setSettings: [
    async ({ serviceWorker, demo }, use) => {
      const base = { origins: [{ origin: demo.url, adapter: 'demo' }] };
      const set = async (settings: Record<string, unknown>) => {
        await serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), { ...base, ...settings });
      };
      await serviceWorker.evaluate(async (value) => {
        const stored = await chrome.storage.local.get(null);
        await chrome.storage.local.remove(Object.keys(stored).filter((key) => key !== 'settings'));
        await chrome.storage.local.set({ settings: value });
        for (let tries = 0; tries < 100; tries += 1) {
          const scripts = await chrome.scripting.getRegisteredContentScripts();
          if (scripts.some((script) => script.matches?.includes('http://127.0.0.1/*'))) return;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error('the content script was not registered for the demo origin');
      }, base);
      await use(set);
    },
    { auto: true },
  ],
  // Fails the test on any page error, and on any ReplyGuard failure report unless the test
  // injects faults on purpose (tag @fault).
  page: async ({ browserContext }, use, testInfo) => {
    const page = await browserContext.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.text().startsWith('[ReplyGuard]') && !testInfo.tags.includes('@fault')) errors.push(message.text());
    });
    await use(page);
    await page.close();
    if (errors.length > 0) throw new Error(`Page errors: ${errors.join('; ')}`);
  },
  openThread: async ({ page, demo }, use) => {
    await use(async (threadId) => {
      await page.goto(`${demo.url}/thread/${threadId}`);
      await page.getByTestId('reply-composer').and(page.locator('[data-ready="true"]')).waitFor();
      return page;
    });
  },
});

export const expect = test.expect;
