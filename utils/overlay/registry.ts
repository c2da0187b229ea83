import type { CheckStatus } from '@/components/overlay-contract';
import type { Finding } from '@/utils/analysis/schema';
import type { ComposerKind } from './kinds';
import { reportError } from './safe';

// The attached composers and their latest analysis. Features learn about composers only through
// these events; each composer owns one AbortController, so detaching it tears down every
// listener, observer and timer a feature attached with `session.signal`.

export interface ComposerSession {
  id: string;
  kind: ComposerKind;
  /** The textarea or the editable root. */
  element: HTMLElement;
  /** The same-origin iframe (in the top document) the composer lives in, if any. */
  frame: HTMLIFrameElement | null;
  signal: AbortSignal;
  /** The text the findings refer to. */
  text: string;
  findings: Finding[];
  status: CheckStatus;
  statusMessage?: string;
  /** Ids of reply findings lying in text inserted (draft, paste, template) and never edited (provenance-watch.ts). */
  fromDraft?: ReadonlySet<string>;
  /** A feature failed to attach: the composer is not fully checked, and its status says so for good. */
  attachFailed?: boolean;
  /** The last send check failed (send-guard.ts): sends are not checked until one succeeds again. */
  sendCheckFailed?: boolean;
}

export const COULD_NOT_ATTACH = 'could not attach to this message box; you can still send it as usual';
export const COULD_NOT_CHECK_SEND = 'could not check this message before sending; you can still send it as usual';

type SessionEvent = 'attach' | 'detach' | 'change' | 'focus';
type Listener = (session: ComposerSession) => void;

const sessions = new Map<HTMLElement, { session: ComposerSession; controller: AbortController }>();
const listeners = new Map<SessionEvent, Set<Listener>>();
let focused: ComposerSession | null = null;
let nextId = 1;

/** Calls every listener; false when one of them failed. */
function emit(event: SessionEvent, session: ComposerSession): boolean {
  let ok = true;
  for (const listener of listeners.get(event) ?? []) {
    try {
      listener(session);
    } catch (error) {
      ok = false;
      reportError(`${event} listener`, error);
    }
  }
  return ok;
}

export function on(event: SessionEvent, listener: Listener, signal: AbortSignal): void {
  let set = listeners.get(event);
  if (!set) listeners.set(event, (set = new Set()));
  set.add(listener);
  signal.addEventListener('abort', () => set.delete(listener));
}

export function attach(element: HTMLElement, kind: ComposerKind, frame: HTMLIFrameElement | null): ComposerSession {
  const existing = sessions.get(element);
  if (existing) return existing.session;
  const controller = new AbortController();
  const session: ComposerSession = {
    id: `rg-composer-${nextId++}`,
    kind,
    element,
    frame,
    signal: controller.signal,
    text: '',
    findings: [],
    status: 'checking',
  };
  sessions.set(element, { session, controller });
  if (!emit('attach', session)) {
    session.attachFailed = true;
    update(session, {});
  }
  return session;
}

export function detach(session: ComposerSession): void {
  const entry = sessions.get(session.element);
  if (!entry || entry.session !== session) return;
  sessions.delete(session.element);
  entry.controller.abort();
  if (focused === session) focused = null;
  emit('detach', session);
}

export function update(session: ComposerSession, patch: Partial<Pick<ComposerSession, 'text' | 'findings' | 'status' | 'statusMessage'>>): void {
  if (session.signal.aborted) return;
  Object.assign(session, patch);
  if (session.attachFailed) Object.assign(session, { status: 'not-checked', statusMessage: COULD_NOT_ATTACH });
  else if (session.sendCheckFailed) Object.assign(session, { status: 'not-checked', statusMessage: COULD_NOT_CHECK_SEND });
  emit('change', session);
}

export function focus(session: ComposerSession): void {
  if (focused === session) return;
  focused = session;
  emit('focus', session);
}

export function focusedSession(): ComposerSession | null {
  return focused;
}

export function allSessions(): ComposerSession[] {
  return [...sessions.values()].map((entry) => entry.session);
}

export function sessionFor(element: HTMLElement): ComposerSession | undefined {
  return sessions.get(element)?.session;
}

/** Detach every composer (the content script is being invalidated). */
export function detachAll(): void {
  for (const { session } of [...sessions.values()]) detach(session);
}
