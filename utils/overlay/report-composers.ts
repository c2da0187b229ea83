import { browser } from 'wxt/browser';
import { type ComposersResponse, composersRequestSchema, reportOf } from './composer-report';
import { registerFeature } from './features';
import { allSessions, focusedSession } from './registry';

// Answers the popup's "which composers are on this page?" for this frame's composers (same-origin
// iframes' composers are this frame's too). Anything that is not a valid request is ignored.

registerFeature({
  name: 'report-composers',
  init(ctx) {
    const listener = (message: unknown, _sender: unknown, sendResponse: (response: ComposersResponse) => void) => {
      if (!composersRequestSchema.safeParse(message).success) return undefined;
      const focused = focusedSession();
      sendResponse({ composers: allSessions().map((session) => reportOf(session, focused)) });
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
