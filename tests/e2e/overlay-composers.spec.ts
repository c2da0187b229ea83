import type { Page } from '@playwright/test';
import { analyze } from '../../utils/analysis/analyze';
import type { Finding } from '../../utils/analysis/schema';
import { applyEditToText } from '../../utils/overlay/edit-text';
import {
  attemptSend,
  COMPOSERS,
  displayedText,
  findingsShown,
  loose,
  RISKY,
  reviewDialog,
  selectedText,
  sent,
  typeReply,
} from './composers';
import { expect, test } from './fixtures';

// For every composer kind on the demo portal: findings are drawn on the right text, cards point
// at the right spans, suggestions edit the editor's own model (undo included), and the review
// holds each send until "send anyway", which sends exactly once.

const replyFindings = analyze({ reply: RISKY }).filter((f) => f.source === 'reply');

/**
 * The reply's findings as the page computes them: with the thread's latest patient message, so a
 * red flag there adds its "unanswered" finding on the reply (thread 4).
 */
async function replyFindingsOn(page: Page): Promise<Finding[]> {
  const incoming = await page.evaluate(() => {
    const messages = [...document.querySelectorAll<HTMLElement>('[data-role="patient-message"]')];
    const latest = messages.filter((m) => m.getClientRects().length > 0).at(-1) ?? messages.at(-1);
    return latest?.innerText.trim() || undefined;
  });
  return analyze({ reply: RISKY, ...(incoming ? { incoming } : {}) }).filter((f) => f.source === 'reply');
}

function expectedHighlights(findings: readonly Finding[]): Record<string, string[]> {
  const out: Record<string, string[]> = { critical: [], warning: [], info: [] };
  for (const f of findings) out[f.severity]?.push(RISKY.slice(f.start, f.end));
  for (const texts of Object.values(out)) texts.sort();
  return out;
}

type EditKind = 'replace' | 'append' | 'prepend';

/** The first warning/critical finding offering an edit of one of `kinds`, with that suggestion. */
function editableFinding(kinds: readonly EditKind[] = ['replace', 'append', 'prepend']) {
  for (const finding of replyFindings) {
    const suggestion = finding.card.suggestions.find((s) => s.actions.some((a) => a.edit && kinds.includes(a.edit.kind)));
    if (suggestion && finding.severity !== 'info') return { finding, suggestion };
  }
  throw new Error(`the engine offers no ${kinds.join('/')} edit for the risky reply`);
}

function expectedAfter(suggestion: ReturnType<typeof editableFinding>['suggestion']): string {
  const edits = suggestion.actions.flatMap((a) => (a.edit ? [a.edit] : []));
  edits.sort((a, b) => (b.kind === 'replace' ? b.start : -1) - (a.kind === 'replace' ? a.start : -1));
  return edits.reduce((text, edit) => applyEditToText(text, edit), RISKY);
}

test('the engine flags the risky reply (premise of this suite)', () => {
  expect(replyFindings.some((f) => f.severity !== 'info')).toBe(true);
});

for (const c of COMPOSERS) {
  test.describe(c.kind, () => {
    test('highlights findings at their spans and cards reveal them', async ({ openThread }) => {
      const page = await openThread(c.threadId);
      await typeReply(c, page, RISKY);
      await expect.poll(() => findingsShown(page, c)).toEqual(expectedHighlights(await replyFindingsOn(page)));

      const { finding } = editableFinding();
      await page.getByRole('button', { name: /ReplyGuard/ }).click();
      const card = page.locator('article.rg-card').filter({ hasText: finding.card.summary }).first();
      await card.getByRole('button', { name: 'Show in message' }).click();
      const spans = replyFindings.filter((f) => f.card.summary === finding.card.summary).map((f) => RISKY.slice(f.start, f.end));
      expect(spans).toContain(await selectedText(c, page));
    });

    test('review holds the button and Ctrl+Enter; send anyway sends once', async ({ openThread }) => {
      const page = await openThread(c.threadId);
      await typeReply(c, page, RISKY);
      await attemptSend(c, page, 'button');
      await expect(reviewDialog(page)).toBeVisible();
      await page.getByRole('button', { name: 'Edit message' }).click();
      await expect(reviewDialog(page)).toBeHidden();

      await attemptSend(c, page, 'keyboard');
      await expect(reviewDialog(page)).toBeVisible();
      expect(await sent(page)).toEqual([]);
      await page.getByRole('button', { name: 'Send anyway' }).click();
      await expect.poll(() => sent(page)).toHaveLength(1);
      const [record] = await sent(page);
      expect(record).toMatchObject({ threadId: c.threadId, via: 'keyboard' });
      expect(loose(record!.text)).toBe(loose(RISKY));
      await page.waitForTimeout(300);
      expect(await sent(page)).toHaveLength(1);
    });

    test('applying a suggestion edits the editor model, and undo restores it', async ({ openThread, setSettings }) => {
      const page = await openThread(c.threadId);
      await typeReply(c, page, RISKY);
      await expect.poll(() => findingsShown(page, c)).toEqual(expectedHighlights(await replyFindingsOn(page)));
      const { finding, suggestion } = editableFinding();
      const expected = expectedAfter(suggestion);
      // Quill's history merges changes less than 1 s apart into one undo step (known limit).
      if (c.kind === 'quill') await page.waitForTimeout(1100);

      await page.getByRole('button', { name: /ReplyGuard/ }).click();
      const card = page.locator('article.rg-card').filter({ hasText: finding.card.summary }).first();
      await card.getByRole('button', { name: suggestion.label }).click();
      await expect.poll(async () => loose(await displayedText(c, page))).toBe(loose(expected));

      await c.editable(page).press('Control+z');
      await expect.poll(async () => loose(await displayedText(c, page))).toBe(loose(RISKY));
      await c.editable(page).press('Control+Shift+z');
      await expect.poll(async () => loose(await displayedText(c, page))).toBe(loose(expected));

      // The portal reads the text back through the editor's own API when it sends.
      await setSettings({ reviewMode: 'off' });
      await page.waitForTimeout(100);
      await attemptSend(c, page, 'button');
      await expect.poll(async () => (await sent(page)).map((r) => loose(r.text))).toEqual([loose(expected)]);
    });

    test('an appended multi-line suggestion lands at the end of the editor model', async ({ openThread, setSettings }) => {
      const page = await openThread(c.threadId);
      await typeReply(c, page, RISKY);
      await expect.poll(() => findingsShown(page, c)).toEqual(expectedHighlights(await replyFindingsOn(page)));
      const { finding, suggestion } = editableFinding(['append', 'prepend']);
      // The confirmation request is dated and in the patient's language (thread 3 is Spanish) as it
      // is inserted (utils/overlay/confirmation-request.ts).
      const expected =
        /^Your biopsy showed melanoma\. Start metformin 500 mg twice daily\. (Please reply by .+ to confirm you got this message\. In your own words, .+ call 911 in an emergency|Por favor, responda antes del .+ para confirmar que recibió este mensaje\. Con sus propias palabras, .+ al 911 en una emergencia)\.$/;

      await page.getByRole('button', { name: /ReplyGuard/ }).click();
      const card = page.locator('article.rg-card').filter({ hasText: finding.card.summary }).first();
      await card.getByRole('button', { name: suggestion.label }).click();
      await expect.poll(async () => loose(await displayedText(c, page))).toMatch(expected);
      await setSettings({ reviewMode: 'off' });
      await page.waitForTimeout(100);
      await attemptSend(c, page, 'button');
      await expect.poll(async () => (await sent(page)).map((r) => loose(r.text))).toEqual([expect.stringMatching(expected)]);
    });
  });
}
