import type { Page } from '@playwright/test';
import { attemptSend, COMPOSERS, loose, RISKY, reviewDialog, sent, typeReply } from './composers';
import { expect, test } from './fixtures';

// ReplyGuard must never break the portal: composers vanishing mid-analysis, single-page thread
// switches and failures inside the overlay leave typing and sending working and leak nothing.

const byKind = (kind: string) => COMPOSERS.find((c) => c.kind === kind)!;

/** ReplyGuard's footprint on the page: mirrors, and highlight ranges in the top document. */
async function footprint(page: Page) {
  return page.evaluate(() => {
    let ranges = 0;
    let detached = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('replyguard-')) continue;
      for (const range of highlight as Highlight) {
        ranges++;
        if (!range.startContainer.isConnected) detached++;
      }
    }
    return { mirrors: document.querySelectorAll('replyguard-mirror').length, ranges, detached };
  });
}

test('a composer removed mid-analysis and SPA thread switches leave nothing behind', async ({ openThread }) => {
  const page = await openThread(2);
  for (const threadId of [3, 5, 1, 7, 2, 1, 5]) {
    const current = COMPOSERS.find((k) => page.url().endsWith(`/thread/${k.threadId}`));
    if (current) await typeReply(current, page, 'Your biopsy showed melanoma.');
    // Switch before the debounced analysis has run: the composer goes away mid-analysis.
    await page.getByTestId(`thread-link-${threadId}`).click();
    await page.getByTestId('reply-composer').and(page.locator('[data-ready="true"]')).waitFor();
  }
  await page.waitForTimeout(600);
  const after = await footprint(page);
  expect(after.detached).toBe(0);
  expect(after.mirrors).toBeLessThanOrEqual(1);

  // The thread we ended on still works end to end.
  const tiptap = byKind('tiptap');
  await typeReply(tiptap, page, RISKY);
  await attemptSend(tiptap, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();
});

test('a discarded "New message" composer is detached with its listeners', async ({ openThread }) => {
  const page = await openThread(1);
  await page.getByTestId('new-message-button').click();
  const panel = page.getByTestId('new-message-composer');
  await panel.and(page.locator('[data-ready="true"]')).waitFor();
  await panel.getByTestId('composer-textarea').click();
  await panel.getByTestId('composer-textarea').pressSequentially(RISKY);
  await expect.poll(async () => (await footprint(page)).mirrors).toBe(1);
  await panel.getByTestId('discard-button').click();
  await expect.poll(async () => (await footprint(page)).mirrors).toBe(0);
  await typeReply(byKind('textarea'), page, 'Your refill of lisinopril was sent to your pharmacy.');
  await attemptSend(byKind('textarea'), page, 'button');
  await expect.poll(() => sent(page)).toHaveLength(1);
});

for (const fault of ['analyze', 'send-guard', 'highlight'] as const) {
  test(`a failure inside the overlay (${fault}) leaves typing and sending working`, { tag: '@fault' }, async ({
    openThread,
    setSettings,
  }) => {
    await setSettings({ reviewMode: 'warn', faultInjection: fault });
    const c = byKind('quill');
    const page = await openThread(c.threadId);
    await typeReply(c, page, RISKY);
    await expect.poll(async () => loose(await c.editable(page).innerText())).toBe(loose(RISKY));
    await attemptSend(c, page, 'button');
    if (fault === 'highlight') {
      // Drawing failed, checking did not: the review still holds the send.
      await expect(reviewDialog(page)).toBeVisible();
      await page.getByRole('button', { name: 'Send anyway' }).click();
    }
    await expect.poll(() => sent(page)).toHaveLength(1);
    if (fault !== 'highlight') {
      await expect(reviewDialog(page)).toHaveCount(0);
      await expect(page.getByText(/could not check this message/i).first()).toBeVisible();
    }
  });
}
