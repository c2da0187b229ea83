import { z } from 'zod';

// Shape of ConText modifier rules, modelled on medspaCy's ConTextRule (literal, category,
// direction, pattern, max_scope, allowed_types, terminated_by). The rule file groups literals
// that share settings; `expandRuleFile` turns it into one rule per literal.

export const contextCategorySchema = z.enum([
  'NEGATED_EXISTENCE',
  'POSSIBLE_EXISTENCE',
  /** Affirms ("positive for", "showed"); cuts negation and uncertainty scopes. */
  'DEFINITE_EXISTENCE',
  'HISTORICAL',
  'HYPOTHETICAL',
  /** Asserts the present ("now", "today"); cuts HISTORICAL scopes. */
  'CURRENT',
  'FAMILY',
  'OTHER_EXPERIENCER',
  /** "you", "your", "the patient": the patient is the experiencer; cuts FAMILY scopes. */
  'PATIENT_EXPERIENCER',
  'PATIENT_REPORTED',
  'PSEUDO',
  'TERMINATE',
]);
export type ContextCategory = z.infer<typeof contextCategorySchema>;

export const directionSchema = z.enum(['FORWARD', 'BACKWARD', 'BIDIRECTIONAL', 'TERMINATE', 'PSEUDO']);
export type Direction = z.infer<typeof directionSchema>;

const settings = {
  category: contextCategorySchema,
  direction: directionSchema,
  /** Scope limit in tokens on each side; default is the sentence. */
  max_scope: z.number().int().positive().optional(),
  /** Target types this rule may modify; absent means all. */
  allowed_types: z.array(z.string().min(1)).min(1).optional(),
  /** Categories (besides TERMINATE and its own) whose modifiers cut this rule's scope. */
  terminated_by: z.array(contextCategorySchema).optional(),
  /** Only in text addressed to the patient ("you"), where he/she/his/her mean someone else. */
  second_person_only: z.boolean().optional(),
  /** The match itself is the scope (text inside quotation marks). */
  scope_is_match: z.boolean().optional(),
};

/** Literal text, matched case-insensitively on word boundaries. */
const literal = z
  .string()
  .min(1)
  .refine((t) => t === t.trim() && t === t.toLowerCase(), 'lowercase, no leading or trailing spaces');

const consistent = (r: { category: ContextCategory; direction: Direction }) =>
  (r.direction === 'PSEUDO') === (r.category === 'PSEUDO') &&
  (r.direction === 'TERMINATE') === (r.category === 'TERMINATE');
const consistentMessage = 'PSEUDO and TERMINATE are both a category and a direction, and go together';

export const contextRuleSchema = z
  .strictObject({
    literal,
    /** Regular expression source over lowercased text, for phrasings a literal cannot hold. */
    pattern: z
      .string()
      .refine((p) => {
        try {
          new RegExp(p, 'gu');
          return true;
        } catch {
          return false;
        }
      }, 'not a valid regular expression')
      .optional(),
    ...settings,
  })
  .refine(consistent, consistentMessage);
export type ContextRule = z.infer<typeof contextRuleSchema>;

const literalGroupSchema = z.strictObject({ literals: z.array(literal).min(1), ...settings }).refine(consistent, consistentMessage);

export const contextRuleFileSchema = z.strictObject({
  meta: z.strictObject({ name: z.string(), source: z.string(), updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  /** Like medspaCy's terminating_types: categories whose modifiers cut another category's scope. */
  terminating_types: z.partialRecord(contextCategorySchema, z.array(contextCategorySchema)),
  rules: z.array(z.union([literalGroupSchema, contextRuleSchema])).min(1),
});
export type ContextRuleFile = z.input<typeof contextRuleFileSchema>;

/** Validate a rule file and expand literal groups; the error names the bad rule and key. */
export function expandRuleFile(raw: unknown): { rules: ContextRule[]; terminatingTypes: Partial<Record<ContextCategory, ContextCategory[]>> } {
  const parsed = contextRuleFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid ConText rules at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown error'}`);
  }
  const rules = parsed.data.rules.flatMap((entry): ContextRule[] => {
    if (!('literals' in entry)) return [entry];
    const { literals, ...rest } = entry;
    return literals.map((l) => ({ literal: l, ...rest }));
  });
  return { rules, terminatingTypes: parsed.data.terminating_types };
}
