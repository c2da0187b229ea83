import type { Organization } from '../analysis/schema';
import { requestLanguage } from '../closed-loop/request-text';
import type { Settings } from '../settings/schema';

// What the engine is told about the organization (its channels and required footer), built from
// settings and the patient's preferred language as the site adapter reads it. The engine never
// reads settings itself.

type OrganizationSettings = Pick<Settings, 'secureChannels' | 'footer' | 'closedLoop'>;

/** The footer in the patient's language; Spanish falls back to English when no Spanish text is set. */
export function footerFor(footer: Settings['footer'], language: string | undefined): string | undefined {
  if (!footer.mandatory) return undefined;
  const text = requestLanguage(language) === 'es' && footer.es ? footer.es : footer.en;
  return text || undefined;
}

/** `language` is read only when a footer is required (it reads the page). */
export function organizationFrom(settings: OrganizationSettings, language: () => string | undefined): Organization {
  const { emailDomains, clinicPhones, secureVideoUrl } = settings.secureChannels;
  const clinicPhone = settings.closedLoop.clinicPhone;
  const requiredFooter = settings.footer.mandatory ? footerFor(settings.footer, language()) : undefined;
  return {
    emailDomains,
    // The confirmation request names the closed-loop clinic phone: it is the clinic's own number.
    clinicPhones: clinicPhone && !clinicPhones.includes(clinicPhone) ? [...clinicPhones, clinicPhone] : clinicPhones,
    ...(secureVideoUrl ? { secureVideoUrl } : {}),
    ...(requiredFooter ? { requiredFooter } : {}),
  };
}
