import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { findingSchema } from '../../utils/analysis/schema';
import { tuneFindings } from '../../utils/analysis/tuning';
import { type ContextPolicy, contextFindings } from '../../utils/context-checks/findings';
import { proxyReason } from '../../utils/context-checks/proxy';
import { redFlags } from '../../utils/context-checks/red-flags';
import { type PatientContext, UNKNOWN_CONTEXT } from '../../utils/context-checks/schema';

const now = new Date('2026-11-24T12:00:00Z');
const policy: ContextPolicy = {
  licenses: [{ state: 'MA', type: 'MD' }],
  licensureExceptions: [],
  licensureSeverity: 'warning',
  consentMaxAgeMonths: 12,
  responseTimeHours: 72,
};
const known: PatientContext = {
  state: 'MA',
  consent: { status: 'on-file', date: '2026-05-01' },
  proxyReader: false,
  ageYears: 40,
  language: 'en',
  waitingSince: '2026-11-24T08:00:00Z',
};
const SENSITIVE = 'Your chlamydia test was positive; we sent doxycycline to your pharmacy.';

function run(context: Partial<PatientContext>, reply = '', over: Partial<ContextPolicy> = {}) {
  return contextFindings({ context: { ...known, ...context }, findings: analyze({ reply }), policy: { ...policy, ...over }, now }, reply);
}
const rules = (findings: { ruleId: string; severity: string }[]) => findings.map((f) => `${f.ruleId}:${f.severity}`);

describe('context findings', () => {
  it('a licensed clinician, recent consent, adult patient, fresh message: nothing', () => {
    expect(run({}, 'Your refill of lisinopril was sent to your pharmacy.')).toEqual([]);
  });

  it('every finding is a valid engine finding with a CDS Hooks card', () => {
    const findings = run({ state: 'FL', consent: { status: 'none', date: null }, proxyReader: true, waitingSince: '2026-11-20T08:00:00Z' }, SENSITIVE);
    expect(findings.length).toBe(4);
    for (const finding of findings) {
      expect(findingSchema.parse(finding)).toEqual(finding);
      expect(finding.card.overrideReasons.length).toBeGreaterThan(0);
    }
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });

  it('out-of-state patient: licensure warning, or critical by policy', () => {
    expect(rules(run({ state: 'FL' }))).toEqual(['licensure.not_licensed:warning']);
    expect(rules(run({ state: 'FL' }, '', { licensureSeverity: 'critical' }))).toEqual(['licensure.not_licensed:critical']);
    expect(run({ state: 'FL' })[0]?.card.summary).toContain('Florida');
  });

  it('unknown location asks (info), and says nothing without licenses', () => {
    expect(rules(run({ state: null }))).toEqual(['licensure.location_unknown:info']);
    expect(run({ state: null }, '', { licenses: [] })).toEqual([]);
  });

  it('missing and expired consent are warnings with a suggestion to document it', () => {
    const missing = run({ consent: { status: 'none', date: null } });
    expect(rules(missing)).toEqual(['consent.missing:warning']);
    expect(missing[0]?.card.detail).toMatch(/document/i);
    expect(rules(run({ consent: { status: 'on-file', date: '2025-10-01' } }))).toEqual(['consent.expired:warning']);
    expect(run({ consent: { status: 'on-file', date: '2025-10-01' } }, '', { consentMaxAgeMonths: 24 })).toEqual([]);
  });

  it('a sensitive finding read by a proxy, or for a 12-17 year old, is critical at the same words', () => {
    const proxy = run({ proxyReader: true }, SENSITIVE);
    expect(rules(proxy)).toEqual(['proxy.sensitive_with_proxy:critical']);
    expect(SENSITIVE.slice(proxy[0]!.start, proxy[0]!.end)).toBe('chlamydia test');
    expect(rules(run({ ageYears: 15 }, SENSITIVE))).toEqual(['proxy.sensitive_adolescent:critical']);
    expect(run({ ageYears: 15 }, SENSITIVE)[0]?.card.summary).toContain('15-year-old');
  });

  it('proxies and adolescents do not matter without sensitive content, nor for 11 or 18 year olds', () => {
    expect(run({ proxyReader: true }, 'Your refill of lisinopril was sent to your pharmacy.')).toEqual([]);
    expect(run({ ageYears: 11 }, SENSITIVE)).toEqual([]);
    expect(run({ ageYears: 18 }, SENSITIVE)).toEqual([]);
    expect(proxyReason({ proxyReader: null, ageYears: 12 })).toBe('adolescent');
    expect(proxyReason({ proxyReader: null, ageYears: null })).toBeNull();
  });

  it('a message waiting over the limit is pointed out on the patient’s message', () => {
    const late = run({ waitingSince: '2026-11-20T12:00:00Z' });
    expect(rules(late)).toEqual(['response_time.overdue:info']);
    expect(late[0]).toMatchObject({ source: 'incoming', start: 0, end: 0 });
    expect(late[0]?.card.summary).toContain('4 days');
    expect(run({ waitingSince: '2026-11-20T12:00:00Z' }, '', { responseTimeHours: 120 })).toEqual([]);
  });

  it('unknown context says nothing but asks for the location', () => {
    expect(rules(contextFindings({ context: UNKNOWN_CONTEXT, findings: [], policy, now }))).toEqual(['licensure.location_unknown:info']);
  });

  it('policy tuning applies to context rules like any other', () => {
    const findings = run({ state: 'FL', consent: { status: 'none', date: null } });
    expect(rules(tuneFindings(findings, { categories: { consent: { enabled: false } } }))).toEqual(['licensure.not_licensed:warning']);
    expect(rules(tuneFindings(findings, { rules: { 'licensure.not_licensed': { severity: 'info' } } }))).toEqual([
      'licensure.not_licensed:info',
      'consent.missing:warning',
    ]);
  });
});

describe('red flags on the latest patient message', () => {
  it('keeps the engine’s urgent findings on the incoming message, critical first', () => {
    const findings = analyze({ reply: 'Your HIV test came back negative.', incoming: 'I have crushing chest pain and I am sweating.' });
    const flags = redFlags(findings);
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.category === 'urgent' && f.source === 'incoming')).toBe(true);
    expect(flags[0]?.severity).toBe('critical');
  });

  it('a routine message has none', () => {
    expect(redFlags(analyze({ reply: '', incoming: 'Could you refill my lisinopril please?' }))).toEqual([]);
  });
});
