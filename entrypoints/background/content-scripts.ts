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

interface ScriptShape {
  id: string;
  js: string[];
  allFrames?: boolean;
  runAt: 'document_start' | 'document_idle';
}

/** Registers `script` for the granted ones among `patterns`, updates it, or removes it when none is left. */
async function syncRegisteredScript(script: ScriptShape, patterns: readonly string[]): Promise<string[]> {
  const matches = await grantedPatterns(patterns);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [script.id] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [script.id] });
    return matches;
  }
  const registration = { ...script, matches, persistAcrossSessions: true };
  if (existing.length > 0) await browser.scripting.updateContentScripts([registration]);
  else await browser.scripting.registerContentScripts([registration]);
  return matches;
}

export function syncContentScripts(settings: Settings): Promise<string[]> {
  return syncRegisteredScript(
    {
      id: CONTENT_SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE],
      // Frames too: an approved EHR framed by another site must still say it is not secure there.
      allFrames: true,
      runAt: 'document_start',
    },
    enabledPatterns(settings),
  );
}

export const GUARD_SCRIPT_ID = 'replyguard-data-loss-guard';
const GUARD_SCRIPT_FILE = 'content-scripts/data-loss-guard.js';

/**
 * The data-loss guard's own content script: registered only for origins the policy itself lists
 * (never a clinician's value) while the policy has it on, and only where host access is granted.
 */
export function syncGuardScript(resolved: ResolvedSettings): Promise<string[]> {
  return syncRegisteredScript({ id: GUARD_SCRIPT_ID, js: [GUARD_SCRIPT_FILE], runAt: 'document_idle' }, guardPatterns(resolved));
}
