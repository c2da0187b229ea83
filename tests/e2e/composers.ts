import type { Locator, Page } from '@playwright/test';

// The demo portal's composer kinds: which thread shows each, and how a test reaches its
// editable element (some live in iframes or shadow roots).

export interface ComposerCase {
  kind: string;
  threadId: number;
  /** Draws findings with the CSS Custom Highlight API (else a textarea mirror). */
  highlights: boolean;
  editable(page: Page): Locator;
}

export const COMPOSERS: readonly ComposerCase[] = [
  { kind: 'textarea', threadId: 1, highlights: false, editable: (p) => p.getByTestId('composer-textarea') },
  { kind: 'quill', threadId: 2, highlights: true, editable: (p) => p.getByTestId('composer-quill') },
  { kind: 'ckeditor', threadId: 3, highlights: true, editable: (p) => p.getByTestId('composer-ckeditor') },
  {
    kind: 'tinymce',
    threadId: 4,
    highlights: true,
    editable: (p) => p.frameLocator('[data-testid="composer-tinymce"] iframe').getByTestId('composer-tinymce-body'),
  },
  { kind: 'tiptap', threadId: 5, highlights: true, editable: (p) => p.getByTestId('composer-tiptap') },
  {
    kind: 'iframe',
    threadId: 6,
    highlights: true,
    editable: (p) => p.frameLocator('[data-testid="composer-iframe"]').getByTestId('composer-frame-editable'),
  },
  { kind: 'shadow', threadId: 7, highlights: false, editable: (p) => p.getByTestId('composer-shadow-textarea') },
];

export const RISKY = 'Your biopsy showed melanoma. Start metformin 500 mg twice daily.';
export const ROUTINE = 'Your refill of lisinopril was sent to your pharmacy.';

/** Text of every range in the composer document's ReplyGuard highlights, by severity. */
export async function highlightedText(editable: Locator): Promise<Record<string, string[]>> {
  return editable.evaluate((el) => {
    const registry = (el.ownerDocument.defaultView as Window & typeof globalThis).CSS.highlights;
    const out: Record<string, string[]> = {};
    for (const severity of ['critical', 'warning', 'info']) {
      const highlight = registry.get(`replyguard-${severity}`);
      out[severity] = highlight ? [...highlight].map((range) => range.toString()) : [];
    }
    return out;
  });
}

/** Text of the textarea mirror's marks, by severity. */
export async function mirrorMarks(page: Page): Promise<Record<string, string[]>> {
  const marks = await page.locator('replyguard-mirror mark').evaluateAll((els) =>
    els.map((el) => [(el as HTMLElement).dataset.severity ?? '', el.textContent ?? ''] as const),
  );
  const out: Record<string, string[]> = { critical: [], warning: [], info: [] };
  for (const [severity, text] of marks) out[severity]?.push(text);
  return out;
}

/** Drawn findings' text by severity, each list sorted (drawing order is not text order). */
export async function findingsShown(page: Page, c: ComposerCase): Promise<Record<string, string[]>> {
  const shown = c.highlights ? await highlightedText(c.editable(page)) : await mirrorMarks(page);
  return Object.fromEntries(Object.entries(shown).map(([severity, texts]) => [severity, texts.sort()]));
}

/** How many drawn findings are of a severity that holds a send. */
export const heldCount = (shown: Record<string, string[]>): number =>
  (shown.critical?.length ?? 0) + (shown.warning?.length ?? 0);

export async function sent(page: Page): Promise<{ threadId: number; text: string; via: string }[]> {
  return page.evaluate(() => (window as unknown as { __demoSent?: [] }).__demoSent ?? []);
}

/** What the clinician sees in the composer. */
export async function displayedText(c: ComposerCase, page: Page): Promise<string> {
  return c.editable(page).evaluate((el) =>
    el.localName === 'textarea' ? (el as HTMLTextAreaElement).value : (el as HTMLElement).innerText,
  );
}

/** The composer's current selection as text. */
export async function selectedText(c: ComposerCase, page: Page): Promise<string> {
  return c.editable(page).evaluate((el) => {
    if (el.localName === 'textarea') {
      const ta = el as HTMLTextAreaElement;
      return ta.value.slice(ta.selectionStart, ta.selectionEnd);
    }
    return el.ownerDocument.getSelection()?.toString() ?? '';
  });
}

/** Whitespace-insensitive form for comparing editor text with plain strings. */
export const loose = (text: string): string => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

export async function typeReply(c: ComposerCase, page: Page, text: string): Promise<void> {
  const editable = c.editable(page);
  await editable.click();
  await editable.pressSequentially(text);
}

export type SendPath = 'button' | 'keyboard' | 'submit';

export async function attemptSend(c: ComposerCase, page: Page, path: SendPath): Promise<void> {
  const panel = page.getByTestId('reply-composer');
  if (path === 'button') return panel.getByTestId('send-button').click();
  if (path === 'keyboard') {
    await c.editable(page).focus();
    return c.editable(page).press('Control+Enter');
  }
  // A portal script submitting the form itself (not through the button).
  await panel.getByTestId('reply-form').evaluate((form) => (form as HTMLFormElement).requestSubmit());
}

export const reviewDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Review before sending' });
