import { z } from 'zod';

// A site adapter as data: where an EHR screen keeps its composers, send controls, patient
// messages and patient banner, and how to read context from them. Built-in adapters and the ones
// an administrator describes in policy (`siteAdapters`) share this schema, so a policy adapter is
// validated exactly like ours.

const MAX_SELECTOR = 500;

/** Cheap structural check (no DOM here): balanced brackets/parens/quotes, no CSS blocks. */
export function looksLikeSelector(value: string): boolean {
  if (/[{};]/.test(value)) return false;
  const closing: Record<string, string> = { ')': '(', ']': '[' };
  const stack: string[] = [];
  let quote: string | null = null;
  for (const char of value) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') stack.push(char);
    else if (char in closing && stack.pop() !== closing[char]) return false;
  }
  return quote === null && stack.length === 0;
}

export function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'iu');
    return true;
  } catch {
    return false;
  }
}

export const selectorSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_SELECTOR)
  .refine(looksLikeSelector, 'must be a CSS selector such as "[data-testid=patient-banner]"');

export const patternSchema = z
  .string()
  .min(1)
  .max(300)
  .refine(compiles, 'must be a valid regular expression (matched case-insensitively)');

export const adapterNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a short lower-case name such as "generic"');

/**
 * How to read one value: the element (`selector`, relative to the banner or message; the banner
 * or message itself when absent), then an attribute or its text, then the first capture group
 * of the regular expression `match` (or the whole match).
 */
export const fieldReaderSchema = z.object({
  selector: selectorSchema.optional(),
  attribute: z.string().regex(/^[a-z][a-z0-9_:.-]*$/, 'must be an attribute name such as "data-patient-state"').optional(),
  match: patternSchema.optional(),
});
export type FieldReader = z.infer<typeof fieldReaderSchema>;

export const adapterSpecSchema = z.object({
  name: adapterNameSchema,
  label: z.string().trim().min(1).max(80),
  /** Reply composers on this screen (discovery also finds editors on its own). */
  composers: selectorSchema.optional(),
  sendControls: selectorSchema.optional(),
  /**
   * Plain Enter in a composer sends the message while an element matching this selector is in the
   * page (a checked "Enter sends" toggle, or ":root" when Enter always sends), so the send check
   * also catches it. Without it, only Ctrl/Cmd+Enter is treated as a send shortcut.
   */
  enterSends: selectorSchema.optional(),
  /** The block the context bar sits above; the composer itself when absent. */
  composerContainer: selectorSchema.optional(),
  /** The patient's messages in the thread, oldest first. */
  patientMessages: selectorSchema.optional(),
  /** The practice's messages in the thread: a patient message after the last of them awaits a reply. */
  clinicianMessages: selectorSchema.optional(),
  /** Read from each message: when it was sent (ISO 8601 or a date the browser parses). */
  sentAt: fieldReaderSchema.optional(),
  patientBanner: selectorSchema.optional(),
  /** Read from the banner. */
  fields: z
    .object({
      state: fieldReaderSchema,
      consentStatus: fieldReaderSchema,
      consentDate: fieldReaderSchema,
      proxyReader: fieldReaderSchema,
      age: fieldReaderSchema,
      language: fieldReaderSchema,
    })
    .partial()
    .prefault({}),
  /** consentStatus values meaning consent is documented / documented but expired / absent. */
  consentOnFile: patternSchema.default('^(on[- ]?file|yes|true|signed|active)'),
  consentExpired: patternSchema.default('expired'),
  consentNone: patternSchema.default('^(none|no|false|not on file|missing)?$'),
  /** proxyReader values meaning nobody but the patient reads the thread. */
  proxyNone: patternSchema.default('^(none|no|false|n/a)?$'),
});
export type AdapterSpec = z.infer<typeof adapterSpecSchema>;
export type AdapterSpecInput = z.input<typeof adapterSpecSchema>;
