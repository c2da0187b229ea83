import { describe, expect, it } from 'vitest';
import {
  badgeCount,
  closeByHand,
  confirm,
  KEEP_FINISHED_MS,
  markNotified,
  needsReminder,
  nextWake,
  openLoop,
  pendingSoonestFirst,
  prune,
  snooze,
  stateAt,
} from '../../utils/closed-loop/machine';
import { type Loop, loopSchema } from '../../utils/closed-loop/schema';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 20, 9, 0);

const loop = (id = 'loop-0001', sentAt = T0): Loop =>
  openLoop(id, { thread: { url: 'https://ehr.example.org/thread/7' }, categories: ['result'], language: 'en', patient: 'A.R.', sentAt }, 48);

describe('closed-loop state machine', () => {
  it('opens with the due time from policy hours and is a valid record', () => {
    const l = loop();
    expect(l.status).toBe('open');
    expect(l.dueAt).toBe(T0 + 48 * HOUR);
    expect(loopSchema.parse(l)).toEqual(l);
    expect(stateAt(l, T0 + HOUR)).toBe('open');
  });

  it('reads as overdue at the due time, and needs one reminder', () => {
    const l = loop();
    expect(stateAt(l, l.dueAt - 1)).toBe('open');
    expect(stateAt(l, l.dueAt)).toBe('overdue');
    expect(needsReminder(l, l.dueAt - 1)).toBe(false);
    expect(needsReminder(l, l.dueAt + 5)).toBe(true);
    const reminded = markNotified(l, l.dueAt + 5);
    expect(needsReminder(reminded, l.dueAt + 10 * HOUR)).toBe(false);
  });

  it('confirmed by the patient: final, no reminder, not pending', () => {
    const l = confirm(loop(), T0 + 5 * HOUR);
    expect(l).toMatchObject({ status: 'confirmed', confirmedAt: T0 + 5 * HOUR });
    expect(stateAt(l, T0 + 100 * HOUR)).toBe('confirmed');
    expect(needsReminder(l, T0 + 100 * HOUR)).toBe(false);
    expect(closeByHand(l, T0 + 6 * HOUR)).toBe(l);
    expect(snooze(l, T0 + 6 * HOUR, 24)).toBe(l);
  });

  it('closed by hand: final, and a later confirmation does not reopen or change it', () => {
    const l = closeByHand(loop(), T0 + HOUR);
    expect(l).toMatchObject({ status: 'closed', closedAt: T0 + HOUR });
    expect(confirm(l, T0 + 2 * HOUR)).toBe(l);
    expect(stateAt(l, T0 + 100 * HOUR)).toBe('closed');
  });

  it('snoozed: quiet until the snooze ends, then overdue and reminded again', () => {
    const overdue = markNotified(loop(), T0 + 49 * HOUR);
    const l = snooze(overdue, T0 + 49 * HOUR, 24);
    expect(stateAt(l, T0 + 50 * HOUR)).toBe('snoozed');
    expect(needsReminder(l, T0 + 50 * HOUR)).toBe(false);
    expect(stateAt(l, T0 + 73 * HOUR)).toBe('overdue');
    expect(needsReminder(l, T0 + 73 * HOUR)).toBe(true);
    expect(confirm(l, T0 + 74 * HOUR).status).toBe('confirmed');
  });

  it('lists pending loops soonest due first and schedules the next wake', () => {
    const late = loop('loop-late', T0 + 10 * HOUR);
    const early = loop('loop-early', T0);
    const done = confirm(loop('loop-done', T0 - HOUR), T0);
    const snoozed = snooze(loop('loop-snoozed', T0 - 2 * HOUR), T0, 1);
    expect(pendingSoonestFirst([late, done, early, snoozed]).map((l) => l.id)).toEqual(['loop-snoozed', 'loop-early', 'loop-late']);
    expect(nextWake([late, done, early, snoozed], T0)).toBe(T0 + HOUR);
    expect(nextWake([late, early], early.dueAt)).toBe(late.dueAt);
    expect(nextWake([done], T0)).toBeUndefined();
  });

  it('counts pending and overdue loops for the badge', () => {
    const a = loop('loop-aaaa', T0);
    const b = loop('loop-bbbb', T0 + 24 * HOUR);
    expect(badgeCount([a, b], T0 + 49 * HOUR)).toEqual({ pending: 2, overdue: 1 });
    expect(badgeCount([confirm(a, T0 + 50 * HOUR), b], T0 + 50 * HOUR)).toEqual({ pending: 1, overdue: 0 });
  });

  it('prunes finished loops after the retention time only', () => {
    const done = confirm(loop(), T0 + HOUR);
    const open = loop('loop-open', T0 - 60 * 24 * HOUR);
    expect(prune([done, open], T0 + HOUR + KEEP_FINISHED_MS - 1)).toEqual([done, open]);
    expect(prune([done, open], T0 + HOUR + KEEP_FINISHED_MS)).toEqual([open]);
  });

  it('drops any message text from a record and rejects bad fields', () => {
    expect(loopSchema.safeParse({ ...loop(), text: 'Your biopsy shows cancer' }).success).toBe(true);
    expect(loopSchema.parse({ ...loop(), text: 'Your biopsy shows cancer' })).not.toHaveProperty('text');
    expect(loopSchema.safeParse({ ...loop(), thread: { url: 'not a url' } }).success).toBe(false);
    expect(loopSchema.safeParse({ ...loop(), status: 'lost' }).success).toBe(false);
  });
});
