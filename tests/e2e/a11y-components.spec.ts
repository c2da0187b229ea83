import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { buildHarness } from './harness/build.mjs';

// The overlay's React UI in a real Chromium: axe on the findings panel and the pre-send review
// (light and dark), and keyboard-only use of the review's focus trap. Self-contained: it bundles
// the harness page and serves it from 127.0.0.1.

test.use({ browserName: 'chromium', launchOptions: { executablePath: '/usr/bin/chromium' }, viewport: { width: 1280, height: 800 } });

let server: Server;
let origin = '';

test.beforeAll(async () => {
  const dir = await buildHarness(await mkdtemp(join(tmpdir(), 'rg-harness-')));
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
  server = createServer(async (req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    try {
      const body = await readFile(join(dir, path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

/** Serious and critical axe violations on the page, as "rule: target" lines for readable failures. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

/** Text and tag of the focused element inside the overlay's shadow root. */
function focused(page: Page) {
  return page.evaluate(() => {
    const active = document.getElementById('rg-host')?.shadowRoot?.activeElement;
    return active
      ? { text: active.textContent?.trim() ?? '', inDialog: active.closest('dialog') !== null, tag: active.tagName }
      : { text: '', inDialog: false, tag: document.activeElement?.id ?? '' };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`findings panel has no serious or critical axe violations (${scheme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${origin}/?page=${scheme}`);
    const panel = page.getByRole('complementary', { name: 'ReplyGuard findings' });
    await expect(panel.getByRole('article')).toHaveCount(4);
    for (const disclosure of await panel.getByRole('button', { name: 'Why it matters' }).all()) await disclosure.click();
    await page.screenshot({ path: testInfo.outputPath(`panel-${scheme}.png`) });
    expect(await seriousViolations(page)).toEqual([]);

    // Docked bottom-right, clear of the composer.
    const box = await panel.boundingBox();
    const composer = await page.locator('#reply').boundingBox();
    expect(box && composer).toBeTruthy();
    if (!box || !composer) return;
    expect(1280 - (box.x + box.width)).toBeCloseTo(16, 0);
    expect(box.x).toBeGreaterThan(composer.x + composer.width);
  });

  test(`pre-send review has no serious or critical axe violations (${scheme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${origin}/?review=require-reason&page=${scheme}`);
    await expect(page.getByRole('dialog', { name: 'Review before sending' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`review-${scheme}.png`) });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('review is keyboard-only: focus starts on Edit, Tab cycles inside, a reason unlocks Send', async ({ page }) => {
  await page.goto(`${origin}/?review=require-reason`);
  const dialog = page.getByRole('dialog', { name: 'Review before sending' });
  await expect(dialog).toBeVisible();
  expect(await focused(page)).toMatchObject({ text: 'Edit message', inDialog: true });

  // Tab stops: 4 fixes, the reason radio group (one stop), Edit (Send is disabled).
  const forward: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.inDialog).toBe(true);
    forward.push(now.tag === 'INPUT' ? 'radio' : now.text);
  }
  expect(forward).toEqual([
    'Add emergency instructions (call 911)',
    'Call the patient instead',
    'Add "please call to discuss"',
    'Ask the patient to confirm the new dose',
    'radio',
    'Edit message',
  ]);
  await page.keyboard.press('Shift+Tab');
  expect((await focused(page)).tag).toBe('INPUT');
  await page.keyboard.press('Space');
  const send = dialog.getByRole('button', { name: 'Send anyway' });
  await expect(send).toBeEnabled();
  await page.keyboard.press('Tab');
  expect((await focused(page)).text).toBe('Send anyway');
  await page.keyboard.press('Tab');
  expect((await focused(page)).text).toBe('Edit message');
  await page.keyboard.press('Tab');
  expect((await focused(page)).text).toBe('Add emergency instructions (call 911)');
  await page.keyboard.press('Shift+Tab');
  expect((await focused(page)).text).toBe('Edit message');
  const ring = await page.evaluate(() => {
    const active = document.getElementById('rg-host')?.shadowRoot?.activeElement;
    return active ? getComputedStyle(active).outlineStyle : '';
  });
  expect(ring).toBe('solid');
});

test('Escape chooses "edit" and the composer gets focus back', async ({ page }) => {
  await page.goto(`${origin}/?review=warn`);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => window.rgLog)).toEqual([{ resolveReview: { action: 'edit' } }]);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply');
});

test('collapsed panel opens from the keyboard and reports the status', async ({ page }, testInfo) => {
  await page.goto(`${origin}/?panel=closed`);
  const toggle = page.getByRole('button', { name: /ReplyGuard.*Checked: 4 things to review/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.screenshot({ path: testInfo.outputPath('panel-collapsed.png') });
  await page.locator('#send').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('article')).toHaveCount(4);
});

test('respects prefers-reduced-motion', async ({ page }) => {
  const chevronTransition = () =>
    page.evaluate(() => {
      const chevron = document.getElementById('rg-host')?.shadowRoot?.querySelector('.rg-panel__chevron');
      return chevron ? getComputedStyle(chevron).transitionDuration : 'missing';
    });
  await page.goto(origin);
  await expect(page.getByRole('complementary', { name: 'ReplyGuard findings' })).toBeVisible();
  expect(await chevronTransition()).not.toBe('0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await chevronTransition()).toBe('0s');
});
