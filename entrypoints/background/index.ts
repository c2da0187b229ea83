import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { AUDIT_MESSAGE } from '@/utils/audit/record';
import { recordAuditEntry } from '@/utils/audit/store';
import { POLICY_CACHE_KEY, readPolicy, readResolved } from '@/utils/settings/storage';
import { SETTINGS_KEY } from '@/utils/settings/schema';
import { startClosedLoop } from '@/utils/closed-loop/background';
import { serveOverlayUi } from '@/utils/overlay/serve-overlay-ui';
import { syncContentScripts } from './content-scripts';

// The background keeps the content-script registration in step with settings and granted host
// access, caches the managed policy for fast page starts, and is the audit log's only writer.

export default defineBackground(() => {
  let syncing: Promise<unknown> = Promise.resolve();
  const sync = () => {
    syncing = syncing
      .then(async () => {
        const policy = await readPolicy();
        await browser.storage.local.set({ [POLICY_CACHE_KEY]: policy ?? {} });
        await syncContentScripts((await readResolved()).settings);
      })
      .catch((error) => console.error('[ReplyGuard] content-script registration failed', error));
    return syncing;
  };

  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) void sync();
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const { type, entry } = (message ?? {}) as { type?: unknown; entry?: unknown };
    if (type === AUDIT_MESSAGE) recordAuditEntry(entry);
    if (type === 'replyguard:sync') return sync().then(() => true);
    return undefined;
  });
  void sync();
  startClosedLoop();
  serveOverlayUi();
});
