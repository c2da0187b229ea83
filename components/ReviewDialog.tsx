import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Finding, OverrideReason } from '@/utils/analysis/schema';
import { trapTab } from './focus-trap';
import type { OverlayActions, ReviewMode } from './overlay-contract';
import { distinctFixes, findingsToReview, overrideReasonsOf } from './review-choices';
import { SeverityBadge } from './SeverityBadge';

// The pre-send review. A modal dialog whose safe default is "Edit message"; "Send anyway" is
// always present, because a result must never be kept from the patient by this tool.

interface ReviewDialogProps {
  findings: Finding[];
  mode: ReviewMode;
  /** Ids of findings lying in text inserted (AI draft, template, paste) and never edited. */
  fromDraft?: readonly string[];
  resolveReview: OverlayActions['resolveReview'];
  /** After the dialog has closed and the page is no longer inert (see OverlayActions.onReviewClosed). */
  onClosed?: () => void;
}

const reasonKey = (reason: OverrideReason): string => `${reason.system}|${reason.code}`;

/** Top layer and an inert page where <dialog> is supported; a plain open element elsewhere. */
function openModal(dialog: HTMLDialogElement): void {
  if (dialog.open) return;
  try {
    dialog.showModal();
  } catch {
    dialog.setAttribute('open', '');
  }
}

function closeModal(dialog: HTMLDialogElement): void {
  if (!dialog.open) return;
  try {
    dialog.close();
  } catch {
    dialog.removeAttribute('open');
  }
}

export function ReviewDialog({ findings, mode, fromDraft, resolveReview, onClosed }: ReviewDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const resolvedRef = useRef(false);
  const titleId = useId();
  const explanationId = useId();
  const sendHintId = useId();
  const fixesLabelId = useId();
  const [reasonValue, setReasonValue] = useState<string | null>(null);

  const reviewed = findingsToReview(findings);
  const fixes = distinctFixes(reviewed);
  const reasons = overrideReasonsOf(reviewed);
  // With no reasons on offer, asking for one would block sending: never do that.
  const needsReason = mode === 'require-reason' && reasons.length > 0;
  const chosenReason = reasons.find((reason) => reasonKey(reason) === reasonValue);
  const canSend = !needsReason || chosenReason !== undefined;

  // The latest callbacks, so a parent re-render never re-opens the dialog or moves focus.
  const resolveRef = useRef(resolveReview);
  resolveRef.current = resolveReview;
  const onClosedRef = useRef(onClosed);
  onClosedRef.current = onClosed;
  const resolve: OverlayActions['resolveReview'] = (decision) => {
    resolvedRef.current = true;
    resolveRef.current(decision);
  };

  // A layout effect, so closing runs while the dialog is still in the document.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    resolvedRef.current = false;
    openModal(dialog);
    editRef.current?.focus();
    // The browser can close a modal dialog itself (a second Escape); treat that as "edit".
    const onClose = () => {
      if (dialog.open || resolvedRef.current) return;
      resolvedRef.current = true;
      resolveRef.current({ action: 'edit' });
    };
    dialog.addEventListener('close', onClose);
    return () => {
      dialog.removeEventListener('close', onClose);
      resolvedRef.current = true;
      closeModal(dialog);
      onClosedRef.current?.();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      resolve({ action: 'edit' });
      return;
    }
    trapTab(event.nativeEvent, event.currentTarget);
  };

  const count = reviewed.length;
  const explanation =
    count === 0
      ? 'Nothing here needs a call or a change. You can still send it.'
      : `${count} ${count === 1 ? 'thing' : 'things'} in this reply may be better handled another way. You can still send it.`;

  return (
    <dialog
      ref={dialogRef}
      className="rg-review"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={explanationId}
      onKeyDown={onKeyDown}
      onCancel={(event) => event.preventDefault()}
    >
      <h2 className="rg-review__title" id={titleId}>
        Review before sending
      </h2>
      <p className="rg-review__explanation" id={explanationId}>
        {explanation}
      </p>
      {count > 0 && (
        <ul className="rg-review__list">
          {reviewed.map((finding) => (
            <li key={finding.id} className={`rg-review__item rg-review__item--${finding.severity}`}>
              <div className="rg-card__meta">
                <SeverityBadge severity={finding.severity} />
                {finding.source === 'incoming' && <span className="rg-card__origin">Patient's message</span>}
              </div>
              <p className="rg-review__summary">{finding.card.summary}</p>
              {finding.card.detail.trim() !== '' && <p className="rg-review__why">{finding.card.detail}</p>}
              {fromDraft?.includes(finding.id) && <p className="rg-review__draft">This sentence came from a draft and was not changed.</p>}
            </li>
          ))}
        </ul>
      )}
      {fixes.length > 0 && (
        <div className="rg-review__fixes" role="group" aria-labelledby={fixesLabelId}>
          <p className="rg-review__label" id={fixesLabelId}>
            Fix before sending
          </p>
          {fixes.map(({ findingId, suggestion, merged }) => (
            <button
              key={`${findingId}:${suggestion.uuid}`}
              type="button"
              className="rg-btn"
              onClick={() =>
                resolve({ action: 'apply', findingId, suggestionUuid: suggestion.uuid, ...(merged ? { suggestion } : {}) })
              }
            >
              {suggestion.label}
            </button>
          ))}
        </div>
      )}
      {needsReason && (
        <fieldset className="rg-review__reasons">
          <legend>Reason for sending anyway</legend>
          {reasons.map((reason) => (
            <label key={reasonKey(reason)} className="rg-radio">
              <input
                type="radio"
                name={`${titleId}-reason`}
                value={reasonKey(reason)}
                checked={reasonValue === reasonKey(reason)}
                onChange={() => setReasonValue(reasonKey(reason))}
              />
              {reason.display}
            </label>
          ))}
        </fieldset>
      )}
      <div className="rg-review__footer">
        {needsReason && !canSend && (
          <p className="rg-review__hint" id={sendHintId}>
            Choose a reason to send anyway.
          </p>
        )}
        <button
          type="button"
          className="rg-btn"
          disabled={!canSend}
          aria-describedby={needsReason && !canSend ? sendHintId : undefined}
          onClick={() => resolve(chosenReason ? { action: 'send-anyway', reason: chosenReason } : { action: 'send-anyway' })}
        >
          Send anyway
        </button>
        <button
          ref={editRef}
          type="button"
          className="rg-btn rg-btn--primary"
          onClick={() => resolve({ action: 'edit' })}
        >
          Edit message
        </button>
      </div>
    </dialog>
  );
}
