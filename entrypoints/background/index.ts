import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { feedbackEntry } from '@/utils/audit/feedback';
import { recordAuditEntry } from '@/utils/audit/store';
import { validatedListener } from '@/utils/messages/runtime';
import { backgroundMessageSchema, isBackgroundMessage } from '@/utils/messages/schema';
import { POLICY_CACHE_KEY, readPolicy, readResolved } from '@/utils/settings/storage';
import { SETTINGS_KEY } from '@/utils/settings/schema';
import { prepareStorage } from '@/utils/storage/prepare';
import { startClosedLoop } from '@/utils/closed-loop/background';
import { serveOverlayUi } from '@/utils/overlay/serve-overlay-ui';
import { syncContentScripts, syncGuardScript } from './content-scripts';

// The background keeps the content-script registration in step with settings and granted host
// access, caches the managed policy for fast page starts, and is the audit log's only writer.

export default defineBackground(() => {
  // Storage is migrated and repaired before anything else reads it.
  let syncing: Promise<unknown> = prepareStorage();
  const sync = () => {
    syncing = syncing
      .then(async () => {
        const policy = await readPolicy();
        await browser.storage.local.set({ [POLICY_CACHE_KEY]: policy ?? {} });
        const resolved = await readResolved();
        await syncContentScripts(resolved.settings);
        await syncGuardScript(resolved);
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
  browser.runtime.onMessage.addListener(
    validatedListener(backgroundMessageSchema, isBackgroundMessage, (message) => {
      if (message.type === 'replyguard:audit') return recordAuditEntry(message.entry);
      if (message.type === 'replyguard:feedback') return recordAuditEntry(feedbackEntry(message, new Date(), crypto.randomUUID()));
      return sync().then(() => true);
    }),
  );
  void sync();
  startClosedLoop();
  serveOverlayUi();
});
