import { useId, useState } from 'react';
import type { Finding } from '@/utils/analysis/schema';
import type { OverlayActions } from './overlay-contract';
import { NotHelpful } from './NotHelpful';
import { SeverityBadge } from './SeverityBadge';

// One finding as an HL7 CDS Hooks card. Card text can come from policy or from page text, so
// it is only ever rendered as React text nodes.

type CardActions = Pick<OverlayActions, 'applySuggestion' | 'revealFinding' | 'markNotHelpful'>;

export function FindingCard({ finding, actions }: { finding: Finding; actions: CardActions }) {
  const { card } = finding;
  const [showDetail, setShowDetail] = useState(false);
  const summaryId = useId();
  const detailId = useId();
  const hasDetail = card.detail.trim() !== '';

  return (
    <article className={`rg-card rg-card--${finding.severity}`} aria-labelledby={summaryId}>
      <div className="rg-card__meta">
        <SeverityBadge severity={finding.severity} />
        {finding.source === 'incoming' && <span className="rg-card__origin">Patient's message</span>}
      </div>
      <h4 className="rg-card__summary" id={summaryId}>
        {card.summary}
      </h4>
      {hasDetail && (
        <>
          <button
            type="button"
            className="rg-disclosure"
            aria-expanded={showDetail}
            aria-controls={detailId}
            onClick={() => setShowDetail((open) => !open)}
          >
            <svg className="rg-chevron" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
              <path d="M6 3.5 10.5 8 6 12.5" />
            </svg>
            Why it matters
          </button>
          <div className="rg-card__detail" id={detailId} hidden={!showDetail}>
            <p>{card.detail}</p>
            {card.source.label && <p className="rg-card__source">Source: {card.source.label}</p>}
          </div>
        </>
      )}
      <div className="rg-card__actions">
        {card.suggestions.map((suggestion) => (
          <button
            key={suggestion.uuid}
            type="button"
            className={suggestion.isRecommended ? 'rg-btn rg-btn--primary' : 'rg-btn'}
            onClick={() => actions.applySuggestion(finding.id, suggestion.uuid)}
          >
            {suggestion.label}
            {suggestion.isRecommended && (
              <>
                {' '}
                <span className="rg-btn__tag">Recommended</span>
              </>
            )}
          </button>
        ))}
        <button
          type="button"
          className="rg-btn rg-btn--quiet"
          aria-describedby={summaryId}
          onClick={() => actions.revealFinding(finding.id)}
        >
          Show in message
        </button>
        {actions.markNotHelpful && (
          <NotHelpful describedBy={summaryId} onChoose={(reason) => actions.markNotHelpful?.(finding.id, reason)} />
        )}
      </div>
    </article>
  );
}
