// Where a composer's status control may sit: just outside the composer (above or below it, at
// its right or left end, else beside it), inside the viewport, clear of the area to keep free
// (the composer and its Send control), and over nothing the page needs (`isFree` decides:
// buttons, links, text). Pure, so it is unit-tested apart from the DOM.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

const GAP = 4;

const rect = (left: number, top: number, { width, height }: Size): Rect => ({ left, top, right: left + width, bottom: top + height });

/** The places tried, best first: above right, below right, above left, below left, right, left. */
export function statusCandidates(composer: Rect, size: Size): Rect[] {
  const above = composer.top - GAP - size.height;
  const below = composer.bottom + GAP;
  const rightAligned = composer.right - size.width;
  return [
    rect(rightAligned, above, size),
    rect(rightAligned, below, size),
    rect(composer.left, above, size),
    rect(composer.left, below, size),
    rect(composer.right + GAP, composer.top, size),
    rect(composer.left - GAP - size.width, composer.top, size),
  ];
}

const intersects = (a: Rect, b: Rect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const inside = (r: Rect, viewport: Size): boolean => r.left >= 0 && r.top >= 0 && r.right <= viewport.width && r.bottom <= viewport.height;

/** The first candidate in view, clear of `keepClear` and free; null hides the control. */
export function chooseStatusRect(
  composer: Rect,
  size: Size,
  viewport: Size,
  keepClear: readonly Rect[],
  isFree: (candidate: Rect) => boolean,
): Rect | null {
  for (const candidate of statusCandidates(composer, size)) {
    if (!inside(candidate, viewport) || keepClear.some((r) => intersects(candidate, r))) continue;
    if (isFree(candidate)) return candidate;
  }
  return null;
}
