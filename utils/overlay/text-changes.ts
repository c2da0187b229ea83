import { isTextarea } from './read-text';
import type { ComposerSession } from './registry';
import { adaptiveDebounce } from './timing';

/**
 * Calls `onChange` (debounced by its own cost) whenever the composer's text may have changed:
 * input events, DOM mutations in rich editors, and a cheap value poll for textareas, whose
 * `.value = ...` fires no event. `seen` is the text last handled, so the poll stays quiet while
 * nothing changed. Returns the trigger, for callers that want a check now.
 */
export function onTextChanges(session: ComposerSession, onChange: () => void, seen: () => string | null, pollMs: number): () => void {
  const { element, signal } = session;
  const later = adaptiveDebounce(onChange, signal);
  element.addEventListener('input', later, { signal });
  if (isTextarea(element)) {
    const timer = setInterval(() => {
      if (element.value !== seen()) later();
    }, pollMs);
    signal.addEventListener('abort', () => clearInterval(timer));
  } else {
    const observer = new MutationObserver(later);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect());
  }
  return later;
}
