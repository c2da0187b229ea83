import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from '../../utils/audit/export';
import { appendEntry, validEntries } from '../../utils/audit/log';
import { type AuditEntry, auditEntrySchema } from '../../utils/audit/schema';

const entry = (n: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  time: new Date(Date.UTC(2025, 5, 1, 12, 0, n)).toISOString(),
  event: 'review-shown',
  reviewId: `r-${n}`,
  origin: 'https://ehr.example.org',
  mode: 'warn',
  findings: [
    { ruleId: 'diagnosis.new', category: 'diagnosis', severity: 'warning' },
    { ruleId: 'urgent.chest_pain', category: 'urgent', severity: 'critical' },
  ],
  ...extra,
});

describe('audit log', () => {
  it('evicts the oldest entries past the cap', () => {
    let log: AuditEntry[] = [];
    for (let n = 0; n < 7; n += 1) log = appendEntry(log, entry(n), 5);
    expect(log.map((e) => e.reviewId)).toEqual(['r-2', 'r-3', 'r-4', 'r-5', 'r-6']);
    expect(appendEntry(log, entry(9), 2).map((e) => e.reviewId)).toEqual(['r-6', 'r-9']);
  });

  it('refuses anything that could carry message text', () => {
    expect(auditEntrySchema.safeParse(entry(1)).success).toBe(true);
    expect(auditEntrySchema.safeParse(entry(1, { reasonCode: 'patient asked for it by message' })).success).toBe(false);
    expect(auditEntrySchema.safeParse(entry(1, { origin: 'https://ehr.example.org/patient/123?name=Jane' })).success).toBe(false);
    const withText = { ...entry(1), text: 'Your biopsy showed melanoma' };
    expect(auditEntrySchema.parse(withText)).not.toHaveProperty('text');
    expect(validEntries([entry(1), { nonsense: true }, withText]).map((e) => e.reviewId)).toEqual(['r-1', 'r-1']);
    expect(validEntries('not a list')).toEqual([]);
  });

  it('exports CSV with one row per entry, joined lists, the highest severity, composer kind and draft flags', () => {
    const sent = entry(2, { event: 'action', action: 'sent-anyway', reasonCode: 'patient-informed', elapsedMs: 5300, composerKind: 'quill' });
    sent.findings = [{ ...sent.findings[0]!, fromDraft: true }, sent.findings[1]!];
    const csv = toCsv([entry(1), sent]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'time,event,reviewId,origin,mode,composerKind,action,reasonCode,elapsedMs,maxSeverity,ruleIds,categories,severities,fromDraft',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      '2025-06-01T12:00:02.000Z,action,r-2,https://ehr.example.org,warn,quill,sent-anyway,patient-informed,5300,critical,diagnosis.new|urgent.chest_pain,diagnosis|urgent,warning|critical,yes|no',
    );
  });

  it('neutralizes spreadsheet formulas and quotes commas in CSV cells', () => {
    const csv = toCsv([entry(1, { reviewId: '-cmd', findings: [] })]);
    expect(csv).toContain(",'-cmd,");
  });

  it('exports JSON that round-trips', () => {
    const entries = [entry(1), entry(2)];
    const parsed = JSON.parse(toJson(entries));
    expect(parsed.format).toBe('replyguard-audit/1');
    expect(validEntries(parsed.entries)).toEqual(entries);
  });
});
