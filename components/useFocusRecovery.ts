import { type RefObject, useLayoutEffect, useRef } from 'react';

/**
 * When the focused element inside the panel disappears (a suggestion was applied and its card
 * went away), focus would fall to the page body and a keyboard user would lose their place.
 * Put it on `fallback` instead, unless something else (the composer) has taken focus meanwhile.
 * Returns an onFocus handler for the container that remembers what had focus.
 */
export function useFocusRecovery(fallback: RefObject<HTMLElement | null>, changed: unknown): (event: { target: EventTarget }) => void {
  const lastFocused = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const last = lastFocused.current;
    if (!last || last.isConnected) return;
    lastFocused.current = null;
    const active = fallback.current?.ownerDocument.activeElement;
    if (!active || active === fallback.current?.ownerDocument.body) fallback.current?.focus();
  }, [changed, fallback]);
  return (event) => {
    if (event.target instanceof HTMLElement) lastFocused.current = event.target;
  };
}
