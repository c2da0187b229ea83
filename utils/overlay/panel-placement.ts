import { registerFeature } from './features';
import { choosePlacement } from './placement';
import { shownComposer, setPlacement } from './overlay';
import { on, type ComposerSession } from './registry';
import { safely } from './safe';
import { anchorIn, sendControlIn } from './send-controls';

// Keeps the findings panel from covering the composer or its Send button: the panel docks to the
// viewport edge (bottom, else top) with the most free room outside the composer's area, and
// never grows into it. Recomputed on focus, scroll and resize, once per animation frame.

const CONTAINER_HOPS = 12;

/** The composer's box in the top document, widened to its Send control when one is near. */
export function keepClearRect(session: ComposerSession): DOMRect | null {
  const anchor = anchorIn(session, document);
  if (!anchor) return null;
  let rect = anchor.getBoundingClientRect();
  let container: Element | null = anchor.parentElement;
  for (let hop = 0; container && container !== document.body && hop < CONTAINER_HOPS; hop++, container = container.parentElement) {
    const control = [...container.querySelectorAll<HTMLElement>('button, input[type="submit"], [role="button"]')].find(
      (el) => sendControlIn([el]) === el,
    );
    if (control) {
      const c = control.getBoundingClientRect();
      const left = Math.min(rect.left, c.left);
      const top = Math.min(rect.top, c.top);
      rect = new DOMRect(left, top, Math.max(rect.right, c.right) - left, Math.max(rect.bottom, c.bottom) - top);
      break;
    }
  }
  return rect;
}

registerFeature({
  name: 'panel-placement',
  init(ctx) {
    let scheduled = false;
    const update = safely('panel placement', () => {
      scheduled = false;
      const session = shownComposer();
      const rect = session ? keepClearRect(session) : null;
      setPlacement(choosePlacement(window.innerHeight, rect));
    });
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(update);
    };
    for (const event of ['attach', 'focus', 'detach', 'change'] as const) on(event, schedule, ctx.signal);
    window.addEventListener('scroll', schedule, { capture: true, passive: true, signal: ctx.signal });
    window.addEventListener('resize', schedule, { passive: true, signal: ctx.signal });
  },
});
