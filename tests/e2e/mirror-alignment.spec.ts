import type { Page } from '@playwright/test';
import { COMPOSERS, RISKY, typeReply } from './composers';
import { expect, test } from './fixtures';

// The textarea mirror must sit exactly on the textarea, wrap the same way and follow its
// scroll, the window's size and font changes.

const textarea = COMPOSERS.find((c) => c.kind === 'textarea')!;

/** Geometry of the textarea and of every mirror box, with the first mark's position. */
async function geometry(page: Page) {
  return page.evaluate(() => {
    const ta = document.querySelector<HTMLTextAreaElement>('[data-testid="composer-textarea"]')!;
    const boxes = [...document.querySelector('replyguard-mirror')!.shadowRoot!.querySelectorAll<HTMLElement>('.mirror')];
    const r = ta.getBoundingClientRect();
    const round = (n: number) => Math.round(n);
    return {
      textarea: [round(r.left), round(r.top), round(r.width), round(r.height), ta.scrollTop, getComputedStyle(ta).fontSize],
      boxes: boxes.map((b) => {
        const br = b.getBoundingClientRect();
        return [round(br.left), round(br.top), round(br.width), round(br.height), b.scrollTop, getComputedStyle(b).fontSize];
      }),
      scrollHeights: [ta.scrollHeight, ...boxes.map((b) => b.scrollHeight)],
    };
  });
}

async function expectAligned(page: Page) {
  await expect
    .poll(async () => {
      const g = await geometry(page);
      return g.boxes.every((b) => JSON.stringify(b) === JSON.stringify(g.textarea));
    })
    .toBe(true);
  // Same wrapping: the mirror's content is as tall as the textarea's.
  const g = await geometry(page);
  for (const height of g.scrollHeights) expect(Math.abs(height - g.scrollHeights[0]!)).toBeLessThanOrEqual(2);
}

test('the textarea mirror follows scroll, resize and font changes', async ({ openThread }) => {
  const page = await openThread(textarea.threadId);
  const filler = Array.from({ length: 14 }, (_, i) => `Line ${i + 1} of a long note about your visit.`).join('\n');
  await textarea.editable(page).fill(`${filler}\n`);
  await typeReply(textarea, page, RISKY);
  await expect(page.locator('replyguard-mirror mark').first()).toBeAttached();
  await expectAligned(page);

  await textarea.editable(page).evaluate((el) => {
    el.scrollTop = 40;
  });
  await expectAligned(page);

  await page.setViewportSize({ width: 900, height: 700 });
  await expectAligned(page);

  await textarea.editable(page).evaluate((el) => {
    (el as HTMLElement).style.fontSize = '19px';
  });
  await expectAligned(page);

  await page.mouse.wheel(0, 300);
  await expectAligned(page);
});
