import type { PatientContextView } from '@/components/overlay-contract';
import { currentAdapter, choosePatientState, contextView, shownSession } from './patient-context';
import { registerFeature } from './features';
import { loadOverlayUi } from './overlay-ui';
import type { ComposerSession } from './registry';
import { reportError, safely } from './safe';
import { acceptOnlyTrustedInput } from './trusted-events';

// Places the context bar (red flags, context notes, state picker) just above the shown composer:
// above the adapter's composer container when it has one, else above the composer's outermost
// element in this document (its iframe or shadow host). Mounted only when there is something
// to say; React is loaded lazily, as for the panel.

export const CONTEXT_HOST = 'replyguard-context';

type Renderer = (view: PatientContextView) => void;

let host: HTMLElement | null = null;
let render: Renderer | null = null;
let loading: Promise<void> | null = null;

const hasContent = (view: PatientContextView | null): view is PatientContextView =>
  !!view && (view.redFlags.length > 0 || view.notes.length > 0 || !!view.askState || !!view.chosenState);

function outermost(session: ComposerSession): Element {
  if (session.frame) return session.frame;
  let el: Element = session.element;
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = el.getRootNode()) el = root.host;
  return el;
}

function anchorFor(session: ComposerSession): Element {
  const base = outermost(session);
  const selector = currentAdapter().composerContainer;
  try {
    return (selector && base.closest(selector)) || base;
  } catch {
    return base;
  }
}

function ensureHost(anchor: Element): HTMLElement {
  if (!host) {
    host = document.createElement(CONTEXT_HOST);
    const shadow = host.attachShadow({ mode: 'open' });
    acceptOnlyTrustedInput(shadow);
    // Keys typed in the picker are ours: the EHR's own shortcuts must not see them.
    for (const type of ['keydown', 'keyup', 'keypress', 'input', 'change']) {
      shadow.addEventListener(type, (event) => event.stopPropagation());
    }
  }
  if (host.nextElementSibling !== anchor) anchor.before(host);
  return host;
}

function remove(): void {
  host?.remove();
}

async function load(shadow: ShadowRoot): Promise<void> {
  const { mountContextBar } = await loadOverlayUi();
  render = mountContextBar(shadow, { choosePatientState: (code) => choosePatientState(code) });
}

function show(view: PatientContextView | null): void {
  const session = shownSession();
  if (!hasContent(view) || !session?.element.isConnected) return remove();
  const shadow = ensureHost(anchorFor(session)).shadowRoot as ShadowRoot;
  if (render) return render(view);
  loading ??= load(shadow).catch((error) => reportError('mount context bar', error));
  void loading.then(() => render?.(contextView.get() ?? view));
}

registerFeature({
  name: 'context-bar',
  init(ctx) {
    const update = safely('context bar', () => show(contextView.get()));
    const unsubscribe = contextView.subscribe(update);
    ctx.onInvalidated(() => {
      unsubscribe();
      remove();
    });
  },
});
