import { FindingsPanel } from './FindingsPanel';
import type { OverlayActions, OverlayViewState } from './overlay-contract';
import { ReviewDialog } from './ReviewDialog';

// The overlay's root, mounted by the content script in a shadow root together with
// `overlayStyles` (see overlay-styles.ts). It renders state and reports choices, nothing more.

export function OverlayApp({ state, actions }: { state: OverlayViewState; actions: OverlayActions }) {
  return (
    <div className="rg-root">
      {state.composer && (
        <FindingsPanel
          composer={state.composer}
          findings={state.findings}
          open={state.panelOpen}
          {...(state.placement ? { placement: state.placement } : {})}
          actions={actions}
        />
      )}
      {state.review.open && (
        <ReviewDialog
          findings={state.review.findings}
          mode={state.review.mode}
          fromDraft={state.review.fromDraft}
          resolveReview={actions.resolveReview}
          onClosed={() => actions.onReviewClosed?.()}
        />
      )}
    </div>
  );
}
