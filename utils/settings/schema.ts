import { z } from 'zod';
import { adapterSpecSchema } from '../adapters/schema';
import { compileMrnPattern } from '../analysis/patient-identifiers';
import { categorySchema, severitySchema } from '../analysis/schema';
import { DEFAULT_CLOSED_LOOP_TEMPLATES } from './closed-loop-templates';
import { isOrigin, normalizeOrigin } from './origins';

// The single source of truth for ReplyGuard's settings. Every key has a strict schema and a
// default; the effective value is defaults < user options < managed policy (see resolve.ts),
// validated key by key so one bad value falls back to its own default only. The manifest's
// managed-storage schema and the policy templates are generated from `policySchema`.

export const reviewModeSchema = z.enum(['off', 'inform', 'warn', 'require-reason', 'shadow']);
export type ReviewMode = z.infer<typeof reviewModeSchema>;

const origin = z
  .string()
  .refine(isOrigin, 'must be an origin such as "https://ehr.example.org" (scheme and host, optional port, no path)')
  .transform(normalizeOrigin);

/** A built-in adapter (utils/adapters/builtin.ts) or a `siteAdapters` name; unknown names read as generic. */
const adapterName = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a short lower-case name such as "generic"');

export const originEntrySchema = z.object({ origin, adapter: adapterName.default('generic') });

export const categoryPolicySchema = z.object({
  enabled: z.boolean().default(true),
  /** Replaces the engine's severity for every finding of the category. */
  severity: severitySchema.optional(),
});

export const ruleOverrideSchema = z.object({
  enabled: z.boolean().optional(),
  severity: severitySchema.optional(),
});

const ruleId = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_-]+)+$/, 'must be a rule id such as "urgent.chest_pain"');

export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'PR', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'GU', 'VI', 'AS', 'MP',
] as const;
export const LICENSE_TYPES = ['MD', 'DO', 'NP', 'PA', 'RN', 'LPN', 'PharmD', 'LCSW', 'PhD', 'PsyD', 'other'] as const;

export const licenseSchema = z.object({
  state: z.enum(US_STATES),
  type: z.enum(LICENSE_TYPES),
  /** The license carries its compact credential (NLC multistate, PSYPACT APIT, PA Compact privilege). */
  compact: z.boolean().optional(),
});

/** A state where the organization allows care without a license there (e.g. established-patient follow-up). */
export const licensureExceptionSchema = z.object({
  state: z.enum(US_STATES),
  types: z.array(z.enum(LICENSE_TYPES)).min(1).optional(),
  reason: z.string().trim().min(1).max(200),
});

/** An MRN pattern that does not compile, or could hang matching, is refused with the reason. */
function refuseUnsafeMrnPattern(source: string, ctx: z.RefinementCtx): void {
  try {
    compileMrnPattern(source);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
}

const template = (fallback: string) => z.string().trim().min(1).max(1000).default(fallback);

/** Each key's schema with its default; `.prefault` runs a partial object through inner defaults. */
export const settingFields = {
  origins: z.array(originEntrySchema).max(200).default([]),
  categories: z.partialRecord(categorySchema, categoryPolicySchema).default({}),
  ruleOverrides: z.record(ruleId, ruleOverrideSchema).default({}),
  reviewMode: reviewModeSchema.default('warn'),
  licenses: z.array(licenseSchema).max(60).default([]),
  consentMaxAgeMonths: z.number().int().min(1).max(120).default(12),
  contextChecks: z
    .object({
      responseTimeHours: z.number().int().min(1).max(720).default(72),
      licensureSeverity: z.enum(['warning', 'critical']).default('warning'),
      licensureExceptions: z.array(licensureExceptionSchema).max(60).default([]),
    })
    .prefault({}),
  siteAdapters: z.array(adapterSpecSchema).max(50).default([]),
  closedLoop: z
    .object({
      template: z
        .object({ en: template(DEFAULT_CLOSED_LOOP_TEMPLATES.en), es: template(DEFAULT_CLOSED_LOOP_TEMPLATES.es) })
        .prefault({}),
      dueHours: z.number().int().min(1).max(720).default(48),
      /** Filled in for `{phone}`; empty means "the clinic". */
      clinicPhone: z.string().trim().max(40).default(''),
    })
    .prefault({}),
  identifierLevel: z.enum(['none', 'initials', 'full']).default('initials'),
  secureChannels: z
    .object({
      /** The organization's e-mail domains; an address on any other domain is treated as personal. */
      emailDomains: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'must be a domain such as "clinic.org"')).max(50).default([]),
      /** The clinic's own phone numbers (any formatting); other numbers in a reply may be personal. */
      clinicPhones: z.array(z.string().trim().regex(/^[0-9+().\s-]{7,25}$/, 'must be a phone number such as "(555) 010-2000"')).max(50).default([]),
      /** The organization's secure video-visit link, offered instead of consumer video apps. */
      secureVideoUrl: z
        .string()
        .trim()
        .max(500)
        .refine((url) => url === '' || /^https:\/\/[^\s/]+\/?\S*$/.test(url), 'must be an https:// link, or empty')
        .default(''),
    })
    .prefault({}),
  footer: z
    .object({
      /** When true, a reply without the footer gets a quiet info finding offering to add it. */
      mandatory: z.boolean().default(false),
      en: z.string().trim().max(1000).default(''),
      es: z.string().trim().max(1000).default(''),
    })
    .prefault({}),
  dataLossGuard: z
    .object({
      /** Off by default; only origins listed here by policy are ever watched. */
      enabled: z.boolean().default(false),
      /** Unapproved sites (personal webmail, consumer chat) where patient information gets a warning. */
      origins: z.array(origin).max(100).default([]),
      /** Regular expressions (source only) for the organization's medical record numbers. */
      mrnPatterns: z.array(z.string().min(1).max(200).superRefine(refuseUnsafeMrnPattern)).max(20).default([]),
    })
    .prefault({}),
  audit: z
    .object({ enabled: z.boolean().default(true), maxEntries: z.number().int().min(100).max(50_000).default(5000) })
    .prefault({}),
} as const;

export type SettingKey = keyof typeof settingFields;
export const SETTING_KEYS = Object.keys(settingFields) as SettingKey[];
export const settingKeySchema = z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]]);

/**
 * What a managed policy may contain: every setting, plus `userMayChange`, the keys clinicians may
 * still change (a policy value for such a key is only the organization's default).
 */
export const policySchema = z
  .object({
    ...settingFields,
    userMayChange: z.array(settingKeySchema).optional(),
  })
  .partial();
export type Policy = z.infer<typeof policySchema>;

export const settingsSchema = z.object({
  ...settingFields,
  /**
   * Robustness testing only: makes the named overlay step throw so the e2e suite can prove that a
   * ReplyGuard failure never blocks typing or sending. Only the extension can write this key; it
   * is not a policy setting.
   */
  faultInjection: z.enum(['analyze', 'highlight', 'send-guard', 'attach']).optional().catch(undefined),
});
export type Settings = z.infer<typeof settingsSchema>;

/** storage.local key for the clinician's own options. */
export const SETTINGS_KEY = 'settings';

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}

export function defaultFor<K extends SettingKey>(key: K): Settings[K] {
  return settingFields[key].parse(undefined) as Settings[K];
}
