import type { Severity } from '@/utils/analysis/schema';

// The one thing ReplyGuard adds to a host document: ::highlight() rules for the CSS Custom
// Highlight API. Severity is told by color and by line style, not color alone.

export const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

export function highlightName(severity: Severity): string {
  return `replyguard-${severity}`;
}

export const HIGHLIGHT_CSS = `
::highlight(replyguard-critical) { background-color: rgb(220 38 38 / 0.16); text-decoration: underline wavy rgb(220 38 38); text-decoration-thickness: 2px; }
::highlight(replyguard-warning) { background-color: rgb(217 119 6 / 0.16); text-decoration: underline solid rgb(217 119 6); text-decoration-thickness: 2px; }
::highlight(replyguard-info) { text-decoration: underline dotted rgb(37 99 235); text-decoration-thickness: 2px; }
`;

const STYLE_MARK = 'data-replyguard-highlights';

/** Add the ::highlight rules to the composer's document or shadow root, once. */
export function ensureHighlightStyles(root: Node): void {
  if (root.nodeType === 9) {
    const doc = root as Document;
    if (doc.querySelector(`style[${STYLE_MARK}]`)) return;
    const style = doc.createElement('style');
    style.setAttribute(STYLE_MARK, '');
    style.textContent = HIGHLIGHT_CSS;
    (doc.head ?? doc.documentElement).append(style);
    return;
  }
  if (root.nodeType !== 11) return;
  // Shadow roots get a constructed sheet so the host's shadow tree gains no nodes.
  const shadow = root as ShadowRoot;
  const win = shadow.ownerDocument.defaultView;
  if (!win || shadow.adoptedStyleSheets.some((s) => (s as CSSStyleSheet & { replyguard?: true }).replyguard)) return;
  const sheet = new win.CSSStyleSheet() as CSSStyleSheet & { replyguard?: true };
  sheet.replaceSync(HIGHLIGHT_CSS);
  sheet.replyguard = true;
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}
