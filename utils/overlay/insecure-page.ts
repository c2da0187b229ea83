import { auditInsecurePage } from '@/utils/audit/record';
import { currentSettings, onSettingsChange } from '@/utils/settings/live';
import { buildNotice, placeAbove } from './composer-notice';
import { registerFeature } from './features';
import { type InsecureReason, insecurePageReason, topOriginOf } from './insecure-page-decision';
import { allSessions, on } from './registry';
import { safely } from './safe';

// "This page is not a secure place for patient messages", once per page: when the first composer
// attaches on a page served over plain http from another computer, or framed inside a site that
// is not an approved EHR. A named alert above that composer, one 'insecure-page' audit entry
// (origin and time only); shadow mode audits without showing. Decided only once the settings
// (the approved origins) have been read, so a slow start never raises a false alarm.

function pageFacts() {
  const framed = window.top !== window;
  const ancestors = location.ancestorOrigins ? [...location.ancestorOrigins] : undefined;
  const topOrigin = framed ? topOriginOf(ancestors, document.referrer) : null;
  return { protocol: location.protocol, hostname: location.hostname, framed, topOrigin };
}

function explanation(reason: InsecureReason, topOrigin: string | null): string {
  if (reason === 'plain-http') {
    return 'It is served over plain HTTP, so others on the network could read or change what you type. Use your organization’s https:// address.';
  }
  const site = topOrigin ? new URL(topOrigin).host : 'another site';
  return `It is shown inside ${site}, which your organization has not approved for the EHR. Open the EHR directly.`;
}

registerFeature({
  name: 'insecure-page',
  init(ctx) {
    let settingsRead = false;
    let decided = false;
    const decide = safely('insecure-page check', () => {
      const session = allSessions()[0];
      if (decided || !settingsRead || !session) return;
      decided = true;
      const settings = currentSettings();
      if (settings.reviewMode === 'off' && !settings.shadow) return;
      const facts = pageFacts();
      const reason = insecurePageReason(
        facts,
        settings.origins.map((entry) => entry.origin),
      );
      if (!reason) return;
      auditInsecurePage(settings.shadow ? 'shadow' : settings.reviewMode);
      if (settings.shadow) return;
      const notice = buildNotice({
        host: 'replyguard-insecure-page',
        role: 'alert',
        label: 'ReplyGuard: insecure page',
        testId: 'insecure-page-banner',
        lines: ['This page is not a secure place for patient messages.', explanation(reason, facts.topOrigin)],
        dismissLabel: 'Dismiss the insecure page warning',
      });
      placeAbove(notice, session);
    });
    on('attach', decide, ctx.signal);
    onSettingsChange(() => {
      settingsRead = true;
      decide();
    }, ctx.signal);
  },
});
