import { allSessions, type ComposerSession, focusedSession } from './registry';

// Which element is a composer's Send control, and which composer a control or form sends.

const CONTROL = 'button, input[type="submit"], input[type="button"], [role="button"]';
const SEND_LABEL = /\b(send|submit|reply|post)\b/i;
const EDITOR_CHROME = '.ql-toolbar, .ck-toolbar, .ck-balloon-panel, .tox, [role="toolbar"], [role="menu"]';

function labelOf(el: HTMLElement): string {
  return [el.getAttribute('aria-label'), el.getAttribute('title'), el.dataset.testid, (el as HTMLInputElement).value, el.textContent]
    .filter(Boolean)
    .join(' ');
}

/** The Send control an event path passes through, if any. */
export function sendControlIn(path: readonly EventTarget[]): HTMLElement | null {
  for (const target of path) {
    if ((target as Node).nodeType !== 1) continue;
    const el = target as HTMLElement;
    if (!el.matches(CONTROL)) continue;
    if (el.closest(EDITOR_CHROME) || (el as HTMLButtonElement).disabled) return null;
    const submits = (el as HTMLButtonElement).type === 'submit' && (el as HTMLButtonElement).form !== null;
    return submits || SEND_LABEL.test(labelOf(el)) ? el : null;
  }
  return null;
}

/** The composer's stand-in in `doc`: itself, its outermost shadow host, or the iframe holding it. */
export function anchorIn(session: ComposerSession, doc: Document): Element | null {
  let node: Element = session.element;
  for (let hops = 0; hops < 16; hops++) {
    const root = node.getRootNode();
    if (root.nodeType === 11) node = (root as ShadowRoot).host;
    else if (root === doc) return node;
    else {
      const frame = (root as Document).defaultView?.frameElement;
      if (!frame) return null;
      node = frame;
    }
  }
  return null;
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root.nodeType === 11 ? (root as ShadowRoot).host : null;
}

function pick(sessions: ComposerSession[]): ComposerSession | null {
  return sessions.find((s) => s === focusedSession()) ?? sessions[0] ?? null;
}

/** The composer inside `container` (a form), if any. */
export function composerWithin(container: Element): ComposerSession | null {
  return pick(allSessions().filter((s) => {
    const anchor = anchorIn(s, container.ownerDocument);
    return anchor !== null && container.contains(anchor);
  }));
}

/** The composer nearest to `el` in the DOM: the first ancestor that contains one wins. */
export function composerNear(el: Element): ComposerSession | null {
  const anchored = allSessions().flatMap((session) => {
    const anchor = anchorIn(session, el.ownerDocument);
    return anchor ? [{ session, anchor }] : [];
  });
  for (let ancestor: Element | null = el; ancestor; ancestor = parentAcrossShadow(ancestor)) {
    const inside = anchored.filter((a) => ancestor!.contains(a.anchor)).map((a) => a.session);
    if (inside.length > 0) return pick(inside);
  }
  return null;
}
