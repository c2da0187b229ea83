import { type ContextAssessment, createContext } from './context';
import { foldCase, normalizePunctuation } from './matcher';
import { findRedFlags, findReplyMentions, type Mention, type RedFlagConcept } from './mentions';
import type {
  ConditionEntry,
  DrugEntry,
  JargonEntry,
  SensitiveEntry,
  TestEntry,
} from './lexicons/schema';
import type { Source } from './schema';
import { sentenceIndexAt, splitSentences } from './segment';

// One analysed text (the reply or the incoming message): its sentences, ConText, and lexicon
// mentions, computed once and shared by every rule. Mentions are computed on first use.

export interface Span {
  start: number;
  end: number;
}

export interface Doc {
  text: string;
  /** Same length as text: typographic punctuation folded to ASCII and lowercased, for regexes. */
  folded: string;
  source: Source;
  sentences: Span[];
  sentenceOf(offset: number): Span;
  assess(start: number, end: number): ContextAssessment;
  readonly conditions: Mention<ConditionEntry>[];
  readonly drugs: Mention<DrugEntry>[];
  readonly tests: Mention<TestEntry>[];
  readonly sensitive: Mention<SensitiveEntry>[];
  readonly jargon: Mention<JargonEntry>[];
  readonly redFlags: Mention<RedFlagConcept>[];
}

function memo<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/** The patient's message stays the same while the clinician types a reply: its Doc is reused. */
let lastIncoming: Doc | undefined;

export function createDoc(text: string, source: Source): Doc {
  if (source === 'incoming' && lastIncoming?.text === text) return lastIncoming;
  const doc = buildDoc(text, source);
  if (source === 'incoming') lastIncoming = doc;
  return doc;
}

function buildDoc(text: string, source: Source): Doc {
  const sentences = splitSentences(text);
  const context = createContext(text, undefined, sentences);
  const folded = foldCase(normalizePunctuation(text));
  const cache = new Map<string, ContextAssessment>();
  const reply = memo(() => findReplyMentions(text, folded));
  const lists = {
    conditions: () => reply().conditions,
    drugs: () => reply().drugs,
    tests: () => reply().tests,
    sensitive: () => reply().sensitive,
    jargon: () => reply().jargon,
    redFlags: memo(() => findRedFlags(text, folded, sentences)),
  };
  return {
    text,
    folded,
    source,
    sentences,
    sentenceOf(offset) {
      return sentences[sentenceIndexAt(sentences, offset)] ?? { start: 0, end: text.length };
    },
    assess(start, end) {
      const key = `${start}:${end}`;
      let result = cache.get(key);
      if (!result) {
        result = context.assess(start, end);
        cache.set(key, result);
      }
      return result;
    },
    get conditions() {
      return lists.conditions();
    },
    get drugs() {
      return lists.drugs();
    },
    get tests() {
      return lists.tests();
    },
    get sensitive() {
      return lists.sensitive();
    },
    get jargon() {
      return lists.jargon();
    },
    get redFlags() {
      return lists.redFlags();
    },
  };
}
