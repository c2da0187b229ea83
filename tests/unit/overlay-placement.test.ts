import { describe, expect, it } from 'vitest';
import { choosePlacement } from '../../utils/overlay/placement';

// The panel docks where there is room outside the composer's area and never grows into it.

describe('panel placement', () => {
  it('docks at the bottom when there is room below the composer', () => {
    expect(choosePlacement(900, { top: 100, bottom: 400 })).toEqual({ edge: 'bottom', maxHeight: 468 });
  });

  it('docks at the top when the composer fills the bottom of the screen', () => {
    expect(choosePlacement(800, { top: 350, bottom: 760 })).toEqual({ edge: 'top', maxHeight: 318 });
  });

  it('never reports more height than the free room, and never a negative height', () => {
    const p = choosePlacement(600, { top: 10, bottom: 595 });
    expect(p.maxHeight).toBe(0);
  });

  it('caps the panel height on tall screens and uses the whole screen with no composer', () => {
    expect(choosePlacement(2000, { top: 50, bottom: 300 }).maxHeight).toBe(640);
    expect(choosePlacement(700, null)).toEqual({ edge: 'bottom', maxHeight: 640 });
  });
});
