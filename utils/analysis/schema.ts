import { z } from 'zod';

// The engine's public contract. Every type is inferred from these schemas so the content
// script, the CLI and the tests validate the same shapes.

export const categorySchema = z.enum([
  'diagnosis',
  'result',
  'therapy_change',
  'urgent',
  'sensitive',
  'plain_language',
  'licensure',
  'consent',
  'proxy',
  'response_time',
  'channel',
  'expectations',
  'patient_info',
]);
export type Category = z.infer<typeof categorySchema>;

export const severitySchema = z.enum(['info', 'warning', 'critical']);
export type Severity = z.infer<typeof severitySchema>;

export const sourceSchema = z.enum(['reply', 'incoming']);
export type Source = z.infer<typeof sourceSchema>;

/** A concrete edit to the reply text. Offsets are UTF-16, end exclusive. */
export const editSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('replace'), start: z.number().int(), end: z.number().int(), text: z.string() }),
  z.object({ kind: z.literal('append'), text: z.string() }),
  z.object({ kind: z.literal('prepend'), text: z.string() }),
]);
export type Edit = z.infer<typeof editSchema>;

/** CDS Hooks "action", extended with the edit the overlay applies through the editor. */
export const actionSchema = z.object({
  type: z.enum(['create', 'update', 'delete']),
  description: z.string(),
  edit: editSchema.optional(),
});

/** CDS Hooks "suggestion". `intent` lets the overlay and audit log name the action taken. */
export const suggestionSchema = z.object({
  uuid: z.string(),
  label: z.string(),
  intent: z.enum([
    'call_instead',
    'add_confirmation',
    'plain_words',
    'emergency_instructions',
    'secure_channel',
    'add_footer',
    'other',
  ]),
  isRecommended: z.boolean().optional(),
  actions: z.array(actionSchema),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** CDS Hooks "overrideReason" (a Coding). */
export const overrideReasonSchema = z.object({
  code: z.string(),
  system: z.string(),
  display: z.string(),
});
export type OverrideReason = z.infer<typeof overrideReasonSchema>;

/** An HL7 CDS Hooks card. */
export const cardSchema = z.object({
  uuid: z.string(),
  summary: z.string().max(139),
  detail: z.string(),
  indicator: severitySchema,
  source: z.object({ label: z.string(), topic: z.object({ code: z.string(), display: z.string() }).optional() }),
  suggestions: z.array(suggestionSchema),
  selectionBehavior: z.literal('at-most-one').optional(),
  overrideReasons: z.array(overrideReasonSchema),
});
export type Card = z.infer<typeof cardSchema>;

export const temporalitySchema = z.enum(['recent', 'historical', 'hypothetical']);
export const experiencerSchema = z.enum(['patient', 'other']);

/** What ConText says about one target span. */
export const contextResultSchema = z.object({
  negated: z.boolean(),
  temporality: temporalitySchema,
  experiencer: experiencerSchema,
});
export type ContextResult = z.infer<typeof contextResultSchema>;

export const findingSchema = z.object({
  id: z.string(),
  category: categorySchema,
  severity: severitySchema,
  source: sourceSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  ruleId: z.string(),
  /** Only on `result` findings. */
  abnormal: z.boolean().optional(),
  /** Lexicon entry or topic that matched, e.g. "melanoma", "hiv_sti". */
  concept: z.string().optional(),
  card: cardSchema,
});
export type Finding = z.infer<typeof findingSchema>;

/**
 * What the organization's policy tells the engine (secure-channel and footer rules). The overlay
 * fills it from settings; the engine never reads settings itself.
 */
export const organizationSchema = z.object({
  /** E-mail domains that belong to the organization (e.g. "clinic.org"); any other address is personal. */
  emailDomains: z.array(z.string()).optional(),
  /** The clinic's own phone numbers, any formatting; other numbers in a reply may be personal. */
  clinicPhones: z.array(z.string()).optional(),
  /** The organization's secure video-visit link, offered instead of consumer video apps. */
  secureVideoUrl: z.string().optional(),
  /** The patient-facing footer a reply must carry, already in the patient's language; absent = not required. */
  requiredFooter: z.string().optional(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const analyzeInputSchema = z.object({
  reply: z.string(),
  incoming: z.string().optional(),
  organization: organizationSchema.optional(),
});
export type AnalyzeInput = z.infer<typeof analyzeInputSchema>;
