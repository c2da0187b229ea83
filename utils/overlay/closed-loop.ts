import { readConfirmation } from '@/utils/analysis/confirmation';
import type { Category } from '@/utils/analysis/schema';
import { patientLabel } from '@/utils/closed-loop/identifiers';
import type { LoopMessage } from '@/utils/closed-loop/messages';
import { carriesConfirmationRequest, requestLanguage } from '@/utils/closed-loop/request-text';
import { sendRuntimeMessage } from '@/utils/messages/runtime';
import { loopsReplySchema } from '@/utils/messages/schema';
import { currentSettings } from '@/utils/settings/live';
import { onWindow } from './discover';
import { registerFeature } from './features';
import { editableRoot } from './kinds';
import { bannerPatientName, patientMessages, preferredLanguage, threadUrl } from './closed-loop-page';
import { readText } from './read-text';
import { type ComposerSession, sessionFor } from './registry';
import { reportError } from './safe';
import { composerNear, composerWithin, sendControlIn } from './send-controls';

// Closed loop in the page: a reply that carries a confirmation request and actually leaves the
// composer opens a loop (in the background, which stores it); a newer patient message on the
// thread that confirms closes it. Listeners run after the send guard's (imported later), so a
// held send is not seen until "send anyway" replays it.

/** A send counts once the request is gone from the composer (cleared or detached) within this time. */
const SENT_WITHIN_MS = 3000;
const POLL_MS = 150;
const CHECK_DEBOUNCE_MS = 400;

const ask = (message: LoopMessage) => sendRuntimeMessage(message);

function replyCategories(session: ComposerSession): Category[] {
  return [...new Set(session.findings.filter((f) => f.source === 'reply').map((f) => f.category))];
}

const watching = new WeakSet<ComposerSession>();

/** After a send attempt: open a loop once the reply with its request has really gone. */
function watchSend(session: ComposerSession): void {
  if (watching.has(session) || !carriesConfirmationRequest(readText(session), currentSettings().closedLoop.template)) return;
  watching.add(session);
  const sentAt = Date.now();
  const opening = {
    thread: { url: threadUrl(location) },
    categories: replyCategories(session),
    language: requestLanguage(preferredLanguage()),
    patient: patientLabel(bannerPatientName(), currentSettings().identifierLevel),
    sentAt,
  };
  const check = () => {
    const gone = session.signal.aborted || !carriesConfirmationRequest(readText(session), currentSettings().closedLoop.template);
    if (gone) {
      watching.delete(session);
      ask({ type: 'replyguard:loop-open', opening })
        .then(() => resetThreadCheck())
        .catch((error) => reportError('closed loop open', error));
    } else if (Date.now() - sentAt < SENT_WITHIN_MS) {
      setTimeout(check, POLL_MS);
    } else {
      // The page did not send (a validation error, a held send): no loop.
      watching.delete(session);
    }
  };
  setTimeout(check, POLL_MS);
}

function install(win: Window, signal: AbortSignal): void {
  const options = { capture: true, signal };
  const guarded = (handler: (event: Event) => void) => (event: Event) => {
    try {
      handler(event);
    } catch (error) {
      reportError('closed loop send', error);
    }
  };
  win.addEventListener('click', guarded((event) => {
    const control = sendControlIn(event.composedPath());
    const session = control && composerNear(control);
    if (session) watchSend(session);
  }), options);
  win.addEventListener('keydown', guarded((raw) => {
    const event = raw as KeyboardEvent;
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    const target = event.composedPath()[0] as Element | undefined;
    const root = target?.nodeType === 1 ? editableRoot(target) : null;
    const session = root && sessionFor(root);
    if (session) watchSend(session);
  }), options);
  win.addEventListener('submit', guarded((event) => {
    const session = composerWithin(event.target as HTMLFormElement);
    if (session) watchSend(session);
  }), options);
}

/** What the last thread check saw; a new URL or a new patient message checks again. */
let lastCheck = '';

function resetThreadCheck(): void {
  lastCheck = '';
  scheduleThreadCheck();
}

async function checkThread(): Promise<void> {
  const messages = patientMessages();
  const url = threadUrl(location);
  const signature = `${url}|${messages.length}|${messages.at(-1)?.at ?? ''}`;
  if (signature === lastCheck) return;
  lastCheck = signature;
  // The answer is validated like anything else that crosses a boundary.
  const reply = loopsReplySchema.safeParse(await ask({ type: 'replyguard:loops-for-thread', thread: { url } }));
  for (const loop of reply.success ? reply.data : []) {
    // The newest patient message after the request decides: a later question reopens doubt.
    const latest = messages.filter((m) => m.at > loop.sentAt).at(-1);
    if (latest && readConfirmation(latest.text).verdict === 'confirmed') {
      await ask({ type: 'replyguard:loop-confirm', id: loop.id, at: latest.at });
    }
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;

function scheduleThreadCheck(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void checkThread().catch((error) => reportError('closed loop check', error)), CHECK_DEBOUNCE_MS);
}

registerFeature({
  name: 'closed-loop',
  init(ctx) {
    install(window, ctx.signal);
    onWindow((win, frame) => {
      if (frame) install(win, ctx.signal);
    });
    const observer = new MutationObserver(scheduleThreadCheck);
    const observe = () => observer.observe(document.documentElement, { childList: true, subtree: true });
    if (document.documentElement) observe();
    ctx.signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
    });
    scheduleThreadCheck();
  },
});
