import { COMPOSERS, findingsShown, heldCount, RISKY } from './composers';
import { expect, test } from './fixtures';

// Typing must never wait for ReplyGuard: analysis runs after a typing pause that grows with its cost. With a
// realistic long reply (~400 words) no main-thread task while typing may reach 100 ms.

// Playwright's trace recorder snapshots the whole DOM (10,000 extra nodes) on every keystroke
// action: tens of ms of main-thread work per key that is the harness's, not ReplyGuard's.
test.use({ trace: 'off' });

test('typing into a long reply causes no long main-thread tasks', async ({ openThread }) => {
  const quill = COMPOSERS.find((c) => c.kind === 'quill')!;
  const page = await openThread(quill.threadId);
  const paragraph = `${RISKY} We went over your diet, your walking plan and your blood pressure readings today. `;
  await quill.editable(page).click();
  await page.keyboard.insertText(paragraph.repeat(20));
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await quill.editable(page).pressSequentially(' Please call the clinic to set up a visit next week.');
  // The analysis of the whole long reply has run (and drawn) inside the observed window.
  await expect.poll(async () => heldCount(await findingsShown(page, quill))).toBeGreaterThan(20);
  await page.waitForTimeout(300);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  test.info().annotations.push({ type: 'long tasks (ms)', description: JSON.stringify(longTasks.map(Math.round)) });
  expect(Math.max(0, ...longTasks)).toBeLessThan(100);
});
