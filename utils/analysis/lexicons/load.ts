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

// Loads every lexicon once, validating it so a bad entry fails with its file, index and key
// instead of silently never matching. Policy extensions go through the same validateLexicon so
// an administrator's typo is reported the same way. Validation runs on first use (the first
// analysis), not when the content script starts on every page of the EHR.

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

export interface Lexicons {
  conditions: ConditionEntry[];
  drugs: DrugEntry[];
  tests: TestEntry[];
  redFlags: CompiledRedFlag[];
  redFlagFrames: RedFlagFrame[];
  sensitive: SensitiveEntry[];
  jargon: JargonEntry[];
  /** Name, source and date of every lexicon, for the options page and audit reports. */
  meta: LexiconMeta[];
}

let loaded: Lexicons | undefined;

/** Every lexicon, validated on the first call. */
export function loadLexicons(): Lexicons {
  if (loaded) return loaded;
  const conditionsLexicon = validateLexicon('conditions', conditionEntrySchema, conditionsFile);
  const drugsLexicon = validateLexicon('drugs', drugEntrySchema, drugsFile);
  const testsLexicon = validateLexicon('tests', testEntrySchema, testsFile);
  const redFlagsLexicon = validateLexicon('red-flags', redFlagEntrySchema, redFlagsFile);
  const redFlagFramesLexicon = validateLexicon('red-flag-frames', redFlagFrameSchema, redFlagFramesFile);
  const sensitiveLexicon = validateLexicon('sensitive', sensitiveEntrySchema, sensitiveFile);
  const jargonLexicon = validateLexicon('jargon', jargonEntrySchema, jargonFile);
  loaded = {
    conditions: conditionsLexicon.entries,
    drugs: drugsLexicon.entries,
    tests: testsLexicon.entries,
    redFlags: compileRedFlags('red-flags', redFlagsLexicon.entries),
    redFlagFrames: redFlagFramesLexicon.entries,
    sensitive: sensitiveLexicon.entries,
    jargon: jargonLexicon.entries,
    meta: [
      conditionsLexicon.meta,
      drugsLexicon.meta,
      testsLexicon.meta,
      redFlagsLexicon.meta,
      redFlagFramesLexicon.meta,
      sensitiveLexicon.meta,
      jargonLexicon.meta,
    ],
  };
  return loaded;
}
