import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { OverlayApp } from '../../../components/OverlayApp';
import type { OverlayActions, OverlayViewState, ReviewDecision, ReviewMode } from '../../../components/overlay-contract';
import { applyOverlayStyles } from '../../../components/overlay-styles';
import { sampleFindings } from './sample-findings';

// Mounts the overlay the way the content script does (an open shadow root on a page it does not
// own) and plays the content script's part: it records every action on window.rgLog and
// returns focus to the composer once the review has closed.
// Query: ?review=warn|require-reason&panel=closed&page=dark

declare global {
  interface Window {
    rgLog: unknown[];
  }
}

const params = new URLSearchParams(location.search);
const reviewMode = params.get('review') as ReviewMode | null;
if (params.get('page') === 'dark') document.body.classList.add('dark');
window.rgLog = [];

function Harness() {
  const [state, setState] = useState<OverlayViewState>({
    composer: { id: 'reply', kind: 'textarea', status: 'checked' },
    findings: sampleFindings,
    review: { open: reviewMode !== null, findings: sampleFindings, mode: reviewMode ?? 'warn' },
    panelOpen: params.get('panel') !== 'closed',
  });
  const closeReview = (decision: ReviewDecision) => {
    window.rgLog.push({ resolveReview: decision });
    setState((s) => ({ ...s, review: { ...s.review, open: false } }));
  };
  const actions: OverlayActions = {
    applySuggestion: (findingId, suggestionUuid) => window.rgLog.push({ applySuggestion: [findingId, suggestionUuid] }),
    revealFinding: (findingId) => window.rgLog.push({ revealFinding: findingId }),
    markNotHelpful: (findingId, reason) => {
      window.rgLog.push({ markNotHelpful: [findingId, reason] });
      setState((s) => ({ ...s, findings: s.findings.filter((f) => f.id !== findingId) }));
    },
    resolveReview: closeReview,
    setPanelOpen: (open) => setState((s) => ({ ...s, panelOpen: open })),
    onReviewClosed: () => document.getElementById('reply')?.focus(),
  };
  return <OverlayApp state={state} actions={actions} />;
}

const host = document.getElementById('rg-host');
if (host) {
  const shadow = host.attachShadow({ mode: 'open' });
  applyOverlayStyles(shadow);
  const mount = document.createElement('div');
  shadow.append(mount);
  createRoot(mount).render(<Harness />);
}
