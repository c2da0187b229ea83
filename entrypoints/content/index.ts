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
import '@/utils/overlay/panel-placement';
import '@/utils/overlay/closed-loop';
import '@/utils/overlay/patient-context';
import '@/utils/overlay/context-bar';
import '@/utils/overlay/insecure-page';
import '@/utils/overlay/provenance-watch';
import '@/utils/overlay/status-control';
import '@/utils/overlay/report-composers';

export default defineContentScript({
  // Registered at run time by the background for exactly the enabled origins; these matches
  // only become host permissions, so the local demo portal and tests can be enabled silently.
  registration: 'runtime',
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_start',
  async main(ctx) {
    // A frame of a same-origin parent is the parent's to handle (discovery follows such frames).
    if (window.frameElement) return;
    ctx.onInvalidated(detachAll);
    await startFeatures(ctx);
    startSettings(ctx.signal).catch((error) => reportError('settings', error));
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    startDiscovery(ctx);
  },
});
