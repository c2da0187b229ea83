import { describe, expect, it } from 'vitest';
import { compileMrnPattern } from '../../utils/analysis/patient-identifiers';
import { lookForPatientInfo } from '../../utils/analysis/patient-info';
import { guardPatterns, isGuardedOrigin } from '../../utils/settings/data-loss-guard-scope';
import { originMatches } from '../../utils/settings/origins';
import { resolveSettings } from '../../utils/settings/resolve';

// The data-loss guard's decisions: patient-care content together with a patient identifier,
// and where the guard may run at all (policy only, enabled, listed, not an EHR origin).

describe('patient information = care content + identifier', () => {
  it('warns on a named patient with a date of birth and a diagnosis', () => {
    expect(lookForPatientInfo('Pt John Doe DOB 3/4/1956 was diagnosed with melanoma')).toEqual({
      care: ['diagnosis'],
      identifiers: ['dob', 'patient_name'],
    });
  });

  it('names results, therapy changes and protected topics', () => {
    expect(lookForPatientInfo('Your patient Mary Smith has an A1c of 9.1 and we started metformin.')?.care).toEqual([
      'result',
      'therapy_change',
    ]);
    expect(lookForPatientInfo('MRN 00123456: HIV test came back positive.')?.care).toContain('sensitive');
  });

  it("uses the organization's MRN patterns", () => {
    const text = 'E1234567 has stage 2 breast cancer.';
    expect(lookForPatientInfo(text)).toBeNull();
    expect(lookForPatientInfo(text, [compileMrnPattern('\\bE\\d{7}\\b')])).toEqual({ care: ['diagnosis'], identifiers: ['mrn'] });
  });

  it.each([
    'see you at lunch on 3/4',
    'My mom was diagnosed with melanoma last year, thanks for asking.',
    'Pt John Doe DOB 3/4/1956 called about parking.',
    'Log in to your patient portal to read about diabetes.',
  ])('stays quiet: %s', (text) => {
    expect(lookForPatientInfo(text)).toBeNull();
  });
});

describe('where the guard runs', () => {
  const guard = { enabled: true, origins: ['https://mail.example.com', 'https://*.chat.example'], mrnPatterns: [] };
  const ehr = { origins: [{ origin: 'https://ehr.example.org', adapter: 'generic' }] };

  it('only on origins the policy lists while the policy has it on', () => {
    const scope = resolveSettings({ policy: { dataLossGuard: guard, ...ehr } });
    expect(guardPatterns(scope)).toEqual(['https://*.chat.example/*', 'https://mail.example.com/*']);
    expect(isGuardedOrigin(scope, 'https://mail.example.com')).toBe(true);
    expect(isGuardedOrigin(scope, 'https://eu.chat.example')).toBe(true);
    expect(isGuardedOrigin(scope, 'https://mail.example.com:8443')).toBe(false);
    expect(isGuardedOrigin(scope, 'https://news.example.com')).toBe(false);
    expect(isGuardedOrigin(scope, 'https://ehr.example.org')).toBe(false);
  });

  it('is off by default and when the policy turns it off', () => {
    expect(guardPatterns(resolveSettings({}))).toEqual([]);
    const off = resolveSettings({ policy: { dataLossGuard: { ...guard, enabled: false } } });
    expect(guardPatterns(off)).toEqual([]);
    expect(isGuardedOrigin(off, 'https://mail.example.com')).toBe(false);
  });

  it("never runs on a clinician's own value, even where the policy lets them change it", () => {
    const user = resolveSettings({ user: { dataLossGuard: guard }, policy: { userMayChange: ['dataLossGuard'] } });
    expect(user.settings.dataLossGuard.enabled).toBe(true);
    expect(guardPatterns(user)).toEqual([]);
    expect(isGuardedOrigin(user, 'https://mail.example.com')).toBe(false);
  });

  it('never on an EHR origin, even if listed for both', () => {
    const both = resolveSettings({ policy: { dataLossGuard: { ...guard, origins: ['https://ehr.example.org'] }, ...ehr } });
    expect(isGuardedOrigin(both, 'https://ehr.example.org')).toBe(false);
  });
});

describe('originMatches', () => {
  it('compares exactly, or under a "*." wildcard, scheme and port included', () => {
    expect(originMatches('https://a.example', 'https://a.example')).toBe(true);
    expect(originMatches('https://A.example/', 'https://a.example')).toBe(true);
    expect(originMatches('https://a.example', 'http://a.example')).toBe(false);
    expect(originMatches('http://127.0.0.1:5173', 'http://127.0.0.1:5174')).toBe(false);
    expect(originMatches('https://*.example', 'https://x.y.example')).toBe(true);
    expect(originMatches('https://*.example', 'https://example')).toBe(true);
    expect(originMatches('https://*.example', 'https://badexample')).toBe(false);
    expect(originMatches('https://*.example', 'http://x.example')).toBe(false);
  });
});
