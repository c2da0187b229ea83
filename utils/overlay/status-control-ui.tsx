import { createRoot } from 'react-dom/client';
import { type ComposerStatusView, StatusLayer } from '@/components/StatusControl';
import { statusStyles } from '@/components/status-styles';

// Renders the status chips into their shadow root. Loaded lazily by status-control.ts.

export function mountStatusLayer(shadow: ShadowRoot, onOpen: (id: string) => void): (views: ComposerStatusView[]) => void {
  const style = document.createElement('style');
  style.textContent = statusStyles;
  const container = document.createElement('div');
  shadow.replaceChildren(style, container);
  const root = createRoot(container);
  return (views) => root.render(<StatusLayer views={views} onOpen={onOpen} />);
}
