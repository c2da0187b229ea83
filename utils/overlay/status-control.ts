import type { ComposerStatusView } from '@/components/StatusControl';
import { STATUS_CHIP_SIZE } from '@/components/status-styles';
import { currentSettings, onSettingsChange } from '@/utils/settings/live';
import { registerFeature } from './features';
import { isOwnElement } from './own-elements';
import { actions } from './overlay';
import { loadOverlayUi } from './overlay-ui';
import { keepClearRect } from './panel-placement';
import { allSessions, type ComposerSession, focus, on } from './registry';
import { reportError, safely } from './safe';
import { anchorIn } from './send-controls';
import { chooseStatusRect, type Rect } from './status-placement';
import { perFrame } from './timing';

// A small "ReplyGuard: checking" / "ReplyGuard: not checked" chip beside every attached composer,
// so coverage is visible: a composer ReplyGuard could not attach to or analyse says so instead of
// staying silent. The chips live in our own shadow host over the page, placed just outside the
// composer where they cover neither its text, its Send control, nor anything the page needs.
// React is loaded lazily with the rest of the overlay UI (overlay-ui.ts).

export const STATUS_HOST = 'replyguard-status';

/** Layout moves with no scroll or resize event (a banner inserted above the composer). */
const RELAYOUT_MS = 1000;
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, iframe, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"], [role="textbox"], [role="menuitem"], [role="tab"]';

let host: HTMLElement | null = null;
let render: ((views: ComposerStatusView[]) => void) | null = null;
let loading: Promise<void> | null = null;

/** Does the point lie on a character of the page's text? */
function coversText(x: number, y: number): boolean {
  const range = document.caretRangeFromPoint?.(x, y);
  if (!range || range.startContainer.nodeType !== 3) return false;
  const node = range.startContainer as Text;
  for (const at of [range.startOffset, range.startOffset - 1]) {
    if (at < 0 || at >= node.length || node.data[at]?.trim() === '') continue;
    const char = document.createRange();
    char.setStart(node, at);
    char.setEnd(node, at + 1);
    const box = char.getBoundingClientRect();
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  }
  return false;
}

/** Nothing the page needs (controls, text, our own panel or context bar) lies under the rect. */
function isFree(rect: Rect): boolean {
  const inset = 2;
  const points: [number, number][] = [
    [rect.left + inset, rect.top + inset],
    [rect.right - inset, rect.top + inset],
    [rect.left + inset, rect.bottom - inset],
    [rect.right - inset, rect.bottom - inset],
    [(rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2],
  ];
  return points.every(([x, y]) => {
    const hit = document.elementFromPoint(x, y);
    if (hit && (isOwnElement(hit) || hit.closest(INTERACTIVE))) return false;
    return !coversText(x, y);
  });
}

function accessibleName(session: ComposerSession): string {
  const el = session.element;
  const named = el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? el.getAttribute('title');
  return named?.trim() || 'message box';
}

function viewOf(session: ComposerSession): ComposerStatusView | null {
  const anchor = anchorIn(session, document);
  if (!anchor) return null;
  const box = anchor.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
  const keepClear = [box, keepClearRect(session) ?? box];
  const place = chooseStatusRect(box, STATUS_CHIP_SIZE, viewport, keepClear, isFree);
  if (!place) return null;
  const { id, kind, status, statusMessage } = session;
  return { id, kind, status, statusMessage, name: accessibleName(session), left: place.left, top: place.top };
}

function openPanelFor(id: string): void {
  const session = allSessions().find((s) => s.id === id);
  if (!session) return;
  focus(session);
  actions.setPanelOpen(true);
}

function ensureHost(): ShadowRoot {
  if (!host) {
    host = document.createElement(STATUS_HOST);
    const shadow = host.attachShadow({ mode: 'open' });
    // Keys pressed on a chip are ours: the EHR's own shortcuts must not see them.
    for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (event) => event.stopPropagation());
  }
  if (!host.isConnected) document.documentElement.append(host);
  return host.shadowRoot as ShadowRoot;
}

function show(views: ComposerStatusView[]): void {
  if (render) return render(views);
  if (views.length === 0) return;
  const shadow = ensureHost();
  loading ??= loadOverlayUi()
    .then(({ mountStatusLayer }) => {
      render = mountStatusLayer(shadow, safely('open panel from status', openPanelFor));
    })
    .catch((error) => reportError('mount status control', error));
  void loading.then(() => update());
}

function update(): void {
  const settings = currentSettings();
  const hidden = settings.reviewMode === 'off' || settings.shadow;
  // Measure with the chips out of the way, so they do not find themselves in the way.
  if (host) host.style.visibility = 'hidden';
  try {
    show(hidden ? [] : allSessions().flatMap((session) => viewOf(session) ?? []));
  } finally {
    if (host) host.style.visibility = '';
  }
}

registerFeature({
  name: 'status-control',
  init(ctx) {
    const schedule = perFrame(safely('status control', update), ctx.signal);
    for (const event of ['attach', 'detach', 'change', 'focus'] as const) on(event, schedule, ctx.signal);
    onSettingsChange(schedule, ctx.signal);
    window.addEventListener('scroll', schedule, { capture: true, passive: true, signal: ctx.signal });
    window.addEventListener('resize', schedule, { passive: true, signal: ctx.signal });
    // A banner inserted above a composer (our context bar, the EHR's own) moves it without a
    // scroll or resize event, but it changes the page's size.
    const pageSize = new ResizeObserver(schedule);
    if (document.body) pageSize.observe(document.body);
    ctx.signal.addEventListener('abort', () => pageSize.disconnect());
    ctx.setInterval(schedule, RELAYOUT_MS);
    ctx.onInvalidated(() => host?.remove());
  },
});
