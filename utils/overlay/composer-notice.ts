import type { ComposerSession } from './registry';

// A small notice just above a composer (before its iframe or shadow host), in a shadow root so
// the page's styles cannot hide it and ours cannot leak: a named live region with a message and
// a Dismiss button. Used by the data-loss guard and the insecure-page warning; it never blocks
// typing or sending.

export interface NoticeSpec {
  /** The shadow host's tag name. */
  host: string;
  role: 'status' | 'alert';
  /** The accessible name of the region. */
  label: string;
  testId: string;
  lines: readonly string[];
  dismissLabel: string;
  onDismiss?: () => void;
}

const STYLE = `
:host { all: initial; display: block; margin: 4px 0; }
.rg-notice { display: flex; gap: 8px; align-items: center; font: 13px/1.4 system-ui, sans-serif;
  color: #1f1f1f; background: #fff4ce; border: 1px solid #8a6d00; border-radius: 4px; padding: 6px 8px; }
.rg-notice div { flex: 1; }
.rg-notice p { margin: 0; }
.rg-notice p + p { margin-top: 2px; }
.rg-notice button { font: inherit; padding: 2px 8px; border: 1px solid #5c4a00; border-radius: 3px; background: #fff; color: #1f1f1f; cursor: pointer; }
.rg-notice button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (forced-colors: active) { .rg-notice { border-color: CanvasText; } }
`;

function outermost(session: ComposerSession): Element {
  if (session.frame) return session.frame;
  let el: Element = session.element;
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = el.getRootNode()) el = root.host;
  return el;
}

export function buildNotice(spec: NoticeSpec): HTMLElement {
  const host = document.createElement(spec.host);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'rg-notice';
  box.setAttribute('role', spec.role);
  box.setAttribute('aria-label', spec.label);
  box.dataset.testid = spec.testId;
  const text = document.createElement('div');
  text.append(
    ...spec.lines.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.setAttribute('aria-label', spec.dismissLabel);
  dismiss.addEventListener('click', () => {
    host.remove();
    spec.onDismiss?.();
  });
  box.append(text, dismiss);
  shadow.append(style, box);
  return host;
}

/** Put the notice just above the composer (again, if the page moved things around). */
export function placeAbove(notice: HTMLElement, session: ComposerSession): void {
  const anchor = outermost(session);
  if (!notice.isConnected || notice.nextElementSibling !== anchor) anchor.before(notice);
}
