import type { Page, Worker } from '@playwright/test';
import { attemptSend, COMPOSERS, findingsShown, heldCount, loose, RISKY, reviewDialog, sent, typeReply } from './composers';
import { expect, test } from './fixtures';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

// Text inserted rather than typed (the demo's AI draft on thread 8, a paste) and never edited is
// called out in the pre-send review and flagged in the audit log; editing a sentence clears it.

const FROM_DRAFT = 'This sentence came from a draft and was not changed.';
const quill = COMPOSERS.find((c) => c.kind === 'quill')!;
const textarea = COMPOSERS.find((c) => c.kind === 'textarea')!;

interface AuditFinding {
  ruleId: string;
  fromDraft?: boolean;
}
interface AuditEntry {
  event: string;
  findings: AuditFinding[];
}

async function reviewsShown(serviceWorker: Worker): Promise<AuditEntry[]> {
  const { auditLog } = await serviceWorker.evaluate(() => chrome.storage.local.get('auditLog'));
  return ((auditLog ?? []) as AuditEntry[]).filter((entry) => entry.event === 'review-shown');
}

/** The rule ids a review-shown entry flags as from a draft. */
const draftRules = (entry: AuditEntry | undefined) =>
  (entry?.findings ?? []).filter((f) => f.fromDraft === true).map((f) => f.ruleId).sort();

const reviewItem = (page: Page, text: string) => reviewDialog(page).getByRole('listitem').filter({ hasText: text });

/** Select `word` in the Quill composer (as a double-click would) so typing replaces it. */
async function selectWord(page: Page, word: string): Promise<void> {
  await quill.editable(page).evaluate((root, needle) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      (root as HTMLElement).focus();
      const range = root.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = root.ownerDocument.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${needle}" is not in the composer`);
  }, word);
}

test('an unedited AI draft is flagged before any keystroke, and the review and audit say it came from a draft', async ({
  openThread,
  serviceWorker,
}) => {
  const page = await openThread(8);
  await expect(page.getByTestId('ai-draft-notice')).toBeVisible();
  // No key has been pressed: the draft alone is analysed and drawn.
  await expect.poll(async () => heldCount(await findingsShown(page, quill))).toBe(3);

  await attemptSend(quill, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();
  for (const summary of ['Abnormal result', 'New diagnosis', 'Treatment change']) {
    await expect(reviewItem(page, summary)).toContainText(FROM_DRAFT);
  }
  await expect.poll(async () => draftRules((await reviewsShown(serviceWorker)).at(-1))).toEqual(
    ['diagnosis.new', 'result.abnormal', 'therapy.start'],
  );

  // Edit one word of the first sentence: its findings are no longer "from a draft".
  await page.getByRole('button', { name: 'Edit message' }).click();
  await expect(reviewDialog(page)).toHaveCount(0);
  await selectWord(page, 'which');
  await page.keyboard.type('that');
  await expect.poll(async () => loose(await quill.editable(page).innerText())).toContain('8.9, that means');

  await attemptSend(quill, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();
  await expect(reviewItem(page, 'New diagnosis')).toBeVisible();
  await expect(reviewItem(page, 'New diagnosis')).not.toContainText(FROM_DRAFT);
  await expect(reviewItem(page, 'Abnormal result')).not.toContainText(FROM_DRAFT);
  // The second sentence was not touched.
  await expect(reviewItem(page, 'Treatment change')).toContainText(FROM_DRAFT);
  await expect.poll(async () => (await reviewsShown(serviceWorker)).length).toBe(2);
  const second = (await reviewsShown(serviceWorker)).at(-1);
  expect(draftRules(second)).toEqual(['therapy.start']);
  expect(second?.findings.find((f) => f.ruleId === 'diagnosis.new')?.fromDraft).toBeUndefined();

  await page.getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page)).toHaveLength(1);
});

for (const c of COMPOSERS) {
  test(`${c.kind}: a reply typed by the clinician is never called a draft`, async ({ openThread, serviceWorker }) => {
    const page = await openThread(c.threadId);
    await typeReply(c, page, RISKY);
    await attemptSend(c, page, 'button');
    await expect(reviewDialog(page)).toBeVisible();
    await expect(reviewDialog(page).getByRole('listitem').first()).toBeVisible();
    await expect(reviewDialog(page)).not.toContainText(FROM_DRAFT);
    await expect.poll(async () => (await reviewsShown(serviceWorker)).length).toBe(1);
    expect(draftRules((await reviewsShown(serviceWorker))[0])).toEqual([]);
  });
}

test('pasted text counts as inserted until it is edited', async ({ openThread, browserContext, demo }) => {
  await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url });
  const page = await openThread(textarea.threadId);
  await page.evaluate((text) => navigator.clipboard.writeText(text), RISKY);
  await textarea.editable(page).click();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(textarea.editable(page)).toHaveValue(RISKY);

  await attemptSend(textarea, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();
  await expect(reviewItem(page, 'New diagnosis')).toContainText(FROM_DRAFT);
  await page.getByRole('button', { name: 'Edit message' }).click();
  await expect(reviewDialog(page)).toHaveCount(0);

  // Typing inside the first sentence ("Your biopsy clearly showed melanoma.") edits it.
  const at = RISKY.indexOf(' showed');
  await textarea.editable(page).evaluate((el, offset) => (el as HTMLTextAreaElement).setSelectionRange(offset, offset), at);
  await page.keyboard.type(' clearly');
  await attemptSend(textarea, page, 'button');
  await expect(reviewDialog(page)).toBeVisible();
  await expect(reviewItem(page, 'New diagnosis')).toBeVisible();
  await expect(reviewItem(page, 'New diagnosis')).not.toContainText(FROM_DRAFT);
  await expect(reviewItem(page, 'Treatment change')).toContainText(FROM_DRAFT);
});
