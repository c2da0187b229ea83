import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { attemptSend, COMPOSERS, RISKY, reviewDialog, sent, typeReply } from './composers';
import { expect, test } from './fixtures';

// "Not helpful" on the demo portal with the built extension: the reason menu, the card going
// away for this reply, a text-free 'feedback' audit entry, and the options page's per-rule table.

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

interface Entry {
  event: string;
  reasonCode?: string;
  composerKind?: string;
  origin: string;
  findings: { ruleId: string; category: string }[];
}

const textarea = COMPOSERS.find((c) => c.kind === 'textarea')!;

async function openPanel(page: Page) {
  const toggle = page.getByRole('button', { name: /ReplyGuard/ });
  await expect(toggle).toContainText(/Checked: \d+ things? to review/);
  await toggle.click();
  return page.getByRole('complementary', { name: 'ReplyGuard findings' });
}

test('"Not helpful" dismisses the card, audits the reason without text, and counts in the per-rule table', async ({ openThread, setSettings, serviceWorker, browserContext, demo }) => {
  await setSettings({ reviewMode: 'warn' });
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, RISKY);
  const panel = await openPanel(page);
  const card = panel.getByRole('article').filter({ hasText: 'Serious new diagnosis' });
  await expect(card).toHaveCount(1);
  const summary = (await card.getByRole('heading').textContent()) ?? '';

  const button = card.getByRole('button', { name: 'Not helpful' });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const menu = panel.getByRole('menu', { name: 'Why is this not helpful?' });
  await expect(menu.getByRole('menuitem')).toHaveCount(4);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  const { violations } = await new AxeBuilder({ page }).include('replyguard-overlay').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await menu.getByRole('menuitem', { name: 'Already discussed by phone' }).click();

  await expect(panel.getByRole('article', { name: summary })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /ReplyGuard/ })).toBeFocused();

  const log = async () => ((await serviceWorker.evaluate(() => chrome.storage.local.get('auditLog'))).auditLog ?? []) as Entry[];
  await expect.poll(async () => (await log()).map((e) => e.event)).toEqual(['feedback']);
  const [feedback] = await log();
  expect(feedback).toMatchObject({ reasonCode: 'discussed-by-phone', composerKind: 'textarea', origin: demo.url });
  expect(feedback?.findings).toHaveLength(1);
  expect(JSON.stringify(await log())).not.toMatch(/melanoma|metformin|biopsy/i);
  const ruleId = feedback!.findings[0]!.ruleId;

  // The dismissed finding no longer holds the send or appears in the review.
  await attemptSend(textarea, page, 'button');
  const review = reviewDialog(page);
  await expect(review).toBeVisible();
  await expect(review).toContainText('Abnormal result');
  await expect(review).not.toContainText(summary);
  await review.getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page)).toHaveLength(1);

  const id = new URL(serviceWorker.url()).host;
  const options = await browserContext.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  const stats = options.getByRole('region', { name: 'Rule statistics' });
  const table = stats.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toContainText('last 30 days');
  const row = table.locator(`tr[data-rule-id="${ruleId}"]`);
  await expect(row.locator('td[data-col="notHelpful"]')).toHaveText('1');
  await expect(row).toContainText('Already discussed by phone: 1');

  await stats.getByRole('combobox', { name: 'Period' }).selectOption({ label: 'all time' });
  await expect(table.locator('caption')).toContainText('all time');
  const download = options.waitForEvent('download');
  await stats.getByRole('button', { name: 'Export rule statistics (CSV)' }).click();
  const csv = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString('utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^ruleId,category,fired,actedOn,overridden,notHelpful,/);
  expect(csv).toContain(`${ruleId},`);
  expect(csv).not.toMatch(/melanoma/i);
  await options.close();
});

test('the reason menu works from the keyboard alone', async ({ openThread, setSettings, serviceWorker }) => {
  await setSettings({ reviewMode: 'warn' });
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, RISKY);
  const panel = await openPanel(page);
  const card = panel.getByRole('article').filter({ hasText: 'Serious new diagnosis' });
  await card.getByRole('button', { name: 'Not helpful' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('menuitem', { name: 'Wrong: not what the message says' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card.getByRole('button', { name: 'Not helpful' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(panel.getByRole('menuitem', { name: 'Other reason' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(0);
  await expect
    .poll(async () => ((await serviceWorker.evaluate(() => chrome.storage.local.get('auditLog'))).auditLog as Entry[] | undefined)?.map((e) => e.reasonCode))
    .toEqual(['other']);
});
