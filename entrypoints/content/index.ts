import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDiscovery } from '@/utils/overlay/discover';
import { startFeatures } from '@/utils/overlay/features';
import { detachAll } from '@/utils/overlay/registry';
import { reportError } from '@/utils/overlay/safe';
import { startSettings } from '@/utils/settings/live';
// Each capability registers itself on import; the send guard first, so it is listening before
// the page's own handlers.
import '@/utils/overlay/send-guard';
import '@/utils/overlay/schedule-analysis';
import '@/utils/overlay/paint';
import '@/utils/overlay/overlay';

export default defineContentScript({
  // The demo portal for now; per-origin runtime registration comes with the options page.
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_start',
  async main(ctx) {
    ctx.onInvalidated(detachAll);
    await startFeatures(ctx);
    startSettings(ctx.signal).catch((error) => reportError('settings', error));
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    startDiscovery(ctx);
  },
});
