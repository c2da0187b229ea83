import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchPatternFor } from '../../utils/settings/origins';
import { resolveSettings } from '../../utils/settings/resolve';
import { defaultSettings, SETTING_KEYS } from '../../utils/settings/schema';

describe('resolveSettings: defaults < user options < managed policy', () => {
  it('uses the documented defaults when nothing is set', () => {
    const { settings, sources, locked, issues } = resolveSettings({});
    expect(settings).toMatchObject({
      origins: [],
      reviewMode: 'warn',
      consentMaxAgeMonths: 12,
      identifierLevel: 'initials',
      closedLoop: { dueHours: 48 },
      audit: { enabled: true, maxEntries: 5000 },
    });
    expect(settings.closedLoop.template.es).toContain('{due}');
    expect(Object.values(sources).every((s) => s === 'default')).toBe(true);
    expect(Object.values(locked).some(Boolean)).toBe(false);
    expect(issues).toEqual([]);
  });

  it('a user value beats the default; a policy value beats the user and locks the key', () => {
    const r = resolveSettings({ user: { reviewMode: 'inform', identifierLevel: 'full' }, policy: { reviewMode: 'require-reason' } });
    expect(r.settings.reviewMode).toBe('require-reason');
    expect(r.sources.reviewMode).toBe('policy');
    expect(r.locked.reviewMode).toBe(true);
    expect(r.settings.identifierLevel).toBe('full');
    expect(r.sources.identifierLevel).toBe('user');
    expect(r.locked.identifierLevel).toBe(false);
  });

  it('userMayChange turns a policy value into an organization default the user may override', () => {
    const policy = { identifierLevel: 'none', consentMaxAgeMonths: 6, userMayChange: ['identifierLevel'] };
    const r = resolveSettings({ user: { identifierLevel: 'full', consentMaxAgeMonths: 24, reviewMode: 'off' }, policy });
    expect(r.settings.identifierLevel).toBe('full');
    expect(r.locked.identifierLevel).toBe(false);
    // Not listed: locked, even where the policy sets nothing (reviewMode stays at its default).
    expect(r.settings.consentMaxAgeMonths).toBe(6);
    expect(r.locked.reviewMode).toBe(true);
    expect(r.settings.reviewMode).toBe('warn');
    expect(r.sources.reviewMode).toBe('default');
    const orgDefault = resolveSettings({ policy });
    expect(orgDefault.settings.identifierLevel).toBe('none');
    expect(orgDefault.sources.identifierLevel).toBe('policy');
  });

  it('an invalid policy value explains itself, stays locked and falls back to the default for that key only', () => {
    const r = resolveSettings({
      user: { reviewMode: 'off' },
      policy: { reviewMode: 'block-everything', consentMaxAgeMonths: 6 },
    });
    expect(r.settings.reviewMode).toBe('warn');
    expect(r.locked.reviewMode).toBe(true);
    expect(r.settings.consentMaxAgeMonths).toBe(6);
    expect(r.issues).toHaveLength(1);
    const [issue] = r.issues;
    expect(issue).toMatchObject({ key: 'reviewMode', layer: 'policy' });
    expect(issue?.message).toContain('"block-everything"');
    expect(issue?.message).toContain('"warn"');
    expect(issue?.message).toMatch(/off.*inform.*warn.*require-reason.*shadow/);
  });

  it('names the place inside a nested value that is wrong', () => {
    const r = resolveSettings({ policy: { origins: [{ origin: 'https://ok.example.org' }, { origin: 'ehr.example.org/path' }] } });
    expect(r.settings.origins).toEqual([]);
    expect(r.issues[0]?.message).toMatch(/must be an origin.* at 1\.origin/);
  });

  it('reports unknown policy keys, a non-object policy and a bad userMayChange', () => {
    expect(resolveSettings({ policy: { reviewmode: 'off' } }).issues[0]?.message).toContain('"reviewmode", which is not a ReplyGuard setting');
    expect(resolveSettings({ policy: 'oops' }).issues[0]?.message).toContain('not an object');
    const bad = resolveSettings({ policy: { reviewMode: 'off', userMayChange: ['reviewMode', 'everything'] }, user: { reviewMode: 'warn' } });
    expect(bad.issues.map((i) => i.key)).toEqual(['userMayChange']);
    expect(bad.settings.reviewMode).toBe('off');
    expect(bad.locked.reviewMode).toBe(true);
  });

  it('an invalid saved user value falls back without touching other keys', () => {
    const r = resolveSettings({ user: { consentMaxAgeMonths: 0, identifierLevel: 'none' } });
    expect(r.settings.consentMaxAgeMonths).toBe(12);
    expect(r.settings.identifierLevel).toBe('none');
    expect(r.issues).toEqual([expect.objectContaining({ key: 'consentMaxAgeMonths', layer: 'user' })]);
  });

  it('fills nested defaults from a partial object and normalizes origins', () => {
    const r = resolveSettings({
      policy: { closedLoop: { dueHours: 24 }, audit: { maxEntries: 200 }, origins: [{ origin: 'HTTPS://EHR.Example.org/' }] },
    });
    expect(r.settings.closedLoop).toEqual({ dueHours: 24, clinicPhone: '', template: defaultSettings().closedLoop.template });
    expect(r.settings.audit).toEqual({ enabled: true, maxEntries: 200 });
    expect(r.settings.origins).toEqual([{ origin: 'https://ehr.example.org', adapter: 'generic' }]);
  });

  it('accepts category and per-rule overrides', () => {
    const r = resolveSettings({
      policy: {
        categories: { plain_language: { enabled: false }, urgent: { severity: 'critical' } },
        ruleOverrides: { 'urgent.chest_pain': { severity: 'warning' } },
      },
    });
    expect(r.settings.categories).toEqual({ plain_language: { enabled: false }, urgent: { enabled: true, severity: 'critical' } });
    expect(r.settings.ruleOverrides['urgent.chest_pain']).toEqual({ severity: 'warning' });
    expect(resolveSettings({ policy: { categories: { gossip: { enabled: false } } } }).issues).toHaveLength(1);
  });
});

describe('origins', () => {
  it('maps an origin to a match pattern without its port', () => {
    expect(matchPatternFor('https://ehr.example.org')).toBe('https://ehr.example.org/*');
    expect(matchPatternFor('http://127.0.0.1:8123')).toBe('http://127.0.0.1/*');
    expect(matchPatternFor('https://*.example.org')).toBe('https://*.example.org/*');
    expect(() => matchPatternFor('ftp://x.org')).toThrow();
  });
});

describe('admin guide', () => {
  it('documents every setting key', () => {
    const guide = readFileSync(new URL('../../docs/admin-guide.md', import.meta.url), 'utf8');
    for (const key of [...SETTING_KEYS, 'userMayChange']) expect(guide, key).toContain(`\`${key}\``);
  });
});
