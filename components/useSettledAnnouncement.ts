import { useEffect, useState } from 'react';
import { nextAnnouncement } from './panel-text';

/** Long enough to outlast a burst of keystrokes and re-analyses, short enough to feel live. */
export const announceDelayMs = 1200;

/**
 * The text for a polite live region: it changes only after the candidate has held still for
 * `announceDelayMs`, so typing that moves the count up and down does not chatter, and an
 * unchanged text leaves the DOM alone so nothing is re-announced.
 */
export function useSettledAnnouncement(candidate: string | null): string {
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced((previous) => nextAnnouncement(previous, candidate)), announceDelayMs);
    return () => clearTimeout(timer);
  }, [candidate]);
  return announced;
}
