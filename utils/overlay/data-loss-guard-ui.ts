import type { ComposerSession } from './registry';

// The data-loss guard's one small warning, placed just above the composer (before its iframe or
// shadow host) in a shadow root, so the page's styles cannot hide it and ours cannot leak. A
// polite live region with a name, and a Dismiss button; it never blocks typing or sending.

export const GUARD_WARNING_HOST = 'replyguard-guard';
export const GUARD_WARNING_TEXT = 'This looks like patient information; use the secure portal.';

const STYLE = `
:host { all: initial; display: block; margin: 4px 0; }
.rg-guard { display: flex; gap: 8px; align-items: center; font: 13px/1.4 system-ui, sans-serif;
  color: #1f1f1f; background: #fff4ce; border: 1px solid #8a6d00; border-radius: 4px; padding: 6px 8px; }
.rg-guard p { margin: 0; flex: 1; }
.rg-guard button { font: inherit; padding: 2px 8px; border: 1px solid #5c4a00; border-radius: 3px; background: #fff; color: #1f1f1f; cursor: pointer; }
.rg-guard button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
@media (forced-colors: active) { .rg-guard { border-color: CanvasText; } }
`;

const shown = new WeakMap<ComposerSession, HTMLElement>();

function outermost(session: ComposerSession): Element {
  if (session.frame) return session.frame;
  let el: Element = session.element;
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = el.getRootNode()) el = root.host;
  return el;
}

function build(onDismiss: () => void): HTMLElement {
  const host = document.createElement(GUARD_WARNING_HOST);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const box = document.createElement('div');
  box.className = 'rg-guard';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', 'ReplyGuard: patient information warning');
  box.dataset.testid = 'data-loss-guard-warning';
  const text = document.createElement('p');
  text.textContent = GUARD_WARNING_TEXT;
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.setAttribute('aria-label', 'Dismiss the patient information warning');
  dismiss.addEventListener('click', () => {
    host.remove();
    onDismiss();
  });
  box.append(text, dismiss);
  shadow.append(style, box);
  return host;
}

export function showGuardWarning(session: ComposerSession, onDismiss: () => void): void {
  let host = shown.get(session);
  if (!host) {
    host = build(onDismiss);
    shown.set(session, host);
    session.signal.addEventListener('abort', () => hideGuardWarning(session), { once: true });
  }
  const anchor = outermost(session);
  if (!host.isConnected || host.nextElementSibling !== anchor) anchor.before(host);
}

export function hideGuardWarning(session: ComposerSession): void {
  shown.get(session)?.remove();
  shown.delete(session);
}
