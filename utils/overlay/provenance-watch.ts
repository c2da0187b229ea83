import { currentSettings } from '@/utils/settings/live';
import { onWindow } from './discover';
import { registerFeature } from './features';
import { originOf, signalOfInputType, signalOfKey, type UserSignal } from './input-origin';
import { editableRoot } from './kinds';
import { pathHasOwnElement } from './own-elements';
import { applyChange, changedRegion, initialProvenance, isFromDraft, type Provenance } from './provenance';
import { isTextarea, readText } from './read-text';
import { type ComposerSession, on, sessionFor } from './registry';
import { safely } from './safe';

// Feeds each composer's provenance (provenance.ts) from the page: trusted keydown, beforeinput,
// paste, drop and cut events say the clinician is about to change the text, and every change
// that follows none of them is a programmatic insertion (an AI draft, a template, a smart
// phrase). Keeps `session.fromDraft`, the reply findings lying wholly in inserted, never-edited
// text, for the pre-send review and the audit log. A composer that starts pre-filled starts
// fully inserted.

interface Watch {
  state: Provenance;
  /** User input events since the last change, and when the latest arrived. */
  signals: UserSignal[];
  signalAt: number;
}

/** A user event older than this explains no change (it changed nothing, e.g. at a read-only spot). */
const SIGNAL_TTL_MS = 1000;

const watches = new WeakMap<ComposerSession, Watch>();

function markFindings(session: ComposerSession, state: Provenance): void {
  // Findings' offsets refer to the text they were computed on; wait for the next analysis.
  if (state.text !== session.text) return;
  const ids = session.findings.filter((f) => f.source === 'reply' && isFromDraft(state, f)).map((f) => f.id);
  session.fromDraft = new Set(ids);
}

/** Bring the composer's provenance up to its current text, crediting the change to the pending events. */
function sync(session: ComposerSession): void {
  const watch = watches.get(session);
  if (!watch) return;
  const text = readText(session);
  if (text !== watch.state.text) {
    const signals = Date.now() - watch.signalAt <= SIGNAL_TTL_MS ? watch.signals : [];
    const { start, insertedEnd } = changedRegion(watch.state.text, text);
    watch.state = applyChange(watch.state, text, originOf(signals, insertedEnd - start));
    watch.signals = [];
  }
  markFindings(session, watch.state);
}

function signalOf(event: Event): UserSignal | null {
  switch (event.type) {
    case 'keydown': {
      const key = event as KeyboardEvent;
      return key.isComposing ? null : signalOfKey(key);
    }
    case 'beforeinput': {
      const input = event as InputEvent;
      return signalOfInputType(input.inputType, input.data);
    }
    case 'paste':
    case 'drop':
      return { origin: 'inserted', allowance: 0 };
    case 'cut':
      return { origin: 'typed', allowance: 0 };
    default:
      return null;
  }
}

function sessionOf(event: Event): ComposerSession | undefined {
  const path = event.composedPath();
  const target = path[0] as Element | undefined;
  if (!target || target.nodeType !== 1 || pathHasOwnElement(path)) return undefined;
  const root = editableRoot(target);
  return root ? sessionFor(root) : undefined;
}

const onUserEvent = safely('provenance input', (event: Event) => {
  if (!event.isTrusted) return;
  const session = sessionOf(event);
  const watch = session && watches.get(session);
  const signal = watch && signalOf(event);
  if (!session || !watch || !signal) return;
  // A textarea's value can change with no event (`.value = draft`): credit that to no one first.
  // Rich editors need no flush: their mutation observer has already run.
  if (isTextarea(session.element)) sync(session);
  watch.signals.push(signal);
  watch.signalAt = Date.now();
});

// Rich editors are followed by their mutation observer; a textarea's value changes only show here.
const onInput = safely('provenance input', (event: Event) => {
  const session = sessionOf(event);
  if (session && isTextarea(session.element)) sync(session);
});

function listen(win: Window, signal: AbortSignal): void {
  const options = { capture: true, signal };
  // Capture on the window runs before the editor's own handlers, which may change the text at once.
  for (const type of ['keydown', 'beforeinput', 'paste', 'drop', 'cut']) win.addEventListener(type, onUserEvent, options);
  win.addEventListener('input', onInput, options);
}

function watchComposer(session: ComposerSession): void {
  if (currentSettings().faultInjection === 'attach') throw new Error('injected attach fault');
  watches.set(session, { state: initialProvenance(readText(session)), signals: [], signalAt: 0 });
  const { element, signal } = session;
  if (isTextarea(element)) return;
  const observer = new MutationObserver(safely('provenance mutations', () => sync(session)));
  observer.observe(element, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect());
}

registerFeature({
  name: 'provenance',
  init(ctx) {
    listen(window, ctx.signal);
    onWindow((win, frame) => {
      if (frame) listen(win, ctx.signal);
    });
    on('attach', watchComposer, ctx.signal);
    on('change', safely('provenance change', sync), ctx.signal);
    on('detach', (session) => watches.delete(session), ctx.signal);
  },
});
