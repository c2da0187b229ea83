import { sendRuntimeMessage } from '@/utils/messages/runtime';
import { LOAD_OVERLAY_UI_TYPE } from '@/utils/messages/schema';
import type { mountContextBar } from './context-bar-ui';
import type { mountPanel } from './panel';
import type { mountStatusLayer } from './status-control-ui';

// The React overlay (findings panel, pre-send review, context bar, status chips) ships as its own script,
// entrypoints/overlay-ui.ts, so pages without a composer never download, parse or run React.
// When the first composer attaches, the content script asks the background to inject it into
// this frame; it runs in the same isolated world and leaves its entry points on a global.

export interface OverlayUi {
  mountPanel: typeof mountPanel;
  mountContextBar: typeof mountContextBar;
  mountStatusLayer: typeof mountStatusLayer;
}

export const OVERLAY_UI_GLOBAL = '__replyGuardOverlayUi';
/** The built file of entrypoints/overlay-ui.ts (an unlisted script). */
export const OVERLAY_UI_FILE = '/overlay-ui.js';

const loaded = (): OverlayUi | undefined => (globalThis as Record<string, unknown>)[OVERLAY_UI_GLOBAL] as OverlayUi | undefined;

let loading: Promise<OverlayUi> | undefined;

/** The overlay's UI, injected on first use; a failed load is retried on the next call. */
export function loadOverlayUi(): Promise<OverlayUi> {
  loading ??= (async () => {
    if (!loaded()) {
      const answer = (await sendRuntimeMessage({ type: LOAD_OVERLAY_UI_TYPE })) as { error?: string } | undefined;
      if (answer?.error) throw new Error(answer.error);
    }
    const ui = loaded();
    if (!ui) throw new Error('the overlay UI script did not load');
    return ui;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
