import {
  attemptSend,
  COMPOSERS,
  displayedText,
  findingsShown,
  heldCount,
  loose,
  RISKY,
  ROUTINE,
  reviewDialog,
  type SendPath,
  sent,
  typeReply,
} from './composers';
import { expect, type ReviewMode, test } from './fixtures';

// Every send path of the form-based thread (button click, Ctrl+Enter, a script's form submit)
// in every review mode, plus the routine reply that must go out without a word.

const textarea = COMPOSERS.find((c) => c.kind === 'textarea')!;
const PATHS: readonly SendPath[] = ['button', 'keyboard', 'submit'];
const VIA: Record<SendPath, string> = { button: 'button', keyboard: 'keyboard', submit: 'submit' };

for (const path of PATHS) {
  test.describe(`send by ${path}`, () => {
    for (const mode of ['warn', 'require-reason'] as const satisfies readonly ReviewMode[]) {
      test(`${mode}: held for review, then sent exactly once`, async ({ openThread, setSettings }) => {
        await setSettings({ reviewMode: mode });
        const page = await openThread(textarea.threadId);
        await typeReply(textarea, page, RISKY);
        await attemptSend(textarea, page, path);
        await expect(reviewDialog(page)).toBeVisible();
        await page.waitForTimeout(200);
        expect(await sent(page)).toEqual([]);

        const sendAnyway = page.getByRole('button', { name: 'Send anyway' });
        if (mode === 'require-reason') {
          await expect(sendAnyway).toBeDisabled();
          await reviewDialog(page).getByRole('radio').first().check();
        }
        await sendAnyway.click();
        await expect.poll(() => sent(page)).toHaveLength(1);
        await page.waitForTimeout(300);
        const records = await sent(page);
        expect(records).toHaveLength(1);
        expect(records[0]).toMatchObject({ threadId: textarea.threadId, via: VIA[path] });
        expect(loose(records[0]!.text)).toBe(loose(RISKY));
      });
    }

    test('inform: findings shown inline, send never held', async ({ openThread, setSettings }) => {
      await setSettings({ reviewMode: 'inform' });
      const page = await openThread(textarea.threadId);
      await typeReply(textarea, page, RISKY);
      await expect.poll(async () => heldCount(await findingsShown(page, textarea))).toBeGreaterThan(0);
      await attemptSend(textarea, page, path);
      await expect.poll(() => sent(page)).toHaveLength(1);
      await expect(reviewDialog(page)).toHaveCount(0);
    });

    test('off: nothing drawn, nothing held', async ({ openThread, setSettings }) => {
      await setSettings({ reviewMode: 'off' });
      const page = await openThread(textarea.threadId);
      await typeReply(textarea, page, RISKY);
      await page.waitForTimeout(400);
      expect(await findingsShown(page, textarea)).toEqual({ critical: [], warning: [], info: [] });
      await expect(page.locator('replyguard-overlay')).toHaveCount(0);
      await attemptSend(textarea, page, path);
      await expect.poll(() => sent(page)).toHaveLength(1);
      await expect(reviewDialog(page)).toHaveCount(0);
    });
  });
}

test('a routine refill reply sends with no interruption', async ({ openThread }) => {
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, ROUTINE);
  await attemptSend(textarea, page, 'button');
  await expect.poll(() => sent(page)).toHaveLength(1);
  await expect(reviewDialog(page)).toHaveCount(0);
  expect(await findingsShown(page, textarea)).toEqual({ critical: [], warning: [], info: [] });
});

test('the pre-filled AI draft is analysed as soon as it appears, and held at send', async ({ openThread }) => {
  const quill = COMPOSERS.find((c) => c.kind === 'quill')!;
  const page = await openThread(8);
  await expect
    .poll(async () => heldCount(await findingsShown(page, quill)))
    .toBeGreaterThan(0);
  await attemptSend(quill, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();
  expect(await sent(page)).toEqual([]);
});

test('text changed just before send is re-checked synchronously', async ({ openThread }) => {
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, ROUTINE);
  await expect.poll(() => findingsShown(page, textarea)).toEqual({ critical: [], warning: [], info: [] });
  // Programmatic change with no event and no time for the debounce or the poll to run.
  await textarea.editable(page).evaluate((el, text) => {
    (el as HTMLTextAreaElement).value = text;
    (document.querySelector('[data-testid="reply-composer"] [data-testid="send-button"]') as HTMLButtonElement).click();
  }, RISKY);
  await expect(reviewDialog(page)).toBeVisible();
  expect(await sent(page)).toEqual([]);
});

test('switching to off while a reply is open clears the drawing and stops holding', async ({ openThread, setSettings }) => {
  const page = await openThread(textarea.threadId);
  await typeReply(textarea, page, RISKY);
  await expect.poll(async () => heldCount(await findingsShown(page, textarea))).toBeGreaterThan(0);
  await setSettings({ reviewMode: 'off' });
  await expect.poll(() => findingsShown(page, textarea)).toEqual({ critical: [], warning: [], info: [] });
  await attemptSend(textarea, page, 'button');
  await expect.poll(() => sent(page)).toHaveLength(1);
  await expect(reviewDialog(page)).toHaveCount(0);
});

test('a fix chosen in the review is applied through the editor and the composer gets focus back', async ({ openThread }) => {
  const quill = COMPOSERS.find((c) => c.kind === 'quill')!;
  const page = await openThread(quill.threadId);
  await typeReply(quill, page, RISKY);
  await attemptSend(quill, page, 'button');
  const fixes = reviewDialog(page).getByRole('group', { name: 'Fix before sending' }).getByRole('button');
  await expect(fixes.first()).toBeVisible();
  await fixes.first().click();
  await expect(reviewDialog(page)).toHaveCount(0);
  await expect.poll(async () => loose(await displayedText(quill, page))).not.toBe(loose(RISKY));
  await expect(quill.editable(page)).toBeFocused();
  expect(await sent(page)).toEqual([]);
});

test('plain Enter where the page sends on Enter: held for review, sent once on "Send anyway"; a new line otherwise', async ({
  openThread,
}) => {
  const quill = COMPOSERS.find((c) => c.kind === 'quill')!;
  const page = await openThread(quill.threadId);
  // Without the page's "Enter sends" option, Enter is a line break and nothing is held.
  await typeReply(quill, page, ROUTINE);
  await quill.editable(page).press('Enter');
  await expect(reviewDialog(page)).toHaveCount(0);
  expect(await sent(page)).toEqual([]);

  await page.getByTestId('enter-to-send').check();
  await quill.editable(page).press('Control+a');
  await quill.editable(page).press('Delete');
  await typeReply(quill, page, RISKY);
  await expect.poll(async () => heldCount(await findingsShown(page, quill))).toBeGreaterThan(0);
  await quill.editable(page).press('Enter');
  await expect(reviewDialog(page)).toBeVisible();
  expect(await sent(page)).toEqual([]);
  await reviewDialog(page).getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page)).toHaveLength(1);
  expect(loose((await sent(page))[0]!.text)).toBe(loose(RISKY));
});
