import { describe, expect, it } from 'vitest';
import { checkConsent, monthsBetween } from '../../utils/context-checks/consent';
import { checkResponseTime } from '../../utils/context-checks/response-time';

const now = new Date('2026-11-24T12:00:00Z');

describe('e-communication consent', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2025-11-24', now)).toBe(12);
    expect(monthsBetween('2025-11-25', now)).toBe(11);
    expect(monthsBetween('2026-11-01', now)).toBe(0);
  });

  it('missing consent and consent the page marks expired are reported', () => {
    expect(checkConsent({ status: 'none', date: null }, now, 12)).toEqual({ status: 'missing' });
    expect(checkConsent({ status: 'expired', date: '2025-09-20' }, now, 12)).toEqual({ status: 'expired', signed: '2025-09-20' });
  });

  it('consent on file expires at the policy’s age, not before', () => {
    expect(checkConsent({ status: 'on-file', date: '2025-11-25' }, now, 12)).toEqual({ status: 'ok' });
    expect(checkConsent({ status: 'on-file', date: '2025-11-24' }, now, 12)).toEqual({ status: 'expired', signed: '2025-11-24' });
    expect(checkConsent({ status: 'on-file', date: '2026-04-01' }, now, 6)).toEqual({ status: 'expired', signed: '2026-04-01' });
    expect(checkConsent({ status: 'on-file', date: null }, now, 12)).toEqual({ status: 'ok' });
  });

  it('unknown consent says nothing', () => {
    expect(checkConsent({ status: 'unknown', date: null }, now, 12)).toEqual({ status: 'unknown' });
  });
});

describe('response time', () => {
  it('points out messages older than the limit', () => {
    expect(checkResponseTime('2026-11-21T11:00:00Z', now, 72)).toEqual({ status: 'overdue', hours: 73 });
    expect(checkResponseTime('2026-11-21T12:00:00Z', now, 72)).toEqual({ status: 'ok' });
    expect(checkResponseTime('2026-11-24T01:00:00Z', now, 8)).toEqual({ status: 'overdue', hours: 11 });
  });

  it('an unknown or unreadable time says nothing', () => {
    expect(checkResponseTime(null, now, 72)).toEqual({ status: 'unknown' });
    expect(checkResponseTime('yesterday-ish', now, 72)).toEqual({ status: 'unknown' });
  });
});
