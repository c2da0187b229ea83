import type { z } from 'zod';
import type { policySchema } from '../../utils/settings/schema';

// The example policy every template carries (docs/policy/): a hospital enabling two EHR origins
// in `require-reason` mode with audit on. Administrators replace the values; the unit tests check
// that it is valid against the policy schema, so the templates never ship a broken example.

export const EXAMPLE_POLICY: z.input<typeof policySchema> = {
  origins: [
    { origin: 'https://ehr.example.org', adapter: 'generic' },
    { origin: 'https://mychart.example.org', adapter: 'generic' },
  ],
  reviewMode: 'require-reason',
  categories: { plain_language: { enabled: true, severity: 'info' }, urgent: { enabled: true, severity: 'critical' } },
  ruleOverrides: { 'plain_language.reading_grade': { enabled: false } },
  licenses: [{ state: 'MA', type: 'MD' }],
  consentMaxAgeMonths: 12,
  closedLoop: { dueHours: 48 },
  identifierLevel: 'initials',
  audit: { enabled: true, maxEntries: 5000 },
  userMayChange: ['licenses', 'identifierLevel'],
};
