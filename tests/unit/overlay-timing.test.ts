import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { adaptiveDebounce, MAX_PAUSE_MS, MIN_PAUSE_MS, pauseFor } from '../../utils/overlay/timing';

describe('pauseFor', () => {
  it('waits the minimum after a cheap analysis', () => {
    expect(pauseFor(0)).toBe(MIN_PAUSE_MS);
    expect(pauseFor(2)).toBe(MIN_PAUSE_MS);
  });
  it('grows with the cost of the last analysis and is capped', () => {
    expect(pauseFor(20)).toBe(80);
    expect(pauseFor(5000)).toBe(MAX_PAUSE_MS);
  });
});

describe('adaptiveDebounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once after a burst of calls, when the pause has passed', () => {
    const fn = vi.fn();
    const later = adaptiveDebounce(fn, new AbortController().signal);
    for (let i = 0; i < 10; i++) {
      later();
      vi.advanceTimersByTime(MIN_PAUSE_MS - 1);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('waits longer after an expensive run', () => {
    const fn = vi.fn(() => vi.advanceTimersByTime(50));
    const later = adaptiveDebounce(fn, new AbortController().signal);
    later();
    vi.advanceTimersByTime(MIN_PAUSE_MS);
    expect(fn).toHaveBeenCalledTimes(1);
    later();
    vi.advanceTimersByTime(MIN_PAUSE_MS);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(pauseFor(50) - MIN_PAUSE_MS);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('never runs once the signal aborted', () => {
    const fn = vi.fn();
    const controller = new AbortController();
    const later = adaptiveDebounce(fn, controller.signal);
    later();
    controller.abort();
    vi.advanceTimersByTime(MAX_PAUSE_MS);
    later();
    vi.advanceTimersByTime(MAX_PAUSE_MS);
    expect(fn).not.toHaveBeenCalled();
  });
});
