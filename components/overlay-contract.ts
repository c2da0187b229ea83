import type { Finding, OverrideReason, Suggestion } from '@/utils/analysis/schema';
import type { NotHelpfulReason } from '@/utils/audit/feedback';

// The boundary between the content script (which owns composers, analysis and sending) and the
// React overlay (which only renders state and reports the clinician's choices).

export type ReviewMode = 'off' | 'inform' | 'warn' | 'require-reason';

/** Whether ReplyGuard is checking the composer the panel describes. */
export type CheckStatus = 'checking' | 'checked' | 'not-checked';

export interface ComposerView {
  id: string;
  /** textarea | contenteditable | iframe | shadow | quill | ckeditor | tinymce | prosemirror ... */
  kind: string;
  status: CheckStatus;
  /** Plain reason shown when status is not-checked ("could not check this message"). */
  statusMessage?: string;
}

/**
 * Where the panel may sit without covering the composer or its Send control: against the top or
 * the bottom of the viewport, at most `maxHeight` pixels tall. Computed by the content script.
 */
export interface PanelPlacement {
  edge: 'top' | 'bottom';
  maxHeight: number;
}

export interface OverlayViewState {
  composer: ComposerView | null;
  placement?: PanelPlacement;
  /** Reply and incoming findings for that composer, in text order. */
  findings: Finding[];
  /** `fromDraft`: ids of the findings lying in inserted (draft, paste), never-edited text. */
  review: { open: boolean; findings: Finding[]; mode: ReviewMode; fromDraft?: string[] };
  panelOpen: boolean;
}

export type ReviewDecision =
  | { action: 'edit' }
  /** `suggestion` is set when the review merged several cards' fixes into one (review-choices.ts). */
  | { action: 'apply'; findingId: string; suggestionUuid: string; suggestion?: Suggestion }
  | { action: 'send-anyway'; reason?: OverrideReason };

export interface OverlayActions {
  applySuggestion(findingId: string, suggestionUuid: string): void;
  /** Select/scroll to the finding's span in the composer. */
  revealFinding(findingId: string): void;
  resolveReview(decision: ReviewDecision): void;
  setPanelOpen(open: boolean): void;
  /** Append the closed-loop confirmation request (patient's language, due time) to the reply. */
  insertConfirmationRequest?(): void;
  /** The clinician marked a card "Not helpful": audit the reason and dismiss the card for this reply. */
  markNotHelpful?(findingId: string, reason: NotHelpfulReason): void;
  /**
   * Called once the review dialog has closed. Return focus to the composer here: while the
   * dialog is modal the page is inert, so focusing it from resolveReview has no effect.
   */
  onReviewClosed?(): void;
}

/** A line of the context bar above the composer: one context or red-flag finding, in brief. */
export interface ContextNote {
  findingId: string;
  severity: Finding['severity'];
  category: Finding['category'];
  summary: string;
}

/**
 * The context bar (patient context and red flags) above the composer. `askState` is set when the
 * patient's location is needed and unknown: `suggested` are offered as one-click buttons (the
 * clinician's license states), `states` fill the full list.
 */
export interface PatientContextView {
  redFlags: ContextNote[];
  notes: ContextNote[];
  askState?: { suggested: { code: string; name: string }[]; states: { code: string; name: string }[] };
  /** The state the clinician picked for this thread, if any. */
  chosenState?: { code: string; name: string };
}

export interface ContextActions {
  choosePatientState(code: string | null): void;
}
