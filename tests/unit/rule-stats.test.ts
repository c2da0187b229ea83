import { describe, expect, it } from 'vitest';
import { tuneFindings } from '../../utils/analysis/tuning';
import {
  HINT_THRESHOLDS,
  periodStart,
  RULE_STATS_COLUMNS,
  ruleStats,
  ruleStatsCsv,
  tuningHint,
} from '../../utils/audit/rule-stats';
import type { AuditEntry } from '../../utils/audit/schema';
import { resolveSettings } from '../../utils/settings/resolve';
import { warningFinding } from '../e2e/harness/sample-findings';

const NOW = new Date('2026-11-25T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

const dx = { ruleId: 'diagnosis.new', category: 'diagnosis', severity: 'warning' } as const;
const rx = { ruleId: 'therapy.start', category: 'therapy_change', severity: 'warning' } as const;

function entry(event: AuditEntry['event'], findings: AuditEntry['findings'], extra: Partial<AuditEntry> = {}): AuditEntry {
  return { time: daysAgo(1), event, reviewId: 'r1', origin: 'https://ehr.example.org', mode: 'warn', findings, ...extra };
}

describe('per-rule statistics from the audit log', () => {
  it('counts fired (reviews and shadow sends), acted on (edits and fixes), overridden and not helpful', () => {
    const log: AuditEntry[] = [
      entry('review-shown', [dx, rx]),
      entry('action', [dx, rx], { action: 'called-instead' }),
      entry('review-shown', [dx]),
      entry('action', [dx], { action: 'sent-anyway', reasonCode: 'patient-aware' }),
      entry('review-shown', [rx]),
      entry('action', [rx], { action: 'edited' }),
      entry('shadow', [dx], { mode: 'shadow' }),
      entry('feedback', [dx], { reasonCode: 'discussed-by-phone' }),
      entry('feedback', [dx], { reasonCode: 'wrong' }),
      entry('data-loss-guard', [rx]),
    ];
    const rows = ruleStats(log, null);
    expect(rows.map((r) => r.ruleId)).toEqual(['diagnosis.new', 'therapy.start']);
    const [d, r] = rows;
    expect(d).toMatchObject({ category: 'diagnosis', fired: 3, actedOn: 1, overridden: 1, notHelpful: 2 });
    expect(d?.notHelpfulReasons).toEqual({ wrong: 1, 'discussed-by-phone': 1, 'asked-in-writing': 0, other: 0 });
    expect(r).toMatchObject({ fired: 2, actedOn: 2, overridden: 0, notHelpful: 0 });
  });

  it('counts a rule once per review however often it was found in the reply', () => {
    const [row] = ruleStats([entry('review-shown', [dx, dx, dx])], null);
    expect(row?.fired).toBe(1);
  });

  it('keeps only entries inside the period', () => {
    const log = [
      entry('review-shown', [dx], { time: daysAgo(2) }),
      entry('review-shown', [dx], { time: daysAgo(20) }),
      entry('review-shown', [dx], { time: daysAgo(60) }),
      entry('review-shown', [dx], { time: daysAgo(400) }),
    ];
    const fired = (period: 7 | 30 | 90 | 'all') => ruleStats(log, periodStart(period, NOW))[0]?.fired ?? 0;
    expect([fired(7), fired(30), fired(90), fired('all')]).toEqual([1, 2, 3, 4]);
    expect(periodStart('all', NOW)).toBeNull();
  });

  it('sorts by fired, then by not helpful, then by rule id', () => {
    const a = { ...dx, ruleId: 'a.one' };
    const b = { ...dx, ruleId: 'b.two' };
    const c = { ...dx, ruleId: 'c.three' };
    const rows = ruleStats([entry('review-shown', [c]), entry('feedback', [b], { reasonCode: 'other' }), entry('feedback', [a], { reasonCode: 'other' })], null);
    expect(rows.map((r) => r.ruleId)).toEqual(['c.three', 'a.one', 'b.two']);
  });

  it('suggests policy tuning only past the thresholds and with enough events', () => {
    const { minEvents } = HINT_THRESHOLDS;
    expect(tuningHint({ fired: 9, actedOn: 5, overridden: 1, notHelpful: 1 })).toBe('often-not-helpful');
    expect(tuningHint({ fired: 20, actedOn: 10, overridden: 2, notHelpful: 1 })).toBeNull();
    expect(tuningHint({ fired: 10, actedOn: 2, overridden: 6, notHelpful: 0 })).toBe('often-overridden');
    expect(tuningHint({ fired: 0, actedOn: 0, overridden: 0, notHelpful: minEvents - 1 })).toBeNull();
    expect(tuningHint({ fired: 3, actedOn: 1, overridden: minEvents - 2, notHelpful: 0 })).toBeNull();
  });

  it('exports one CSV row per rule with the reason counts, never message text', () => {
    const csv = ruleStatsCsv(ruleStats([entry('review-shown', [dx]), entry('feedback', [dx], { reasonCode: 'asked-in-writing' })], null));
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(RULE_STATS_COLUMNS.join(','));
    expect(header).toBe('ruleId,category,fired,actedOn,overridden,notHelpful,notHelpful:wrong,notHelpful:discussed-by-phone,notHelpful:asked-in-writing,notHelpful:other,hint');
    expect(row).toBe('diagnosis.new,diagnosis,1,0,0,1,0,0,1,0,');
    expect(end).toBe('');
  });
});

describe('rule overrides are the organization’s when set by policy', () => {
  it('locks ruleOverrides set by policy: the clinician’s own value is ignored', () => {
    const policy = { ruleOverrides: { 'therapy.high_alert': { enabled: false } } };
    const user = { ruleOverrides: { 'therapy.high_alert': { enabled: true, severity: 'critical' } } };
    const resolved = resolveSettings({ policy, user });
    expect(resolved.locked.ruleOverrides).toBe(true);
    expect(resolved.sources.ruleOverrides).toBe('policy');
    expect(tuneFindings([warningFinding], { rules: resolved.settings.ruleOverrides })).toEqual([]);
  });

  it('lets the clinician change them only when the policy lists ruleOverrides in userMayChange', () => {
    const policy = { ruleOverrides: { 'therapy.high_alert': { enabled: false } }, userMayChange: ['ruleOverrides'] };
    const user = { ruleOverrides: { 'therapy.high_alert': { severity: 'info' } } };
    const resolved = resolveSettings({ policy, user });
    expect(resolved.locked.ruleOverrides).toBe(false);
    expect(tuneFindings([warningFinding], { rules: resolved.settings.ruleOverrides })[0]?.severity).toBe('info');
  });
});
