import { browser } from 'wxt/browser';
import { LOAD_OVERLAY_UI, OVERLAY_UI_FILE } from './overlay-ui';

// Background side of overlay-ui.ts: inject the overlay UI script into the frame that asks.

export function serveOverlayUi(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    if ((message as { type?: unknown } | null)?.type !== LOAD_OVERLAY_UI) return undefined;
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
