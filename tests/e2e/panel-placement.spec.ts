import type { Locator, Page } from '@playwright/test';
import { COMPOSERS, RISKY, typeReply } from './composers';
import { expect, test } from './fixtures';

// The open findings panel must never cover the composer or its Send button: a clinician can
// always keep typing and click Send with the panel open, at a laptop-sized viewport.

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

/** The element in the top document that holds the composer (itself, its iframe or shadow host). */
function composerArea(page: Page, kind: string): Locator {
  if (kind === 'tinymce') return page.locator('[data-testid="composer-tinymce"] iframe');
  if (kind === 'iframe') return page.getByTestId('composer-iframe');
  if (kind === 'shadow') return page.locator('demo-composer');
  return COMPOSERS.find((c) => c.kind === kind)!.editable(page);
}

const SMALL_SCREEN_KINDS = new Set(['textarea', 'tinymce', 'iframe']);

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  for (const c of COMPOSERS.filter((k) => viewport.width === 1280 || SMALL_SCREEN_KINDS.has(k.kind))) {
    test(`${c.kind} at ${viewport.width}x${viewport.height}: the open panel leaves the composer and Send clear`, async ({ openThread, page }) => {
      await page.setViewportSize(viewport);
      await openThread(c.threadId);
      await typeReply(c, page, RISKY);
      const toggle = page.getByRole('button', { name: /ReplyGuard/ });
      await expect(toggle).toContainText(/things? to review/);
      await toggle.click();
      const panel = page.getByRole('complementary', { name: 'ReplyGuard findings' });
      await expect(panel.getByRole('article').first()).toBeVisible();
      await page.waitForTimeout(100);

      // On a short screen the clinician scrolls to Send; the panel must re-dock clear of it.
      const send = page.getByTestId('send-button');
      await send.scrollIntoViewIfNeeded();
      await page.waitForTimeout(150);
      const panelBox = await box(panel);
      expect(overlap(panelBox, await box(composerArea(page, c.kind)))).toBe(false);
      expect(overlap(panelBox, await box(send))).toBe(false);
      // Send is really clickable: the topmost element at its centre is the button itself.
      const s = await box(send);
      const hit = await page.evaluate(
        ([x, y]) => document.elementFromPoint(x as number, y as number)?.getAttribute('data-testid'),
        [s.x + s.width / 2, s.y + s.height / 2],
      );
      expect(hit).toBe('send-button');
    });
  }
}
