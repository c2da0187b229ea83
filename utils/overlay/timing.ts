/** A trailing debounce whose pending call dies with `signal`. */
export function debounce(fn: () => void, ms: number, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return () => {
    if (signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

/** Run `fn` at most once per animation frame until `signal` aborts. */
export function perFrame(fn: () => void, signal: AbortSignal): () => void {
  let frame = 0;
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
  return () => {
    if (signal.aborted || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      fn();
    });
  };
}

/** Run `fn` when the browser is idle (within `timeout` ms at the latest) unless `signal` aborted. */
export function whenIdle(fn: () => void, timeout: number, signal: AbortSignal): void {
  if (typeof requestIdleCallback !== 'function') {
    setTimeout(() => signal.aborted || fn(), 0);
    return;
  }
  const handle = requestIdleCallback(() => signal.aborted || fn(), { timeout });
  signal.addEventListener('abort', () => cancelIdleCallback(handle), { once: true });
}
