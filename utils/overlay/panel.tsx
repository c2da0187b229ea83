import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OverlayApp } from '@/components/OverlayApp';
import type { OverlayActions, OverlayViewState } from '@/components/overlay-contract';
import { overlayStyles } from '@/components/overlay-styles';
import type { Store } from './store';
import { acceptOnlyTrustedInput } from './trusted-events';

// Mounts the React overlay in its own shadow root. Part of the overlay-ui script, injected only
// once a composer is found (see overlay-ui.ts): pages without a composer never pay for React.

function Overlay({ store, actions }: { store: Store<OverlayViewState>; actions: OverlayActions }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  return <OverlayApp state={state} actions={actions} />;
}

export async function mountPanel(
  ctx: ContentScriptContext,
  store: Store<OverlayViewState>,
  actions: OverlayActions,
): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'replyguard-overlay',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: overlayStyles,
    isolateEvents: true,
    onMount(container) {
      acceptOnlyTrustedInput(container.getRootNode() as ShadowRoot);
      const root = createRoot(container);
      root.render(<Overlay store={store} actions={actions} />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
