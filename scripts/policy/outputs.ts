import { policySchema } from '../../utils/settings/schema';
import { EXAMPLE_POLICY } from './example-policy';
import { CHROME_EXTENSION_ID, GECKO_ID, UPDATE_URL_PLACEHOLDER } from './extension-identity';
import { managedSchema } from './managed-schema';
import { firefoxPolicies, linuxPolicy, macMobileconfig, type PolicyValues, type Target, windowsReg } from './templates';

// Every generated policy file, by path from the repository root.

export const XPI_URL_PLACEHOLDER = 'https://extensions.example.org/replyguard/replyguard.xpi';

export function policyOutputs(): Record<string, string> {
  // Round-trip through the schema so a broken example fails generation, not a deployment.
  policySchema.parse(EXAMPLE_POLICY);
  const policy = EXAMPLE_POLICY as PolicyValues;
  const target: Target = { extensionId: CHROME_EXTENSION_ID, updateUrl: UPDATE_URL_PLACEHOLDER };
  return {
    'public/managed-schema.json': `${JSON.stringify(managedSchema(), null, 2)}\n`,
    'docs/policy/example-policy.json': `${JSON.stringify(EXAMPLE_POLICY, null, 2)}\n`,
    'docs/policy/chrome-windows.reg': windowsReg('chrome', policy, target),
    'docs/policy/edge-windows.reg': windowsReg('edge', policy, target),
    'docs/policy/chromium-linux.json': linuxPolicy(policy, target),
    'docs/policy/replyguard.mobileconfig': macMobileconfig(policy, { chrome: target, edge: target }),
    'docs/policy/firefox-policies.json': firefoxPolicies(policy, GECKO_ID, XPI_URL_PLACEHOLDER),
  };
}
