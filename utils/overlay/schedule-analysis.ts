import { currentSettings, onSettingsChange } from '@/utils/settings/live';
import { analyzeNow } from './analysis';
import { registerFeature } from './features';
import { isTextarea } from './read-text';
import { allSessions, type ComposerSession, on } from './registry';
import { safely } from './safe';
import { debounce } from './timing';

// When to analyse: at once for a composer that arrives pre-filled (AI drafts), ~150 ms after
// the user stops typing, and after programmatic changes (DOM mutations for rich editors, a
// cheap value poll for textareas, whose `.value = ...` fires no event).

const TYPING_DEBOUNCE_MS = 150;
const TEXTAREA_POLL_MS = 500;

function watchComposer(session: ComposerSession): void {
  const { element, signal } = session;
  const run = safely('scheduled analysis', () => {
    if (currentSettings().reviewMode !== 'off') analyzeNow(session);
  });
  const later = debounce(run, TYPING_DEBOUNCE_MS, signal);
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
    onSettingsChange(() => {
      for (const session of allSessions()) {
        if (currentSettings().reviewMode !== 'off') analyzeNow(session, true);
      }
    }, ctx.signal);
  },
});
