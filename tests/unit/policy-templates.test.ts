import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_POLICY } from '../../scripts/policy/example-policy';
import { extensionIdFromKey } from '../../scripts/policy/extension-id';
import { CHROME_EXTENSION_ID, GECKO_ID, MANIFEST_KEY } from '../../scripts/policy/extension-identity';
import { managedSchema, toManagedSchema } from '../../scripts/policy/managed-schema';
import { policyOutputs } from '../../scripts/policy/outputs';
import { firefoxPolicies, linuxPolicy, windowsReg } from '../../scripts/policy/templates';
import { resolveSettings } from '../../utils/settings/resolve';
import { SETTING_KEYS } from '../../utils/settings/schema';

const target = { extensionId: CHROME_EXTENSION_ID, updateUrl: 'https://x.example/updates.xml' };

describe('generated policy files', () => {
  it('are up to date with the settings schema (run `npm run policy`)', () => {
    for (const [path, content] of Object.entries(policyOutputs())) {
      expect(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'), path).toBe(content);
    }
  });

  it('the pinned id matches the manifest key', () => {
    expect(extensionIdFromKey(MANIFEST_KEY)).toBe(CHROME_EXTENSION_ID);
  });

  it('the example policy resolves with no issues and locks what it sets', () => {
    const r = resolveSettings({ policy: EXAMPLE_POLICY });
    expect(r.issues).toEqual([]);
    expect(r.locked.reviewMode).toBe(true);
    expect(r.locked.licenses).toBe(false);
  });
});

describe('managed storage schema', () => {
  const schema = managedSchema();

  it('lists every setting and userMayChange with its JSON type', () => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...SETTING_KEYS, 'userMayChange'].sort());
    expect(schema.properties?.reviewMode).toEqual({ type: 'string' });
    expect(schema.properties?.consentMaxAgeMonths).toEqual({ type: 'integer' });
    expect(schema.properties?.origins?.items?.properties?.origin).toEqual({ type: 'string' });
    expect(schema.properties?.categories?.properties?.urgent?.properties?.severity).toEqual({ type: 'string' });
    expect(schema.properties?.ruleOverrides?.additionalProperties?.properties?.enabled).toEqual({ type: 'boolean' });
  });

  it('leaves enums and ranges out, so Chromium passes a bad value on for ReplyGuard to explain', () => {
    const text = JSON.stringify(schema);
    for (const word of ['enum', 'pattern', 'minimum', 'maximum', 'default', 'required', '$schema']) expect(text).not.toContain(word);
  });

  it('refuses a node without a single type', () => {
    expect(() => toManagedSchema({ properties: {} })).toThrow(/without a single type/);
  });
});

describe('templates', () => {
  const policy = { reviewMode: 'warn', consentMaxAgeMonths: 12, audit: { enabled: true }, origins: [{ origin: 'https://a.org' }] };

  it('Linux JSON installs the extension and carries the policy under 3rdparty', () => {
    const file = JSON.parse(linuxPolicy(policy, target));
    expect(file.ExtensionSettings[CHROME_EXTENSION_ID]).toMatchObject({ installation_mode: 'force_installed', update_url: target.updateUrl });
    expect(file['3rdparty'].extensions[CHROME_EXTENSION_ID]).toEqual(policy);
  });

  it('Windows .reg writes DWORDs, strings and JSON strings under the brand\'s policy key', () => {
    const reg = windowsReg('edge', policy, target);
    expect(reg.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy]`);
    expect(reg).toContain('"consentMaxAgeMonths"=dword:0000000c');
    expect(reg).toContain('"reviewMode"="warn"');
    expect(reg).toContain('"origins"="[{\\"origin\\":\\"https://a.org\\"}]"');
    const settingsLine = reg.split('\r\n').find((line) => line.startsWith('"ExtensionSettings"='));
    const json = settingsLine?.slice('"ExtensionSettings"="'.length, -1).replaceAll('\\"', '"');
    expect(JSON.parse(json ?? '')[CHROME_EXTENSION_ID].installation_mode).toBe('force_installed');
  });

  it('Firefox policies.json uses 3rdparty.Extensions and ExtensionSettings by gecko id', () => {
    const file = JSON.parse(firefoxPolicies(policy, GECKO_ID, 'https://x.example/rg.xpi'));
    expect(file.policies['3rdparty'].Extensions[GECKO_ID]).toEqual(policy);
    expect(file.policies.ExtensionSettings[GECKO_ID]).toEqual({ installation_mode: 'force_installed', install_url: 'https://x.example/rg.xpi' });
  });

  it('the macOS profile is a well-formed plist with a payload per browser domain', () => {
    const profile = policyOutputs()['docs/policy/replyguard.mobileconfig'] ?? '';
    expect(profile).toContain(`<string>com.google.Chrome.extensions.${CHROME_EXTENSION_ID}</string>`);
    expect(profile).toContain(`<string>com.microsoft.Edge.extensions.${CHROME_EXTENSION_ID}</string>`);
    expect(profile).toContain('<key>consentMaxAgeMonths</key>\n');
    const opens = profile.match(/<dict>/g)?.length;
    expect(opens).toBe(profile.match(/<\/dict>/g)?.length);
    expect(profile.match(/<array>/g)?.length).toBe(profile.match(/<\/array>/g)?.length);
  });
});
