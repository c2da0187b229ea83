import { describe, expect, it } from 'vitest';
import { adapterNamed, BUILTIN_ADAPTERS, DEMO_ADAPTER, GENERIC_ADAPTER } from '../../utils/adapters/builtin';
import { parseAge, parseConsentStatus, parseDate, parseInstant, parseJurisdiction, parseLanguage, parseProxyReader } from '../../utils/adapters/parse';
import { adapterSpecSchema, looksLikeSelector } from '../../utils/adapters/schema';
import { policySchema } from '../../utils/settings/schema';

describe('adapter specs', () => {
  it('built-in adapters are valid specs with distinct names', () => {
    for (const adapter of BUILTIN_ADAPTERS) expect(adapterSpecSchema.parse(adapter)).toEqual(adapter);
    expect(new Set(BUILTIN_ADAPTERS.map((a) => a.name)).size).toBe(BUILTIN_ADAPTERS.length);
  });

  it('a policy adapter is validated: bad selectors, patterns and attribute names are refused with a path', () => {
    const result = policySchema.safeParse({
      siteAdapters: [
        {
          name: 'epic-inbasket',
          label: 'Epic In Basket',
          patientBanner: '.banner[data-x="1"',
          fields: { state: { selector: '.loc', match: '(unclosed' }, age: { attribute: 'Bad Name' } },
        },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(
      expect.arrayContaining(['siteAdapters.0.patientBanner', 'siteAdapters.0.fields.state.match', 'siteAdapters.0.fields.age.attribute']),
    );
  });

  it('a valid policy adapter gets default consent and proxy patterns', () => {
    const parsed = adapterSpecSchema.parse({
      name: 'epic-inbasket',
      label: 'Epic In Basket',
      patientBanner: '#patient-header',
      fields: { state: { selector: '.location', match: '\\(([A-Z]{2})\\)' } },
    });
    expect(parsed.consentExpired).toBe('expired');
    expect(parsed.fields.state?.match).toBe('\\(([A-Z]{2})\\)');
  });

  it('selector check', () => {
    expect(looksLikeSelector('[data-testid="patient-banner"] .x:not(.y)')).toBe(true);
    expect(looksLikeSelector('a[title="]"]')).toBe(true);
    expect(looksLikeSelector('div { color: red }')).toBe(false);
    expect(looksLikeSelector('div:not(.x')).toBe(false);
  });

  it('policy adapters win over built-ins of the same name; unknown names fall back to generic', () => {
    const custom = adapterSpecSchema.parse({ name: 'demo', label: 'Our demo' });
    expect(adapterNamed('demo', [custom]).label).toBe('Our demo');
    expect(adapterNamed('demo', [])).toBe(DEMO_ADAPTER);
    expect(adapterNamed('nope', [])).toBe(GENERIC_ADAPTER);
  });
});

describe('parsing page values', () => {
  it('states, DC and territories by code or name; unknown is null', () => {
    expect(parseJurisdiction('fl')).toBe('FL');
    expect(parseJurisdiction('Florida (FL)')).toBe('FL');
    expect(parseJurisdiction('District of Columbia')).toBe('DC');
    expect(parseJurisdiction('Guam')).toBe('GU');
    expect(parseJurisdiction('U.S. Virgin Islands')).toBe('VI');
    expect(parseJurisdiction('Ontario')).toBeNull();
    expect(parseJurisdiction('')).toBeNull();
    expect(parseJurisdiction(null)).toBeNull();
  });

  it('ages, dates, instants and languages', () => {
    expect(parseAge('15 y')).toBe(15);
    expect(parseAge('unknown')).toBeNull();
    expect(parseDate('2025-09-20')).toBe('2025-09-20');
    expect(parseDate('March 3, 2025')).toBe('2025-03-03');
    expect(parseDate('n/a')).toBeNull();
    expect(parseInstant('2026-11-24T08:00:00Z')).toBe('2026-11-24T08:00:00.000Z');
    expect(parseInstant('')).toBeNull();
    expect(parseLanguage('es')).toBe('es');
    expect(parseLanguage('es-MX')).toBe('es');
    expect(parseLanguage('Spanish')).toBeNull();
  });

  it('consent status and proxy reader through the adapter’s patterns', () => {
    expect(parseConsentStatus('on-file', DEMO_ADAPTER)).toBe('on-file');
    expect(parseConsentStatus('Signed, expired', DEMO_ADAPTER)).toBe('expired');
    expect(parseConsentStatus('none', DEMO_ADAPTER)).toBe('none');
    expect(parseConsentStatus('pending review', DEMO_ADAPTER)).toBe('unknown');
    expect(parseConsentStatus(null, DEMO_ADAPTER)).toBe('unknown');
    expect(parseProxyReader('mother: Karin Lindqvist', DEMO_ADAPTER)).toBe(true);
    expect(parseProxyReader('None', DEMO_ADAPTER)).toBe(false);
    expect(parseProxyReader('', DEMO_ADAPTER)).toBe(false);
    expect(parseProxyReader(null, DEMO_ADAPTER)).toBeNull();
  });
});
