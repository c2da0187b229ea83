// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Shadow mode and feedback auditing from the content script's side: what reaches the background
// is codes only, names the composer kind, and is what the per-rule statistics count.

const sent: unknown[] = [];
vi.mock('wxt/browser', () => ({
  browser: { runtime: { sendMessage: (message: unknown) => (sent.push(message), Promise.resolve()) } },
}));

const { auditFeedback, auditReview, auditShadow } = await import('../../utils/audit/record');
const { feedbackEntry } = await import('../../utils/audit/feedback');
const { auditEntrySchema } = await import('../../utils/audit/schema');
const { ruleStats } = await import('../../utils/audit/rule-stats');
const { criticalFinding, warningFinding } = await import('../e2e/harness/sample-findings');

const TEXT = /melanoma|warfarin|biopsy|Serious news|Dose change/i;

beforeEach(() => {
  sent.length = 0;
});

describe('shadow-mode auditing', () => {
  it('sends one valid shadow entry with rule ids, categories, severities, composer kind and origin, and no text', () => {
    auditShadow([criticalFinding, warningFinding], 'quill');
    expect(sent).toHaveLength(1);
    const { type, entry } = sent[0] as { type: string; entry: unknown };
    expect(type).toBe('replyguard:audit');
    const parsed = auditEntrySchema.parse(entry);
    expect(parsed).toMatchObject({ event: 'shadow', mode: 'shadow', composerKind: 'quill', origin: location.origin });
    expect(parsed.findings).toEqual([
      { ruleId: 'diagnosis.serious', category: 'diagnosis', severity: 'critical' },
      { ruleId: 'therapy.high_alert', category: 'therapy_change', severity: 'warning' },
    ]);
    expect(JSON.stringify(sent)).not.toMatch(TEXT);
    expect(ruleStats([parsed], null).map((r) => [r.ruleId, r.fired])).toEqual([
      ['diagnosis.serious', 1],
      ['therapy.high_alert', 1],
    ]);
  });

  it('records the composer kind on a shown review and the action taken on it', () => {
    const decide = auditReview('warn', [warningFinding], 'textarea');
    decide({ action: 'edit' });
    const entries = sent.map((m) => auditEntrySchema.parse((m as { entry: unknown }).entry));
    expect(entries.map((e) => [e.event, e.composerKind, e.action])).toEqual([
      ['review-shown', 'textarea', undefined],
      ['action', 'textarea', 'edited'],
    ]);
  });
});

describe('"Not helpful" feedback', () => {
  it('sends a feedback message the background turns into a valid, text-free audit entry', () => {
    auditFeedback(criticalFinding, 'discussed-by-phone', 'tinymce', 'warn');
    const message = sent[0];
    const entry = feedbackEntry(message, new Date('2026-11-25T10:00:00Z'), 'fb-1');
    expect(auditEntrySchema.parse(entry)).toEqual({
      time: '2026-11-25T10:00:00.000Z',
      event: 'feedback',
      reviewId: 'fb-1',
      origin: location.origin,
      mode: 'warn',
      composerKind: 'tinymce',
      findings: [{ ruleId: 'diagnosis.serious', category: 'diagnosis', severity: 'critical' }],
      reasonCode: 'discussed-by-phone',
    });
    expect(JSON.stringify(entry)).not.toMatch(TEXT);
    expect(ruleStats([auditEntrySchema.parse(entry)], null)[0]).toMatchObject({ ruleId: 'diagnosis.serious', notHelpful: 1, fired: 0 });
  });

  it('refuses a message with free text, an unknown reason or a path in the origin', () => {
    const valid = {
      type: 'replyguard:feedback',
      ruleId: 'diagnosis.serious',
      category: 'diagnosis',
      severity: 'critical',
      reasonCode: 'wrong',
      composerKind: 'quill',
      origin: 'https://ehr.example.org',
      mode: 'warn',
    };
    const now = new Date();
    expect(feedbackEntry(valid, now, 'x')).not.toBeNull();
    expect(feedbackEntry({ ...valid, reasonCode: 'the patient Jane Doe knows' }, now, 'x')).toBeNull();
    expect(feedbackEntry({ ...valid, ruleId: 'Your biopsy showed melanoma' }, now, 'x')).toBeNull();
    expect(feedbackEntry({ ...valid, origin: 'https://ehr.example.org/patient/123' }, now, 'x')).toBeNull();
    expect(feedbackEntry({ ...valid, type: 'replyguard:audit' }, now, 'x')).toBeNull();
    expect(feedbackEntry(null, now, 'x')).toBeNull();
  });
});
