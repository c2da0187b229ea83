import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { classify, COMPOSER_SELECTOR, editableRoot, isLikelyComposer } from './kinds';
import { isOwnElement, pathHasOwnElement } from './own-elements';
import { allSessions, attach, detach, focus, sessionFor } from './registry';
import { safely } from './safe';

// Finds composers in the page, in open shadow roots and in same-origin iframes (TinyMCE's
// included), follows single-page-app navigation with a throttled MutationObserver, and detaches
// composers that leave the DOM. Other features get every same-origin window through
// `onWindow`, because events do not cross frame boundaries.

const RESCAN_MS = 250;

type WindowListener = (win: Window, frame: HTMLIFrameElement | null) => void;
const windowListeners: WindowListener[] = [];

export function onWindow(listener: WindowListener): void {
  windowListeners.push(listener);
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

function isConnectedComposer(element: HTMLElement, frame: HTMLIFrameElement | null): boolean {
  if (!element.isConnected) return false;
  return !frame || (frame.isConnected && frameDocument(frame) === element.ownerDocument);
}

export function startDiscovery(ctx: ContentScriptContext): void {
  const watchedRoots = new WeakSet<Document | ShadowRoot>();
  let scheduled = false;

  const consider = (el: Element, frame: HTMLIFrameElement | null) => {
    const root = editableRoot(el);
    if (!root || sessionFor(root) || !isLikelyComposer(root)) return undefined;
    const inShadow = root.getRootNode() !== root.ownerDocument;
    return attach(root, classify(root, frame !== null, inShadow), frame);
  };

  const insideComposer = (node: Node) => {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const root = el ? editableRoot(el) : null;
    return root !== null && sessionFor(root) !== undefined;
  };

  const scheduleRescan = () => {
    if (scheduled) return;
    scheduled = true;
    ctx.setTimeout(
      safely('rescan', () => {
        scheduled = false;
        rescan();
      }),
      RESCAN_MS,
    );
  };

  const observe = (root: Document | ShadowRoot) => {
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    const observer = new MutationObserver(
      safely('mutations', (mutations: MutationRecord[]) => {
        if (mutations.some((m) => !insideComposer(m.target))) scheduleRescan();
      }),
    );
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['contenteditable', 'hidden', 'style', 'class'],
    });
    ctx.onInvalidated(() => observer.disconnect());
  };

  const watchWindow = (win: Window, frame: HTMLIFrameElement | null) => {
    const onFocus = safely('focusin', (event: FocusEvent) => {
      if (pathHasOwnElement(event.composedPath())) return;
      const target = event.composedPath()[0];
      if (!(target && (target as Node).nodeType === 1)) return;
      const root = editableRoot(target as Element);
      if (!root) return;
      const session = sessionFor(root) ?? consider(root, frame);
      if (session) focus(session);
    });
    ctx.addEventListener(win, 'focusin', onFocus, { capture: true });
    for (const listener of windowListeners) safely('window listener', listener)(win, frame);
  };

  const scanRoot = (root: Document | ShadowRoot, frame: HTMLIFrameElement | null) => {
    observe(root);
    for (const el of root.querySelectorAll(COMPOSER_SELECTOR)) consider(el, frame);
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot && !isOwnElement(el)) scanRoot(el.shadowRoot, frame);
      if (el.localName === 'iframe') scanFrame(el as HTMLIFrameElement);
    }
  };

  const framesSeen = new WeakSet<HTMLIFrameElement>();
  const windowsSeen = new WeakSet<Document>();
  const scanFrame = (frame: HTMLIFrameElement) => {
    if (!framesSeen.has(frame)) {
      framesSeen.add(frame);
      ctx.addEventListener(frame, 'load', safely('frame load', scheduleRescan));
    }
    const doc = frameDocument(frame);
    if (!doc?.documentElement) return;
    if (!windowsSeen.has(doc) && doc.defaultView) {
      windowsSeen.add(doc);
      watchWindow(doc.defaultView, frame);
    }
    scanRoot(doc, frame);
  };

  const rescan = () => {
    for (const session of allSessions()) {
      if (!isConnectedComposer(session.element, session.frame)) detach(session);
    }
    scanRoot(document, null);
  };

  watchWindow(window, null);
  rescan();
  // Thread switches often reveal a composer without a DOM mutation we watch (layout changes).
  ctx.setInterval(safely('periodic rescan', scheduleRescan), 2000);
}
