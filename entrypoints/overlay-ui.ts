import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountContextBar } from '@/utils/overlay/context-bar-ui';
import { mountPanel } from '@/utils/overlay/panel';
import { OVERLAY_UI_GLOBAL, type OverlayUi } from '@/utils/overlay/overlay-ui';
import { mountStatusLayer } from '@/utils/overlay/status-control-ui';

// The React overlay, injected by the background into a frame once a composer is found there
// (see utils/overlay/overlay-ui.ts); it only publishes its entry points.

export default defineUnlistedScript(() => {
  const ui: OverlayUi = { mountPanel, mountContextBar, mountStatusLayer };
  (globalThis as Record<string, unknown>)[OVERLAY_UI_GLOBAL] = ui;
});
