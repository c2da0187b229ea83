import { browser } from 'wxt/browser';
import { validatedListener } from '@/utils/messages/runtime';
import { LOAD_OVERLAY_UI_TYPE, loadOverlayUiMessageSchema } from '@/utils/messages/schema';
import { OVERLAY_UI_FILE } from './overlay-ui';

// Background side of overlay-ui.ts: inject the overlay UI script into the frame that asks. Only
// this extension's own content scripts can ask (sender id), and only with the exact message.

const claims = (message: unknown): boolean => (message as { type?: unknown } | null)?.type === LOAD_OVERLAY_UI_TYPE;

export function serveOverlayUi(): void {
  browser.runtime.onMessage.addListener(
    validatedListener(loadOverlayUiMessageSchema, claims, (_message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { error: 'the overlay UI can only load into a tab' };
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [OVERLAY_UI_FILE] })
        .then(
          () => ({ ok: true }),
          (error: unknown) => ({ error: String(error) }),
        );
    }),
  );
}
