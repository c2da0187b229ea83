import { browser } from 'wxt/browser';
import { loadOverlayUiMessageSchema } from '@/utils/messages/schema';
import { OVERLAY_UI_FILE } from './overlay-ui';

// Background side of overlay-ui.ts: inject the overlay UI script into the frame that asks. Only
// this extension's own content scripts can ask (sender id), and only with the exact message.

export function serveOverlayUi(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !loadOverlayUiMessageSchema.safeParse(message).success) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) {
      sendResponse({ error: 'the overlay UI can only load into a tab' });
      return undefined;
    }
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [OVERLAY_UI_FILE] })
      .then(() => sendResponse({ ok: true }))
      .catch((error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
}
