import { z } from 'zod';
import { JURISDICTIONS, type Jurisdiction } from './data/jurisdictions';

// What a site adapter (or the clinician, by hand) tells the context checks about the patient and
// the thread. Every field may be unknown (null): a check with nothing to go on stays quiet or
// asks, it never guesses.

export const jurisdictionSchema = z.enum(Object.keys(JURISDICTIONS) as [Jurisdiction, ...Jurisdiction[]]);

export const consentStatusSchema = z.enum(['on-file', 'expired', 'none', 'unknown']);

export const patientContextSchema = z.object({
  /** Where the patient is at the time of care (decides licensure). */
  state: jurisdictionSchema.nullable(),
  consent: z.object({ status: consentStatusSchema, date: z.iso.date().nullable() }),
  /** Whether someone other than the patient (parent, guardian, caregiver) reads the thread. */
  proxyReader: z.boolean().nullable(),
  ageYears: z.number().int().min(0).max(130).nullable(),
  /** BCP 47 primary language ("en", "es"). */
  language: z.string().nullable(),
  /** When the oldest patient message not yet answered by the practice was sent (ISO 8601). */
  waitingSince: z.iso.datetime({ offset: true }).nullable(),
});
export type PatientContext = z.infer<typeof patientContextSchema>;

export const UNKNOWN_CONTEXT: PatientContext = {
  state: null,
  consent: { status: 'unknown', date: null },
  proxyReader: null,
  ageYears: null,
  language: null,
  waitingSince: null,
};
export type ConsentStatus = z.infer<typeof consentStatusSchema>;
