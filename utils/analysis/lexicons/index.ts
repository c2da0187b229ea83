import type { z } from 'zod';
import * as conditionsFile from './conditions';
import * as drugsFile from './drugs';
import * as jargonFile from './jargon';
import * as redFlagFramesFile from './red-flag-frames';
import * as redFlagsFile from './red-flags';
import {
  type ConditionEntry,
  conditionEntrySchema,
  type DrugEntry,
  drugEntrySchema,
  type JargonEntry,
  jargonEntrySchema,
  type LexiconMeta,
  lexiconFileSchema,
  type RedFlagEntry,
  redFlagEntrySchema,
  type RedFlagFrame,
  redFlagFrameSchema,
  type SensitiveEntry,
  sensitiveEntrySchema,
  type TestEntry,
  testEntrySchema,
} from './schema';
import * as sensitiveFile from './sensitive';
import * as testsFile from './tests';

// Loads every lexicon once, validating it so a bad entry fails at start-up with its file,
// index and key instead of silently never matching. Policy extensions go through the same
// validateLexicon so an administrator's typo is reported the same way.

export interface ValidatedLexicon<T> {
  meta: LexiconMeta;
  entries: T[];
}

/** Validate one lexicon file; throws an Error naming the file, the entry index and the key. */
export function validateLexicon<S extends z.ZodTypeAny>(
  name: string,
  entrySchema: S,
  data: unknown,
): ValidatedLexicon<z.output<S>> {
  const result = lexiconFileSchema(entrySchema).safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path ?? [];
    const where =
      path[0] === 'entries' && typeof path[1] === 'number'
        ? `entry ${path[1]}${path.length > 2 ? `, key "${path.slice(2).join('.')}"` : ''}`
        : `key "${path.join('.')}"`;
    throw new Error(`Lexicon "${name}": invalid ${where}: ${issue?.message ?? 'unknown error'}`);
  }
  return result.data as ValidatedLexicon<z.output<S>>;
}

/** A red-flag entry with its patterns compiled once (case-insensitive, Unicode, as the matcher runs them). */
export type CompiledRedFlag = RedFlagEntry & { regexes: RegExp[] };

/** Compile every red-flag pattern; throws naming the entry id and the pattern on a bad regex. */
export function compileRedFlags(name: string, entries: RedFlagEntry[]): CompiledRedFlag[] {
  return entries.map((entry, index) => ({
    ...entry,
    regexes: entry.patterns.map((source, p) => {
      try {
        return new RegExp(source, 'iu');
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(
          `Lexicon "${name}": invalid entry ${index}, key "patterns.${p}" (${entry.id}): bad regex /${source}/: ${reason}`,
        );
      }
    }),
  }));
}

const conditionsLexicon = validateLexicon('conditions', conditionEntrySchema, conditionsFile);
const drugsLexicon = validateLexicon('drugs', drugEntrySchema, drugsFile);
const testsLexicon = validateLexicon('tests', testEntrySchema, testsFile);
const redFlagsLexicon = validateLexicon('red-flags', redFlagEntrySchema, redFlagsFile);
const redFlagFramesLexicon = validateLexicon('red-flag-frames', redFlagFrameSchema, redFlagFramesFile);
const sensitiveLexicon = validateLexicon('sensitive', sensitiveEntrySchema, sensitiveFile);
const jargonLexicon = validateLexicon('jargon', jargonEntrySchema, jargonFile);

export const conditions: ConditionEntry[] = conditionsLexicon.entries;
export const drugs: DrugEntry[] = drugsLexicon.entries;
export const tests: TestEntry[] = testsLexicon.entries;
export const redFlags: CompiledRedFlag[] = compileRedFlags('red-flags', redFlagsLexicon.entries);
export const redFlagFrames: RedFlagFrame[] = redFlagFramesLexicon.entries;
export const sensitive: SensitiveEntry[] = sensitiveLexicon.entries;
export const jargon: JargonEntry[] = jargonLexicon.entries;

/** Name, source and date of every lexicon, for the options page and audit reports. */
export const lexiconMeta: LexiconMeta[] = [
  conditionsLexicon.meta,
  drugsLexicon.meta,
  testsLexicon.meta,
  redFlagsLexicon.meta,
  redFlagFramesLexicon.meta,
  sensitiveLexicon.meta,
  jargonLexicon.meta,
];
