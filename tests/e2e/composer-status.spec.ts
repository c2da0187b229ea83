import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { attemptSend, COMPOSERS, ROUTINE, RISKY, sent, typeReply } from './composers';
import { expect, test } from './fixtures';

// Coverage you can see: a status chip beside every attached composer ("ReplyGuard: checking"),
// "not checked" when analysis or attaching fails, and the popup listing the tab's composers.

const statusOf = (page: Page): Locator => page.getByRole('status', { name: /^ReplyGuard status/ });

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const c of COMPOSERS) {
  test(`${c.kind}: the chip says ReplyGuard is checking, beside the composer, covering neither its text nor Send`, async ({
    openThread,
  }) => {
    const page = await openThread(c.threadId);
    const status = statusOf(page);
    await expect(status).toHaveCount(1);
    await expect(status).toHaveText(/ReplyGuard: checking/);
    await expect(status).toBeVisible();
    // Not a button: "ReplyGuard" buttons on the page stay the findings panel's.
    await expect(page.getByRole('button', { name: /ReplyGuard/ })).toHaveCount(1);

    // The chip follows the composer when a banner appears above it: check once layout settles.
    await expect(async () => {
      const chip = (await status.boundingBox())!;
      const editable = (await c.editable(page).boundingBox())!;
      const send = (await page.getByTestId('reply-composer').getByTestId('send-button').boundingBox())!;
      expect(overlaps(chip, editable)).toBe(false);
      expect(overlaps(chip, send)).toBe(false);
      // Anchored to the composer: within a chip's height of its box.
      expect(chip.y + chip.height).toBeGreaterThanOrEqual(editable.y - 2 * chip.height);
      expect(chip.y).toBeLessThanOrEqual(editable.y + editable.height + 2 * chip.height);
    }).toPass({ timeout: 5_000 });

    // Typing still works around it.
    await typeReply(c, page, ROUTINE);
    await expect(status).toHaveText(/ReplyGuard: checking/);
  });
}

/** Serious and critical axe violations inside the status chips. */
async function chipViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.filter((n) => JSON.stringify(n.target).includes('replyguard-status')).map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

test('the chip has no serious or critical axe violations, checking or not checked', { tag: '@fault' }, async ({
  openThread,
  setSettings,
}) => {
  const page = await openThread(8);
  await expect(statusOf(page)).toHaveText(/ReplyGuard: checking/);
  expect(await chipViolations(page)).toEqual([]);
  await setSettings({ reviewMode: 'warn', faultInjection: 'analyze' });
  await expect(statusOf(page)).toHaveText(/ReplyGuard: not checked/);
  expect(await chipViolations(page)).toEqual([]);
});

test('clicking the chip opens the findings panel for that composer', async ({ openThread }) => {
  const page = await openThread(8);
  await statusOf(page).click();
  await expect(page.getByRole('complementary', { name: 'ReplyGuard findings' }).getByRole('button', { expanded: true })).toBeVisible();
});

test('a composer whose analysis fails says "not checked", and sending still works', { tag: '@fault' }, async ({
  openThread,
  setSettings,
}) => {
  await setSettings({ reviewMode: 'warn', faultInjection: 'analyze' });
  const c = COMPOSERS.find((k) => k.kind === 'quill')!;
  const page = await openThread(c.threadId);
  await typeReply(c, page, RISKY);
  await expect(statusOf(page)).toHaveText(/ReplyGuard: not checked/);
  await expect(statusOf(page)).toContainText('could not check this message');
  await attemptSend(c, page, 'button');
  await expect.poll(() => sent(page)).toHaveLength(1);
});

test('a composer ReplyGuard could not attach to says "not checked" from the start, and typing and sending work', {
  tag: '@fault',
}, async ({ openThread, setSettings }) => {
  await setSettings({ reviewMode: 'warn', faultInjection: 'attach' });
  const c = COMPOSERS.find((k) => k.kind === 'textarea')!;
  const page = await openThread(c.threadId);
  await expect(statusOf(page)).toHaveText(/ReplyGuard: not checked/);
  await expect(statusOf(page)).toContainText('could not attach to this message box');
  await typeReply(c, page, ROUTINE);
  await expect(statusOf(page)).toHaveText(/ReplyGuard: not checked/);
  await attemptSend(c, page, 'button');
  await expect.poll(() => sent(page)).toHaveLength(1);
});

test('no chip when ReplyGuard is off', async ({ openThread, setSettings }) => {
  await setSettings({ reviewMode: 'off' });
  const page = await openThread(2);
  await typeReply(COMPOSERS.find((k) => k.kind === 'quill')!, page, RISKY);
  await page.waitForTimeout(400);
  await expect(statusOf(page)).toHaveCount(0);
});

test('the popup lists the active tab\'s composers with their kind and state', async ({ openThread, browserContext, serviceWorker }) => {
  const page = await openThread(1);
  await page.getByTestId('new-message-button').click();
  await page.getByTestId('new-message-composer').and(page.locator('[data-ready="true"]')).waitFor();
  await expect(statusOf(page)).toHaveCount(2);

  // The real popup page, in a tab of the same window; once the thread's tab is active again the
  // popup asks that tab, as it does when opened from the toolbar.
  const extensionId = new URL(serviceWorker.url()).host;
  const popup = await browserContext.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.bringToFront();
  const list = popup.getByRole('region', { name: 'Message boxes on this page' });
  const items = list.getByTestId('composer-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toHaveAttribute('data-kind', 'textarea');
  await expect(items.first()).toContainText('Plain text box');
  await expect(items.first()).toContainText('Checked: nothing to review');

  const reply = page.getByTestId('reply-composer').getByTestId('composer-textarea');
  await reply.click();
  await reply.pressSequentially(RISKY);
  // The reply is analysed after a typing pause; ask again until the popup has the new state.
  await expect(async () => {
    await list.getByRole('button', { name: 'Refresh' }).click();
    await expect(items.first()).toContainText(/Checked: \d+ to review before sending/, { timeout: 1000 });
  }).toPass();
  await popup.close();
});

test('the popup says when ReplyGuard is not checking the active page', async ({ browserContext, serviceWorker }) => {
  const extensionId = new URL(serviceWorker.url()).host;
  const popup = await browserContext.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('region', { name: 'Message boxes on this page' })).toContainText('ReplyGuard is not checking this page');
  await popup.close();
});
