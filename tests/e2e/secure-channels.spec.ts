import type { Page } from '@playwright/test';
import { analyze } from '../../utils/analysis/analyze';
import { callInsteadText } from '../../utils/analysis/data/card-text';
import type { Finding } from '../../utils/analysis/schema';
import { applyEditToText } from '../../utils/overlay/edit-text';
import { COMPOSERS, displayedText, loose, reviewDialog, attemptSend, typeReply } from './composers';
import { expect, test } from './fixtures';

// Secure channels on the demo portal: a reply that moves care to a gmail address and to text
// messages shows a channel warning per channel with its reason, and each card's one-click fix
// puts portal wording in place of exactly the offending text, in a textarea and in rich editors.

const REPLY = 'Thanks for the update. Email me at dr.lee@gmail.com with questions. If it gets worse, text me at 555-123-4567.';
const EMAIL_FIXED = 'Thanks for the update. Reply here in the portal with questions. If it gets worse, text me at 555-123-4567.';
const BOTH_FIXED = 'Thanks for the update. Reply here in the portal with questions. If it gets worse, reply here in the portal.';

const channelFindings = (reply: string): Finding[] => analyze({ reply }).filter((f) => f.category === 'channel');

test('the engine flags both channels in the reply (premise of this suite)', () => {
  const found = channelFindings(REPLY);
  expect(found.map((f) => [f.ruleId, REPLY.slice(f.start, f.end)])).toEqual([
    ['channel.personal_email', 'dr.lee@gmail.com'],
    ['channel.text_message', 'text me at 555-123-4567'],
  ]);
  const afterEmail = applyEditToText(REPLY, found[0]?.card.suggestions[0]?.actions[0]?.edit ?? { kind: 'append', text: '' });
  expect(afterEmail).toBe(EMAIL_FIXED);
});

const card = (page: Page, finding: Finding) => page.getByRole('article', { name: finding.card.summary });

for (const c of COMPOSERS.filter((k) => ['textarea', 'quill', 'ckeditor'].includes(k.kind))) {
  test.describe(c.kind, () => {
    test('channel warnings explain why, and their fixes replace exactly the offending text', async ({ openThread }) => {
      const page = await openThread(c.threadId);
      await typeReply(c, page, REPLY);
      await page.getByRole('button', { name: /ReplyGuard/ }).click();
      const [email, text] = channelFindings(REPLY) as [Finding, Finding];

      for (const finding of [email, text]) {
        const shown = card(page, finding);
        await expect(shown).toBeVisible();
        await expect(shown).toContainText('Warning');
        await shown.getByRole('button', { name: 'Why it matters' }).click();
        await expect(shown.getByText(finding.card.detail)).toBeVisible();
      }

      await card(page, email).getByRole('button', { name: /^Use the portal instead/ }).click();
      await expect.poll(async () => loose(await displayedText(c, page))).toBe(loose(EMAIL_FIXED));

      // The text card is recomputed on the edited reply: same words, new offsets.
      const [textAfter] = channelFindings(EMAIL_FIXED);
      await card(page, textAfter as Finding).getByRole('button', { name: /^Use the portal instead/ }).click();
      await expect.poll(async () => loose(await displayedText(c, page))).toBe(loose(BOTH_FIXED));
      await expect(page.getByRole('article', { name: /Personal email|Text messages/ })).toHaveCount(0);
    });
  });
}

test('the review replaces every insecure channel with one click', async ({ openThread, setSettings }) => {
  await setSettings({ reviewMode: 'warn' });
  const c = COMPOSERS.find((k) => k.kind === 'textarea');
  if (!c) throw new Error('no textarea composer on the demo portal');
  const page = await openThread(c.threadId);
  await typeReply(c, page, REPLY);
  await expect.poll(async () => loose(await displayedText(c, page))).toBe(loose(REPLY));
  await attemptSend(c, page, 'button');
  const dialog = reviewDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Use the portal instead' }).click();
  await expect.poll(async () => loose(await displayedText(c, page))).toBe(loose(BOTH_FIXED));
});

test("the review's Offer a call instead handles every disclosing sentence with one message", async ({ openThread, setSettings }) => {
  await setSettings({ reviewMode: 'warn' });
  const c = COMPOSERS.find((k) => k.kind === 'textarea');
  if (!c) throw new Error('no textarea composer on the demo portal');
  const page = await openThread(c.threadId);
  await typeReply(c, page, 'Your biopsy showed melanoma. Thanks for writing. Start metformin 500 mg twice daily.');
  await attemptSend(c, page, 'button');
  const dialog = reviewDialog(page);
  await expect(dialog.getByRole('button', { name: 'Offer a call instead' })).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Offer a call instead' }).click();
  await expect.poll(async () => loose(await displayedText(c, page))).toBe(loose(`${callInsteadText.several} Thanks for writing.`));
});
