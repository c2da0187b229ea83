import type {
  ConditionEntry,
  DrugEntry,
  JargonEntry,
  LexiconMeta,
  RedFlagFrame,
  SensitiveEntry,
  TestEntry,
} from './schema';
import { type CompiledRedFlag, loadLexicons } from './load';

// Every lexicon, validated when this module loads (see load.ts). The engine itself calls
// loadLexicons() on first use instead, so the content script does not validate at page start.

export { type CompiledRedFlag, compileRedFlags, type ValidatedLexicon, validateLexicon } from './load';

const lexicons = loadLexicons();

export const conditions: ConditionEntry[] = lexicons.conditions;
export const drugs: DrugEntry[] = lexicons.drugs;
export const tests: TestEntry[] = lexicons.tests;
export const redFlags: CompiledRedFlag[] = lexicons.redFlags;
export const redFlagFrames: RedFlagFrame[] = lexicons.redFlagFrames;
export const sensitive: SensitiveEntry[] = lexicons.sensitive;
export const jargon: JargonEntry[] = lexicons.jargon;

/** Name, source and date of every lexicon, for the options page and audit reports. */
export const lexiconMeta: LexiconMeta[] = lexicons.meta;
