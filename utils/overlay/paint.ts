import { currentSettings } from '@/utils/settings/live';
import { registerFeature } from './features';
import { clearHighlights, paintHighlights } from './highlights';
import { createMirror, type Mirror } from './mirror';
import { isTextarea } from './read-text';
import { type ComposerSession, on } from './registry';
import { safely } from './safe';
import { replySpans, shiftSpans } from './spans';
import { readContentEditable } from './text-model';

// Draws each composer's reply findings in place: highlights for rich editors, a mirror for
// textareas. Between analyses the textarea marks shift with the user's edits.

const mirrors = new WeakMap<ComposerSession, Mirror>();

function mirrorFor(session: ComposerSession): Mirror {
  let mirror = mirrors.get(session);
  if (!mirror) {
    mirror = createMirror(session);
    mirrors.set(session, mirror);
    const textarea = session.element as HTMLTextAreaElement;
    const follow = safely('mirror follow', () => paint(session));
    textarea.addEventListener('input', follow, { signal: session.signal });
  }
  return mirror;
}

function paint(session: ComposerSession): void {
  if (currentSettings().faultInjection === 'highlight') throw new Error('injected highlight fault');
  const spans = currentSettings().reviewMode === 'off' ? [] : replySpans(session.findings);
  const el = session.element;
  if (isTextarea(el)) {
    if (spans.length === 0 && !mirrors.has(session)) return;
    mirrorFor(session).render(el.value, shiftSpans(spans, session.text, el.value));
    return;
  }
  if (spans.length === 0) return clearHighlights(session);
  paintHighlights(session, shiftSpans(spans, session.text, readContentEditable(el).text));
}

registerFeature({
  name: 'paint',
  init(ctx) {
    on('change', paint, ctx.signal);
    on('detach', clearHighlights, ctx.signal);
  },
});
