import { browser } from 'wxt/browser';
import { guardPatterns } from '@/utils/settings/data-loss-guard-scope';
import { matchPatternFor } from '@/utils/settings/origins';
import type { ResolvedSettings } from '@/utils/settings/resolve';
import type { Settings } from '@/utils/settings/schema';

// The overlay runs only where it is enabled: one content script registered at run time for
// exactly the enabled origins the browser has granted host access to (through policy-installed
// host permissions or the clinician's grant in the options page), updated when settings or
// permissions change and removed when no origin is left.

export const CONTENT_SCRIPT_ID = 'replyguard-ehr';
const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export function enabledPatterns(settings: Settings): string[] {
  return [...new Set(settings.origins.map((entry) => matchPatternFor(entry.origin)))].sort();
}

export async function grantedPatterns(patterns: readonly string[]): Promise<string[]> {
  const granted = await Promise.all(patterns.map((pattern) => browser.permissions.contains({ origins: [pattern] })));
  return patterns.filter((_, index) => granted[index]);
}

export async function syncContentScripts(settings: Settings): Promise<string[]> {
  const matches = await grantedPatterns(enabledPatterns(settings));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return matches;
  }
  const script = {
    id: CONTENT_SCRIPT_ID,
    matches,
    js: [CONTENT_SCRIPT_FILE],
    // Frames too: an approved EHR framed by another site must still say it is not secure there.
    allFrames: true,
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}

export const GUARD_SCRIPT_ID = 'replyguard-data-loss-guard';
const GUARD_SCRIPT_FILE = 'content-scripts/data-loss-guard.js';

/**
 * The data-loss guard's own content script: registered only for origins the policy itself lists
 * (never a clinician's value) while the policy has it on, and only where host access is granted.
 */
export async function syncGuardScript(resolved: ResolvedSettings): Promise<string[]> {
  const matches = await grantedPatterns(guardPatterns(resolved));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [GUARD_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [GUARD_SCRIPT_ID] });
    return matches;
  }
  const script = { id: GUARD_SCRIPT_ID, matches, js: [GUARD_SCRIPT_FILE], runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}
