import { createRoot } from 'react-dom/client';
import { ContextBanner } from '@/components/ContextBanner';
import { contextStyles } from '@/components/context-styles';
import type { ContextActions, PatientContextView } from '@/components/overlay-contract';

// Renders the context bar into its shadow root. Part of the overlay-ui script (see overlay-ui.ts).

export function mountContextBar(shadow: ShadowRoot, actions: ContextActions): (view: PatientContextView) => void {
  const style = document.createElement('style');
  style.textContent = contextStyles;
  const container = document.createElement('div');
  shadow.replaceChildren(style, container);
  const root = createRoot(container);
  return (view) => root.render(<ContextBanner view={view} actions={actions} />);
}
