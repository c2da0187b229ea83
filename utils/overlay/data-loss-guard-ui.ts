import { buildNotice, placeAbove } from './composer-notice';
import type { ComposerSession } from './registry';

// The data-loss guard's one warning per composer: a polite, named status above the composer.

export const GUARD_WARNING_TEXT = 'This looks like patient information; use the secure portal.';

const shown = new WeakMap<ComposerSession, HTMLElement>();

export function showGuardWarning(session: ComposerSession, onDismiss: () => void): void {
  let notice = shown.get(session);
  if (!notice) {
    notice = buildNotice({
      host: 'replyguard-guard',
      role: 'status',
      label: 'ReplyGuard: patient information warning',
      testId: 'data-loss-guard-warning',
      lines: [GUARD_WARNING_TEXT],
      dismissLabel: 'Dismiss the patient information warning',
      onDismiss: () => {
        shown.delete(session);
        onDismiss();
      },
    });
    shown.set(session, notice);
    session.signal.addEventListener('abort', () => hideGuardWarning(session), { once: true });
  }
  placeAbove(notice, session);
}

export function hideGuardWarning(session: ComposerSession): void {
  shown.get(session)?.remove();
  shown.delete(session);
}
