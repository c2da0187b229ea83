import type { ReviewMode } from '@/components/overlay-contract';
import { holdsSend } from '@/components/severity-tiers';
import type { Finding } from '@/utils/analysis/schema';
import { auditReview, auditShadow } from '@/utils/audit/record';
import { currentSettings } from '@/utils/settings/live';
import { analyzeNow } from './analysis';
import { onWindow } from './discover';
import { registerFeature } from './features';
import { editableRoot } from './kinds';
import { openReview, overlayState, reviewUnavailable } from './overlay';
import { pathHasOwnElement } from './own-elements';
import { currentAdapter } from './patient-context';
import { type ComposerSession, sessionFor, update } from './registry';
import { reportError } from './safe';
import { composerNear, composerWithin, sendControlIn } from './send-controls';

// The pre-send check (after InboxSDK's "presending" hook): capture-phase listeners for clicks
// on Send, Enter/Space on a Send control, Ctrl/Cmd+Enter in the composer (plain Enter too where
// the site adapter says Enter sends) and form submit. A
// send is held only for a finished warning/critical result in `warn`/`require-reason` mode;
// "send anyway" replays the original action once. Any failure here lets the send through.

const BLOCKING_MODES: ReadonlySet<ReviewMode> = new Set(['warn', 'require-reason']);

/** The composer whose send is being replayed after "send anyway"; lets exactly that one through. */
let replaying: ComposerSession | null = null;

function findingsToHold(session: ComposerSession): Finding[] {
  if (currentSettings().faultInjection === 'send-guard') throw new Error('injected send-guard fault');
  if (!analyzeNow(session)) return [];
  return session.findings.filter(holdsSend);
}

function sendOnce(session: ComposerSession, replay: () => void): void {
  replaying = session;
  try {
    replay();
  } finally {
    replaying = null;
  }
}

/** One send fires several events (click, then submit): shadow-audit the first of them only. */
let lastShadowSend: { session: ComposerSession; at: number } | null = null;

function auditShadowSend(session: ComposerSession): void {
  if (lastShadowSend?.session === session && Date.now() - lastShadowSend.at < 1000) return;
  try {
    const held = findingsToHold(session);
    if (held.length > 0) auditShadow(held, session.kind, session.fromDraft);
  } catch (error) {
    reportError('shadow audit', error);
  } finally {
    // Timed from the end: the first analysis of a page can itself take a second under load.
    lastShadowSend = { session, at: Date.now() };
  }
}

/** Decide about one send attempt; cancels the event when the review must come first. */
function guard(event: Event, session: ComposerSession, replay: () => void): void {
  const mode = currentSettings().reviewMode;
  if (replaying === session) return;
  // Shadow mode: record what would have been reviewed, hold nothing.
  if (currentSettings().shadow) return auditShadowSend(session);
  if (!BLOCKING_MODES.has(mode)) return;
  let held: Finding[];
  try {
    held = findingsToHold(session);
    if (session.sendCheckFailed) {
      // Checking sends works again: let the status reflect the analysis alone.
      session.sendCheckFailed = false;
      analyzeNow(session, true);
    }
  } catch (error) {
    reportError('send check', error);
    // Stays "not checked" after the send clears the composer: the next send is not checked either.
    session.sendCheckFailed = true;
    update(session, {});
    return;
  }
  // No review can be shown (the panel's script did not load): never hold a send for it.
  if (held.length === 0 || reviewUnavailable()) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  if (overlayState().review.open) return;
  const recordDecision = auditReview(mode, held, session.kind, session.fromDraft);
  // A missing required footer never holds a send, but a review that opens lists it.
  const footer = session.findings.filter((f) => f.category === 'expectations' && f.severity === 'info');
  openReview(session, [...held, ...footer], mode, (decision) => {
    recordDecision(decision);
    if (decision.action !== 'send-anyway') return;
    if (mode === 'require-reason' && !decision.reason) return;
    sendOnce(session, replay);
  });
}

function replayKey(target: EventTarget, event: KeyboardEvent): () => void {
  const init: KeyboardEventInit & { keyCode: number; which: number } = {
    key: event.key,
    code: event.code,
    keyCode: event.keyCode,
    which: event.which,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  const doc = (target as Node).ownerDocument ?? document;
  const view = doc.defaultView ?? window;
  const selection = doc.getSelection();
  const saved = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  return () => {
    // Editors ignore shortcuts without focus and a caret inside them (Quill checks both); the
    // review took focus and clicking it moved the selection.
    (target as HTMLElement).focus?.();
    const now = doc.getSelection();
    if (saved && now && (target as HTMLElement).isContentEditable && !(target as Node).contains(now.anchorNode)) {
      now.removeAllRanges();
      now.addRange(saved);
    }
    target.dispatchEvent(new view.KeyboardEvent('keydown', init));
  };
}

const isPlain = (event: KeyboardEvent): boolean => !(event.shiftKey || event.altKey || event.ctrlKey || event.metaKey);

/** Does plain Enter send on this page right now (the site adapter's `enterSends`)? */
function enterSends(target: Element): boolean {
  const selector = currentAdapter().enterSends;
  if (!selector) return false;
  return Boolean(target.ownerDocument.querySelector(selector) ?? document.querySelector(selector));
}

function install(win: Window, signal: AbortSignal): void {
  const options = { capture: true, signal };
  const protect = (handler: (event: Event) => void) => (event: Event) => {
    try {
      if (!pathHasOwnElement(event.composedPath())) handler(event);
    } catch (error) {
      reportError('send guard', error);
    }
  };

  win.addEventListener('click', protect((event) => {
    const control = sendControlIn(event.composedPath());
    const session = control && composerNear(control);
    if (control && session) guard(event, session, () => control.click());
  }), options);

  win.addEventListener('keydown', protect((raw) => {
    const event = raw as KeyboardEvent;
    // IME composition: Enter commits the candidate, it does not send (Refined GitHub #4323).
    if (event.isComposing || event.keyCode === 229) return;
    const target = event.composedPath()[0] as Element | undefined;
    if (!target || target.nodeType !== 1) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey || (isPlain(event) && enterSends(target)))) {
      const root = editableRoot(target);
      const session = root && sessionFor(root);
      if (session) return guard(event, session, replayKey(target, event));
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    // Native buttons turn Enter/Space into a click, which the click listener checks.
    const control = sendControlIn(event.composedPath());
    if (!control || control.localName === 'button' || control.localName === 'input') return;
    const session = composerNear(control);
    if (session) guard(event, session, replayKey(control, event));
  }), options);

  win.addEventListener('submit', protect((raw) => {
    const event = raw as SubmitEvent;
    const form = event.target as HTMLFormElement;
    const session = composerWithin(form);
    const submitter = event.submitter ?? undefined;
    if (session) guard(event, session, () => form.requestSubmit(submitter));
  }), options);
}

registerFeature({
  name: 'send-guard',
  init(ctx) {
    install(window, ctx.signal);
    onWindow((win, frame) => {
      if (frame) install(win, ctx.signal);
    });
  },
});
