import { useId, useRef } from 'react';
import type { Finding } from '@/utils/analysis/schema';
import { FindingCard } from './FindingCard';
import type { CSSProperties } from 'react';
import type { ComposerView, OverlayActions, PanelPlacement } from './overlay-contract';
import { countAnnouncement, groupFindings, statusLine } from './panel-text';
import { countBySeverity } from './severity';
import { criticalAnnouncement } from './severity-tiers';
import { useFocusRecovery } from './useFocusRecovery';
import { useSettledAnnouncement } from './useSettledAnnouncement';

// The docked side panel: a status line that is always visible, findings grouped by severity
// when expanded, and a polite live region for changes in the count.

interface FindingsPanelProps {
  composer: ComposerView;
  findings: Finding[];
  open: boolean;
  /** Where the panel may sit without covering the composer; bottom edge when absent. */
  placement?: PanelPlacement;
  actions: Pick<OverlayActions, 'applySuggestion' | 'revealFinding' | 'setPanelOpen' | 'insertConfirmationRequest' | 'markNotHelpful'>;
}

function CountPill({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  const counts = countBySeverity(findings);
  const tone = counts.critical > 0 ? 'critical' : counts.warning > 0 ? 'warning' : 'info';
  return (
    <span className={`rg-count rg-count--${tone}`} aria-hidden="true">
      {findings.length}
    </span>
  );
}

export function FindingsPanel({ composer, findings, open, placement, actions }: FindingsPanelProps) {
  const bodyId = useId();
  const status = statusLine(composer, findings);
  const announcement = useSettledAnnouncement(countAnnouncement(composer, findings));
  const alert = useSettledAnnouncement(composer.status === 'checked' ? criticalAnnouncement(findings) : null);
  const groups = groupFindings(findings);
  const checking = composer.status === 'checking';
  const toggleRef = useRef<HTMLButtonElement>(null);
  const rememberFocus = useFocusRecovery(toggleRef, findings);

  return (
    <aside
      className="rg-panel"
      data-open={open}
      data-edge={placement?.edge ?? 'bottom'}
      style={placement ? ({ '--rg-panel-max': `${placement.maxHeight}px` } as CSSProperties) : undefined}
      aria-label="ReplyGuard findings"
      onFocus={rememberFocus}
    >
      <h2 className="rg-panel__heading">
        <button
          ref={toggleRef}
          type="button"
          className="rg-panel__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => actions.setPanelOpen(!open)}
        >
          <svg className="rg-logo" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M8 1 2.5 3v4.6c0 3.3 2.3 6.2 5.5 7.4 3.2-1.2 5.5-4.1 5.5-7.4V3z" />
          </svg>
          <span className="rg-panel__titles">
            <span className="rg-panel__title">ReplyGuard</span>
            <span className="rg-panel__status" data-checking={checking}>
              {status}
            </span>
          </span>
          <CountPill findings={findings} />
          <svg className="rg-chevron rg-panel__chevron" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M3.5 10 8 5.5 12.5 10" />
          </svg>
        </button>
      </h2>
      <div className="rg-panel__body" id={bodyId} hidden={!open}>
        {groups.length === 0 ? (
          <p className="rg-panel__empty">
            {composer.status === 'not-checked'
              ? 'You can still type and send as usual.'
              : 'Nothing to review in this reply.'}
          </p>
        ) : (
          groups.map((group) => (
            <section className="rg-group" key={group.key} aria-labelledby={`${bodyId}-${group.key}`}>
              <h3 className="rg-group__title" id={`${bodyId}-${group.key}`}>
                {group.title} <span className="rg-group__count">{group.findings.length}</span>
              </h3>
              <ul className="rg-group__list">
                {group.findings.map((finding) => (
                  <li key={finding.id}>
                    <FindingCard finding={finding} actions={actions} />
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
        {actions.insertConfirmationRequest && (
          <p className="rg-panel__footer">
            <button type="button" className="rg-btn" onClick={() => actions.insertConfirmationRequest?.()}>
              Ask the patient to confirm (teach-back)
            </button>
          </p>
        )}
      </div>
      <div className="rg-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <div className="rg-visually-hidden" aria-live="assertive" aria-atomic="true">
        {alert}
      </div>
    </aside>
  );
}
