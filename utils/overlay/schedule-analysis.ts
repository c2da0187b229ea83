import { currentSettings, onSettingsChange } from '@/utils/settings/live';
import { analyzeNow } from './analysis';
import { registerFeature } from './features';
import { isTextarea } from './read-text';
import { allSessions, type ComposerSession, on, update } from './registry';
import { safely } from './safe';
import { debounce, whenIdle } from './timing';

// When to analyse: at once for a composer that arrives pre-filled (AI drafts), in idle time
// ~150 ms after the user stops typing, and after programmatic changes (DOM mutations for rich
// editors, a cheap value poll for textareas, whose `.value = ...` fires no event).

const TYPING_DEBOUNCE_MS = 150;
/** Analysis of a long reply takes tens of ms: wait for idle time, but not for long. */
const IDLE_TIMEOUT_MS = 200;
const TEXTAREA_POLL_MS = 500;

function watchComposer(session: ComposerSession): void {
  const { element, signal } = session;
  const run = safely('scheduled analysis', () => {
    if (currentSettings().reviewMode !== 'off') analyzeNow(session);
  });
  const later = debounce(() => whenIdle(run, IDLE_TIMEOUT_MS, signal), TYPING_DEBOUNCE_MS, signal);
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
