import { currentSettings, onSettingsChange } from '@/utils/settings/live';
import { analyzeNow } from './analysis';
import { registerFeature } from './features';
import { isTextarea } from './read-text';
import { allSessions, type ComposerSession, on, update } from './registry';
import { safely } from './safe';
import { adaptiveDebounce } from './timing';

// When to analyse: at once for a composer that arrives pre-filled (AI drafts), within a frame
// of a short pause in typing, and after programmatic changes (DOM mutations for rich editors, a
// cheap value poll for textareas, whose `.value = ...` fires no event). The pause grows with
// the cost of the last analysis, so a long reply that takes tens of ms is analysed only when the
// clinician really stops, and a keystroke never queues behind an analysis.

const TEXTAREA_POLL_MS = 500;

function watchComposer(session: ComposerSession): void {
  const { element, signal } = session;
  const run = safely('scheduled analysis', () => {
    if (currentSettings().reviewMode !== 'off') analyzeNow(session);
  });
  const later = adaptiveDebounce(run, signal);
  element.addEventListener('input', later, { signal });
  if (isTextarea(element)) {
    const timer = setInterval(() => {
      if (element.value !== session.text) later();
    }, TEXTAREA_POLL_MS);
    signal.addEventListener('abort', () => clearInterval(timer));
  } else {
    const observer = new MutationObserver(later);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect());
  }
  setTimeout(run, 0);
}

registerFeature({
  name: 'schedule-analysis',
  init(ctx) {
    on('attach', watchComposer, ctx.signal);
    onSettingsChange((settings) => {
      for (const session of allSessions()) {
        // Turning ReplyGuard off repaints with nothing; any other mode re-checks.
        if (settings.reviewMode === 'off') update(session, {});
        else analyzeNow(session, true);
      }
    }, ctx.signal);
  },
});
