import { defineContentScript } from 'wxt/utils/define-content-script';
import { startFeatures } from '@/utils/overlay/features';
import { detachAll } from '@/utils/overlay/registry';
import '@/utils/overlay/data-loss-guard';

export default defineContentScript({
  // Registered at run time by the background, only for the origins the policy lists in
  // `dataLossGuard` (and only when the policy turned it on); these matches add no host access
  // beyond the main content script's.
  registration: 'runtime',
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  runAt: 'document_idle',
  async main(ctx) {
    ctx.onInvalidated(detachAll);
    await startFeatures(ctx);
  },
});
