import type { Edit, Suggestion } from '@/utils/analysis/schema';
import { renderRequest, requestLanguage } from '@/utils/closed-loop/request-text';
import { currentSettings } from '@/utils/settings/live';
import { analyzeNow } from './analysis';
import { preferredLanguage } from './closed-loop-page';
import { applyEdit } from './edit';
import type { ComposerSession } from './registry';
import { reportError } from './safe';

// The one-click confirmation request, from the panel, a card or the review: the engine proposes its
// generic English text; here it becomes the request from policy or options (built-in text by
// default) in the patient's preferred language, with the due time and clinic phone filled in.
// Inserted through the editor's input path like any edit.

const HOUR = 3_600_000;

export function confirmationRequestText(now = Date.now()): string {
  const language = requestLanguage(preferredLanguage());
  const { dueHours, clinicPhone, template } = currentSettings().closedLoop;
  return renderRequest(language, { dueAt: now + dueHours * HOUR, phone: clinicPhone }, template);
}

/** The suggestion's edits, with a confirmation request localized and dated. */
export function localizedEdits(suggestion: Suggestion | undefined, edits: Edit[]): Edit[] {
  if (suggestion?.intent !== 'add_confirmation') return edits;
  return edits.map((edit) => (edit.kind === 'append' ? { ...edit, text: `\n\n${confirmationRequestText()}` } : edit));
}

/** The panel's button: append the request to the reply shown. */
export async function insertConfirmationRequest(session: ComposerSession): Promise<void> {
  const ok = await applyEdit(session, { kind: 'append', text: `\n\n${confirmationRequestText()}` });
  analyzeNow(session, true);
  if (!ok) reportError('insert confirmation request', new Error('editor text did not match the edit'));
}
