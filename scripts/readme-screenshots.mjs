// Refreshes the README screenshots from the demo portal with the real built extension:
//   npx wxt build && node scripts/build-demo.mjs && node scripts/readme-screenshots.mjs
// Writes docs/screenshots/{panel,review,red-flag}.png.
/* global chrome */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startDemoServer } from './serve-demo.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'docs/screenshots');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
mkdirSync(OUT, { recursive: true });

const server = await startDemoServer({ port: 0, root: join(ROOT, '.output/demo-portal') });
const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-first-run'],
  viewport: { width: 1280, height: 900 },
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  // ReplyGuard runs only on enabled origins: enable the demo portal as a clinician would.
  await worker.evaluate(async (origin) => {
    await chrome.storage.local.set({ settings: { origins: [{ origin, adapter: 'demo' }] } });
    for (let tries = 0; tries < 100 && (await chrome.scripting.getRegisteredContentScripts()).length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, server.url);
  const page = await context.newPage();

  await page.goto(`${server.url}/thread/1`);
  const composer = page.getByTestId('composer-textarea');
  await composer.click();
  await composer.pressSequentially(
    'Hi Robert, your A1c came back at 8.9, which means you now have type 2 diabetes. Please start metformin 500 mg twice daily.',
    { delay: 5 },
  );
  const toggle = page.getByRole('button', { name: /ReplyGuard/ });
  await toggle.waitFor();
  await page.waitForTimeout(800);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, 'panel.png') });

  await page.getByTestId('send-button').click();
  await page.getByRole('dialog', { name: 'Review before sending' }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'review.png') });
  await page.keyboard.press('Escape');

  await page.goto(`${server.url}/thread/4`);
  await page.waitForTimeout(1500);
  const redFlagToggle = page.getByRole('button', { name: /ReplyGuard/ });
  if ((await redFlagToggle.count()) && (await redFlagToggle.getAttribute('aria-expanded')) !== 'true') await redFlagToggle.click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, 'red-flag.png') });
  console.log(`Screenshots written to ${OUT}`);
} finally {
  await context.close();
  await server.close();
}
