import { attemptSend, COMPOSERS, displayedText, loose, RISKY, ROUTINE, reviewDialog, typeReply } from './composers';
import { expect, test } from './fixtures';

// The organization's required footer: with `footer.mandatory` on, a reply without it gets an info
// card whose one click appends the footer through each demo editor's input path (in Spanish on
// the Spanish-speaking patient's thread), and a review that opens lists it.

const FOOTER = {
  en: 'We answer messages within 2 business days. Messages are not for emergencies: call 911 or 988. Clinic: (555) 010-2000.',
  es: 'Respondemos en 2 días hábiles. Los mensajes no son para emergencias: llame al 911 o al 988. Clínica: (555) 010-2000.',
};
const SUMMARY = /lacks your organization’s message footer/;
const SPANISH_THREAD = 3;

for (const c of COMPOSERS) {
  test(`${c.kind}: the missing footer is added with one click`, async ({ openThread, setSettings }) => {
    await setSettings({ footer: { mandatory: true, ...FOOTER }, reviewMode: 'inform' });
    const page = await openThread(c.threadId);
    await typeReply(c, page, ROUTINE);
    await page.getByRole('button', { name: /ReplyGuard/ }).click();
    const card = page.locator('article.rg-card').filter({ hasText: SUMMARY });
    await expect(card).toHaveCount(1);
    await card.getByRole('button', { name: 'Add the message footer' }).click();
    const footer = c.threadId === SPANISH_THREAD ? FOOTER.es : FOOTER.en;
    await expect.poll(async () => loose(await displayedText(c, page))).toBe(loose(`${ROUTINE} ${footer}`));
    // Re-analysed with the footer present: the card is gone.
    await expect(card).toHaveCount(0);
  });
}

test('no footer card unless the organization requires it', async ({ openThread, setSettings }) => {
  await setSettings({ footer: { mandatory: false, ...FOOTER }, reviewMode: 'inform' });
  const page = await openThread(1);
  await typeReply(COMPOSERS[0]!, page, RISKY);
  await page.getByRole('button', { name: /ReplyGuard/ }).click();
  await expect(page.locator('article.rg-card').first()).toBeVisible();
  await expect(page.locator('article.rg-card').filter({ hasText: SUMMARY })).toHaveCount(0);
});

test('the pre-send review lists the missing footer and adds it', async ({ openThread, setSettings }) => {
  await setSettings({ footer: { mandatory: true, ...FOOTER }, reviewMode: 'warn' });
  const c = COMPOSERS[0]!;
  const page = await openThread(c.threadId);
  await typeReply(c, page, RISKY);
  await attemptSend(c, page, 'button');
  const review = reviewDialog(page);
  await expect(review).toBeVisible();
  await expect(review.getByRole('listitem').filter({ hasText: SUMMARY })).toHaveCount(1);
  await review.getByRole('button', { name: 'Add the message footer' }).click();
  await expect(review).toBeHidden();
  await expect.poll(async () => loose(await displayedText(c, page))).toBe(loose(`${RISKY} ${FOOTER.en}`));
});
