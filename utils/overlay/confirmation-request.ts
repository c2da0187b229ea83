import type { Edit, Suggestion } from '@/utils/analysis/schema';
import { renderRequest, requestLanguage } from '@/utils/closed-loop/request-text';
import { currentSettings } from '@/utils/settings/live';
import { preferredLanguage } from './closed-loop-page';

// The one-click confirmation request, from a card or the review: the engine proposes its
// generic English text; here it becomes the request in the patient's preferred language with
// the due time from policy filled in. Inserted through the editor's input path like any edit.

const HOUR = 3_600_000;

export function confirmationRequestText(now = Date.now()): string {
  const language = requestLanguage(preferredLanguage());
  return renderRequest(language, { dueAt: now + currentSettings().closedLoop.dueHours * HOUR });
}

/** The suggestion's edits, with a confirmation request localized and dated. */
export function localizedEdits(suggestion: Suggestion | undefined, edits: Edit[]): Edit[] {
  if (suggestion?.intent !== 'add_confirmation') return edits;
  return edits.map((edit) => (edit.kind === 'append' ? { ...edit, text: `\n\n${confirmationRequestText()}` } : edit));
}
