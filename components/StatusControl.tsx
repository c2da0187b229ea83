import { useId } from 'react';
import type { CheckStatus } from './overlay-contract';

// One small chip per attached composer saying whether ReplyGuard is checking it. A status live
// region, so a change to "not checked" is announced politely. Clicking it shows the findings
// panel for that composer; it is deliberately not a button (the panel's own toggle is the
// keyboard path), so "ReplyGuard" buttons on the page stay the panel's alone. Positioned by the
// content script (status-control.ts).

export interface ComposerStatusView {
  /** The composer session's id. */
  id: string;
  kind: string;
  status: CheckStatus;
  statusMessage?: string;
  /** The composer's own accessible name, so several chips can be told apart. */
  name: string;
  left: number;
  top: number;
}

export function statusChipText(status: CheckStatus): string {
  return status === 'not-checked' ? 'ReplyGuard: not checked' : 'ReplyGuard: checking';
}

export function StatusControl({ view, onOpen }: { view: ComposerStatusView; onOpen: (id: string) => void }) {
  const reasonId = useId();
  const notChecked = view.status === 'not-checked';
  const reason = notChecked
    ? `ReplyGuard has not checked this message: ${view.statusMessage ?? 'it could not read this message box'}.`
    : 'ReplyGuard is checking this message as you write.';
  return (
    <div
      className="rg-status"
      role="status"
      aria-label={`ReplyGuard status: ${view.name}`}
      aria-describedby={reasonId}
      title={`${reason} Click to show the ReplyGuard panel.`}
      data-status={view.status}
      data-composer={view.id}
      data-kind={view.kind}
      style={{ left: `${view.left}px`, top: `${view.top}px` }}
      onClick={() => onOpen(view.id)}
    >
      <span className="rg-status__chip">
        <span className="rg-status__dot" aria-hidden="true" />
        {statusChipText(view.status)}
      </span>
      <span id={reasonId} className="rg-visually-hidden">
        {reason}
      </span>
    </div>
  );
}

export function StatusLayer({ views, onOpen }: { views: readonly ComposerStatusView[]; onOpen: (id: string) => void }) {
  return (
    <>
      {views.map((view) => (
        <StatusControl key={view.id} view={view} onOpen={onOpen} />
      ))}
    </>
  );
}
