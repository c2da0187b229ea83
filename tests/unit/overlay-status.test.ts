import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/utils/analysis/schema';
import { composersRequestSchema, composersResponseSchema, reportOf } from '../../utils/overlay/composer-report';
import { attach, COULD_NOT_ATTACH, type ComposerSession, on, update } from '../../utils/overlay/registry';
import { chooseStatusRect, type Rect, statusCandidates } from '../../utils/overlay/status-placement';

const SIZE = { width: 100, height: 20 };
const VIEWPORT = { width: 1000, height: 800 };
const composer: Rect = { left: 200, top: 300, right: 700, bottom: 500 };
const free = () => true;

describe('status placement', () => {
  it('sits just above the composer at its right end when that is free', () => {
    expect(chooseStatusRect(composer, SIZE, VIEWPORT, [composer], free)).toEqual({ left: 600, top: 276, right: 700, bottom: 296 });
  });

  it('never overlaps the composer or the area kept clear for Send', () => {
    const send: Rect = { left: 600, top: 250, right: 700, bottom: 298 };
    const place = chooseStatusRect(composer, SIZE, VIEWPORT, [composer, send], free)!;
    for (const r of [composer, send]) {
      const overlaps = place.left < r.right && r.left < place.right && place.top < r.bottom && r.top < place.bottom;
      expect(overlaps).toBe(false);
    }
    expect(place).toEqual({ left: 600, top: 504, right: 700, bottom: 524 });
  });

  it('moves on when the page has something under a place', () => {
    const [aboveRight, belowRight] = statusCandidates(composer, SIZE);
    const place = chooseStatusRect(composer, SIZE, VIEWPORT, [composer], (r) => r.top !== aboveRight!.top || r.left !== aboveRight!.left);
    expect(place).toEqual(belowRight);
  });

  it('stays inside the viewport and hides when no place is left', () => {
    const atTop: Rect = { left: 0, top: 0, right: 1000, bottom: 790 };
    expect(chooseStatusRect(atTop, SIZE, VIEWPORT, [atTop], free)).toBeNull();
    expect(chooseStatusRect(composer, SIZE, VIEWPORT, [composer], () => false)).toBeNull();
  });
});

function fakeSession(findings: Partial<Finding>[] = []): ComposerSession {
  const session = attach({} as HTMLElement, 'quill', null);
  update(session, { findings: findings as Finding[], status: 'checked' });
  return session;
}

describe('composer report', () => {
  it('counts the reply findings that would hold a send, and carries no text', () => {
    const session = fakeSession([
      { source: 'reply', severity: 'warning' },
      { source: 'reply', severity: 'critical' },
      { source: 'reply', severity: 'info' },
      { source: 'incoming', severity: 'critical' },
    ]);
    const report = reportOf(session, session);
    expect(report).toEqual({ kind: 'quill', status: 'checked', toReview: 2, focused: true });
    expect(composersResponseSchema.safeParse({ composers: [report] }).success).toBe(true);
  });

  it('validates both the request and the answer', () => {
    expect(composersRequestSchema.safeParse({ type: 'replyguard:composers' }).success).toBe(true);
    expect(composersRequestSchema.safeParse({ type: 'replyguard:loop-close' }).success).toBe(false);
    expect(composersResponseSchema.safeParse({ composers: [{ kind: 'word', status: 'checked', toReview: 0, focused: false }] }).success).toBe(false);
    expect(composersResponseSchema.safeParse({ composers: [{ kind: 'quill', status: 'fine', toReview: 0, focused: false }] }).success).toBe(false);
  });
});

describe('attach failure', () => {
  it('marks the composer not checked, for good', () => {
    const controller = new AbortController();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    on('attach', () => {
      throw new Error('feature failed');
    }, controller.signal);
    const session = attach({} as HTMLElement, 'textarea', null);
    controller.abort();
    warn.mockRestore();
    expect(session).toMatchObject({ status: 'not-checked', statusMessage: COULD_NOT_ATTACH });
    update(session, { status: 'checked', statusMessage: undefined });
    expect(session).toMatchObject({ status: 'not-checked', statusMessage: COULD_NOT_ATTACH });
  });

  it('leaves composers whose features attached fine alone', () => {
    const session = fakeSession();
    expect(session.status).toBe('checked');
    expect(session.attachFailed).toBeUndefined();
  });
});
