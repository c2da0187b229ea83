import { analyze } from '@/utils/analysis/analyze';
import type { Finding } from '@/utils/analysis/schema';
import { tuneFindings } from '@/utils/analysis/tuning';
import { currentSettings } from '@/utils/settings/live';
import { preferredLanguage } from './closed-loop-page';
import { readIncoming } from './incoming';
import { organizationFrom } from './organization';
import { hideDismissed } from './not-helpful';
import { currentAdapter } from './patient-context';
import { readText } from './read-text';
import { type ComposerSession, update } from './registry';
import { reportError } from './safe';

export const COULD_NOT_CHECK = 'could not check this message; you can still send it as usual';

function byPosition(a: Finding, b: Finding): number {
  if (a.source !== b.source) return a.source === 'reply' ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

/**
 * Analyse the composer now (synchronously) unless the text is unchanged since the last run.
 * Returns false when the check itself failed: callers must then let the user proceed.
 */
export function analyzeNow(session: ComposerSession, force = false): boolean {
  // A composer removed mid-analysis (thread switch) is detached on the next scan; skip it.
  if (session.signal.aborted || !session.element.isConnected) return true;
  try {
    const text = readText(session);
    if (!force && text === session.text && session.status === 'checked') return true;
    if (currentSettings().faultInjection === 'analyze') throw new Error('injected analysis fault');
    const incoming = readIncoming(currentAdapter());
    const { categories, ruleOverrides } = currentSettings();
    const tuned = tuneFindings(analyze({ reply: text, incoming, organization: organizationFrom(currentSettings(), preferredLanguage) }), { categories, rules: ruleOverrides }).sort(byPosition);
    const findings = hideDismissed(session, tuned, text);
    update(session, { text, findings, status: 'checked', statusMessage: undefined });
    return true;
  } catch (error) {
    reportError('analysis', error);
    update(session, { findings: [], status: 'not-checked', statusMessage: COULD_NOT_CHECK });
    return false;
  }
}
