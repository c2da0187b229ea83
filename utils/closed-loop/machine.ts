import type { Loop, LoopOpening, LoopState } from './schema';

// The loop's state machine, pure: open -> confirmed (the patient confirmed) | closed (by hand)
// | snoozed (by hand, until a time); open or snoozed past its time reads as overdue. Confirmed
// and closed are final: a late transition returns the loop unchanged.

const HOUR = 3_600_000;
/** Finished loops are kept this long so the chart note can still be copied. */
export const KEEP_FINISHED_MS = 30 * 24 * HOUR;

export function openLoop(id: string, opening: LoopOpening, dueHours: number): Loop {
  return { id, ...opening, status: 'open', dueAt: opening.sentAt + dueHours * HOUR };
}

export const isFinished = (loop: Loop): boolean => loop.status === 'confirmed' || loop.status === 'closed';

/** When the loop next needs attention: its due time, or the end of its snooze. */
export function wakeAt(loop: Loop): number | undefined {
  if (isFinished(loop)) return undefined;
  return loop.status === 'snoozed' ? (loop.snoozedUntil ?? loop.dueAt) : loop.dueAt;
}

export function stateAt(loop: Loop, now: number): LoopState {
  const wake = wakeAt(loop);
  if (wake === undefined) return loop.status;
  return now >= wake ? 'overdue' : loop.status;
}

export function confirm(loop: Loop, at: number): Loop {
  return isFinished(loop) ? loop : { ...loop, status: 'confirmed', confirmedAt: at };
}

export function closeByHand(loop: Loop, at: number): Loop {
  return isFinished(loop) ? loop : { ...loop, status: 'closed', closedAt: at };
}

export function snooze(loop: Loop, now: number, hours: number): Loop {
  return isFinished(loop) ? loop : { ...loop, status: 'snoozed', snoozedUntil: now + hours * HOUR };
}

/** Overdue and not yet reminded about since it became overdue. */
export function needsReminder(loop: Loop, now: number): boolean {
  const wake = wakeAt(loop);
  return wake !== undefined && now >= wake && (loop.notifiedAt === undefined || loop.notifiedAt < wake);
}

export function markNotified(loop: Loop, at: number): Loop {
  return { ...loop, notifiedAt: at };
}

/** Loops still waiting for the patient, soonest due first. */
export function pendingSoonestFirst(loops: readonly Loop[]): Loop[] {
  return loops.filter((l) => !isFinished(l)).sort((a, b) => (wakeAt(a) ?? 0) - (wakeAt(b) ?? 0));
}

/** The earliest future time any loop needs attention, for the alarm. */
export function nextWake(loops: readonly Loop[], now: number): number | undefined {
  const future = loops.map(wakeAt).filter((t): t is number => t !== undefined && t > now);
  return future.length ? Math.min(...future) : undefined;
}

export interface BadgeCount {
  /** Loops still waiting (open, snoozed or overdue). */
  pending: number;
  overdue: number;
}

export function badgeCount(loops: readonly Loop[], now: number): BadgeCount {
  const pending = loops.filter((l) => !isFinished(l));
  return { pending: pending.length, overdue: pending.filter((l) => stateAt(l, now) === 'overdue').length };
}

/** Drop finished loops once they are older than the retention time. */
export function prune(loops: readonly Loop[], now: number): Loop[] {
  return loops.filter((l) => !isFinished(l) || now - (l.confirmedAt ?? l.closedAt ?? l.sentAt) < KEEP_FINISHED_MS);
}
