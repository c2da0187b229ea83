import { z } from 'zod';

// Shape of the demo's synthetic In Basket threads. Times are relative to page load so that
// "older than 72 hours" and "consent expired" stay true whenever the demo is run.

export const composerKindSchema = z.enum(['textarea', 'quill', 'ckeditor', 'tinymce', 'tiptap', 'iframe', 'shadow']);

const consentSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('on-file'), signedDaysAgo: z.number().int().positive() }),
  z.object({
    status: z.literal('expired'),
    signedDaysAgo: z.number().int().positive(),
    validDays: z.number().int().positive(),
  }),
  z.object({ status: z.literal('none') }),
]);

export const patientSchema = z.object({
  name: z.string().min(1),
  sex: z.enum(['F', 'M']),
  ageYears: z.number().int().min(0).max(120),
  mrn: z.string().regex(/^\d{7,10}$/),
  state: z.object({ code: z.string().length(2), name: z.string().min(1) }),
  consent: consentSchema,
  proxyReader: z.object({ name: z.string().min(1), relationship: z.string().min(1) }).nullable(),
  language: z.object({ code: z.string().min(2), name: z.string().min(1) }),
});

export const patientMessageSchema = z.object({
  hoursAgo: z.number().positive(),
  text: z.string().min(1),
});

export const threadSchema = z.object({
  id: z.number().int().positive(),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  category: z.string().min(1),
  subject: z.string().min(1),
  composer: composerKindSchema,
  patient: patientSchema,
  messages: z.array(patientMessageSchema).min(1),
  /** Reply text the "AI assistant" puts into the composer shortly after load. */
  aiDraft: z.string().min(1).optional(),
});

export type ComposerKind = z.infer<typeof composerKindSchema>;
export type Patient = z.infer<typeof patientSchema>;
export type Thread = z.infer<typeof threadSchema>;
