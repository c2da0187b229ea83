import type { PanelPlacement } from '@/components/overlay-contract';

// Where the findings panel may sit: the viewport edge with the most free room outside the area
// to keep clear (the composer and its Send control), never taller than that room. Pure, so it is
// unit-tested apart from the DOM.

const MARGIN = 16;
const MIN_ROOM = 180;
const MAX_PANEL = 640;

/** The placement for a viewport height and the vertical extent of the area to keep clear. */
export function choosePlacement(viewportHeight: number, clear: { top: number; bottom: number } | null): PanelPlacement {
  if (!clear) return { edge: 'bottom', maxHeight: Math.min(MAX_PANEL, viewportHeight - 2 * MARGIN) };
  const below = viewportHeight - Math.max(0, clear.bottom) - 2 * MARGIN;
  const above = Math.min(viewportHeight, clear.top) - 2 * MARGIN;
  if (below >= MIN_ROOM || below >= above) return { edge: 'bottom', maxHeight: Math.max(0, Math.min(MAX_PANEL, below)) };
  return { edge: 'top', maxHeight: Math.max(0, Math.min(MAX_PANEL, above)) };
}

