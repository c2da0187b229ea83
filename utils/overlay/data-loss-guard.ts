import { compileMrnPatterns } from '@/utils/analysis/patient-identifiers';
import { lookForPatientInfo } from '@/utils/analysis/patient-info';
import { auditDataLossGuard } from '@/utils/audit/record';
import { isGuardedOrigin } from '@/utils/settings/data-loss-guard-scope';
import type { ReviewMode } from '@/utils/settings/schema';
import { watchResolved } from '@/utils/settings/storage';
import { hideGuardWarning, showGuardWarning } from './data-loss-guard-ui';
import { startDiscovery } from './discover';
import { registerFeature } from './features';
import { readText } from './read-text';
import { allSessions, type ComposerSession, on } from './registry';
import { reportError, safely } from './safe';
import { onTextChanges } from './text-changes';

// The optional data-loss guard, on unapproved sites the organization's policy lists (personal
// webmail, consumer chat): composers are found with the overlay's discovery, but there is no
// panel, review or highlight. A message whose text carries patient-care content together with a
// patient identifier gets one small warning, and one audit entry per composer per distinct set
// of care categories (codes, origin, time; never text). Sending is never held. In shadow mode
// the entry is written and nothing is shown. Discovery starts only once the settings say this
// origin is guarded, so an unlisted page is never watched.

const TEXTAREA_POLL_MS = 1000;

let active = false;
let mode: ReviewMode = 'warn';
let mrnPatterns: RegExp[] = [];

function watchComposer(session: ComposerSession): void {
  const { signal } = session;
  const audited = new Set<string>();
  /** The category set the shown warning is about, and the one the clinician dismissed. */
  let current: string | null = null;
  let dismissed: string | null = null;
  let lastText: string | null = null;
  const check = safely('data-loss guard check', () => {
    if (!active || signal.aborted) return;
    const text = readText(session);
    if (text === lastText) return;
    lastText = text;
    const found = lookForPatientInfo(text, mrnPatterns);
    if (!found) return hideGuardWarning(session);
    const key = found.care.join('+');
    current = key;
    if (!audited.has(key)) {
      audited.add(key);
      auditDataLossGuard(found, mode, session.kind);
    }
    if (mode === 'shadow' || dismissed === key) return hideGuardWarning(session);
    showGuardWarning(session, () => {
      dismissed = current;
    });
  });
  const later = onTextChanges(session, check, () => lastText, TEXTAREA_POLL_MS);
  later();
}

registerFeature({
  name: 'data-loss-guard',
  init(ctx) {
    on('attach', watchComposer, ctx.signal);
    let discovering = false;
    watchResolved((resolved) => {
      active = isGuardedOrigin(resolved, location.origin);
      mode = resolved.settings.reviewMode;
      // Unsafe patterns are refused when the policy is read (and shown on the options page).
      mrnPatterns = compileMrnPatterns(resolved.settings.dataLossGuard.mrnPatterns).patterns;
      if (!active) for (const session of allSessions()) hideGuardWarning(session);
      if (active && !discovering) {
        discovering = true;
        startDiscovery(ctx);
      }
    }, ctx.signal).catch((error) => reportError('data-loss guard settings', error));
  },
});
