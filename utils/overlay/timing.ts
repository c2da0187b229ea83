/** Shortest typing pause before analysing: a burst of keystrokes costs one analysis. */
export const MIN_PAUSE_MS = 30;
/** Longest pause: even a 1 MB paste is checked within about half a second of the last change. */
export const MAX_PAUSE_MS = 400;

/** The pause after the last change: 30 ms, or four times the last run's cost when that is more. */
export function pauseFor(lastRunMs: number): number {
  return Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, 4 * lastRunMs));
}

/**
 * A trailing debounce whose wait adapts to how long `fn` took last time, so a cheap analysis
 * follows typing within a frame or two and an expensive one waits until typing really pauses.
 */
export function adaptiveDebounce(fn: () => void, signal: AbortSignal): () => void {
  let lastRunMs = 0;
  const timed = () => {
    const start = performance.now();
    fn();
    lastRunMs = performance.now() - start;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return () => {
    if (signal.aborted) return;
    clearTimeout(timer);
    timer = setTimeout(timed, pauseFor(lastRunMs));
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
