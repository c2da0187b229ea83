import { z } from 'zod';

// Shape of every lexicon data file. Data files live beside this one, one per lexicon, each
// starting with a header comment naming its sources and date. They are validated on load
// (and again when policy extends them), so a bad entry fails with its file and index.

/** Specially protected topics (42 CFR Part 2, state HIV/STI, mental-health, genetic, reproductive laws). */
export const protectedTopicSchema = z.enum(['hiv_sti', 'mental_health', 'substance_use', 'genetic', 'reproductive']);
export type ProtectedTopic = z.infer<typeof protectedTopicSchema>;

/** A term is matched case-insensitively on whole words; a trailing plural "s"/"es" is allowed. */
const term = z.string().min(2).refine((t) => t === t.trim() && !/\s{2}/.test(t), 'no leading, trailing or double spaces');
const terms = z.array(term).min(1);

export const metaSchema = z.object({
  name: z.string(),
  source: z.string(),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export const conditionEntrySchema = z.object({
  id: z.string(),
  terms,
  /** Specialty or organ system, for coverage reports. */
  group: z.string(),
  protected: protectedTopicSchema.optional(),
  /** Serious news (cancer, new chronic disease) that is never delivered by message alone. */
  serious: z.boolean().optional(),
  /** A finding (nodule, polyp, mass) or carrier state: disclosed as a result, not a diagnosis. */
  finding: z.boolean().optional(),
});

export const drugEntrySchema = z.object({
  id: z.string(),
  /** Generic name first, then brand names and common abbreviations. */
  terms,
  class: z.string(),
  protected: protectedTopicSchema.optional(),
  /** High-alert medication (ISMP list): a change is always a warning. */
  highAlert: z.boolean().optional(),
});

export const testEntrySchema = z.object({
  id: z.string(),
  terms,
  kind: z.enum(['lab', 'imaging', 'pathology', 'screening', 'vital', 'physiologic', 'genetic']),
  protected: protectedTopicSchema.optional(),
  /** Adult reference interval in the usual US unit; a value outside it is abnormal. */
  range: z.object({ low: z.number().optional(), high: z.number().optional(), unit: z.string() }).optional(),
});

export const redFlagEntrySchema = z.object({
  id: z.string(),
  /** Plain words for the card ("chest pain"). */
  label: z.string(),
  group: z.string(),
  terms: z.array(term).default([]),
  /** Regular expressions (source, matched case-insensitively) for phrasings a term list cannot hold. */
  patterns: z.array(z.string()).default([]),
  /** What to tell the patient: call 911, 988, or come in now. */
  action: z.enum(['911', '988', 'poison_control', 'ed', 'same_day']),
});

/**
 * A red flag written as a frame: one word from each part, all in one sentence with at most
 * `window` characters between the first and the last ("my [chest] feels [tight]", "[blood] in the [vomit]"). Frames generalize where a
 * phrase list cannot enumerate every wording. A word ending in "*" matches any ending ("swell*").
 */
export const redFlagFrameSchema = z.object({
  id: z.string(),
  label: z.string(),
  group: z.string(),
  parts: z.array(z.array(z.string().min(2)).min(1)).min(2),
  window: z.number().int().min(10).max(160).default(60),
  /**
   * `sentence`: all parts in one sentence within the window. `message`: anywhere in the same
   * message ("On chemo." ... "Woke up with chills and 38.5."), for combinations that are red flags
   * wherever they are said.
   */
  scope: z.enum(['sentence', 'message']).default('sentence'),
  action: z.enum(['911', '988', 'poison_control', 'ed', 'same_day']),
});

export const sensitiveEntrySchema = z.object({
  id: z.string(),
  topic: protectedTopicSchema,
  terms,
});

export const jargonEntrySchema = z.object({
  terms,
  /** The plain-language alternative shown to the clinician. */
  lay: z.string(),
});

export const lexiconFileSchema = <T extends z.ZodTypeAny>(entry: T) =>
  z.object({ meta: metaSchema, entries: z.array(entry).min(1) });

export type ConditionEntry = z.infer<typeof conditionEntrySchema>;
export type DrugEntry = z.infer<typeof drugEntrySchema>;
export type TestEntry = z.infer<typeof testEntrySchema>;
export type RedFlagEntry = z.infer<typeof redFlagEntrySchema>;
export type RedFlagFrame = z.infer<typeof redFlagFrameSchema>;
export type SensitiveEntry = z.infer<typeof sensitiveEntrySchema>;
export type JargonEntry = z.infer<typeof jargonEntrySchema>;
export type LexiconMeta = z.infer<typeof metaSchema>;
