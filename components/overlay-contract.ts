import type { Finding, OverrideReason } from '@/utils/analysis/schema';

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
  review: { open: boolean; findings: Finding[]; mode: ReviewMode };
  panelOpen: boolean;
}

export type ReviewDecision =
  | { action: 'edit' }
  | { action: 'apply'; findingId: string; suggestionUuid: string }
  | { action: 'send-anyway'; reason?: OverrideReason };

export interface OverlayActions {
  applySuggestion(findingId: string, suggestionUuid: string): void;
  /** Select/scroll to the finding's span in the composer. */
  revealFinding(findingId: string): void;
  resolveReview(decision: ReviewDecision): void;
  setPanelOpen(open: boolean): void;
  /**
   * Called once the review dialog has closed. Return focus to the composer here: while the
   * dialog is modal the page is inert, so focusing it from resolveReview has no effect.
   */
  onReviewClosed?(): void;
}
