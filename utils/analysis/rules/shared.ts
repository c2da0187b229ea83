import { callInsteadText } from '../data/card-text';
import { conditionAsModifier, therapyDeferralMarkers } from '../data/disclosure-cues';
import type { ContextAssessment } from '../context';
import type { Doc, Span } from '../document';
import { stableUuid } from '../ids';
import { alternation, phraseRegex } from '../phrases';
import type { Card, Category, Finding, Severity } from '../schema';
import type { SuggestionSpec } from '../cards';
import { sentenceIndexAt } from '../segment';

// Helpers every rule uses: building a finding, sentence facts, and the call-instead edit.

export interface FindingSpec {
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  ruleId: string;
  concept?: string;
  abnormal?: boolean;
  card: Card;
}

export function makeFinding(doc: Doc, spec: FindingSpec): Finding {
  return {
    id: stableUuid(spec.ruleId, doc.source, spec.start, spec.end, spec.concept ?? ''),
    category: spec.category,
    severity: spec.severity,
    source: doc.source,
    start: spec.start,
    end: spec.end,
    ruleId: spec.ruleId,
    ...(spec.abnormal === undefined ? {} : { abnormal: spec.abnormal }),
    ...(spec.concept ? { concept: spec.concept } : {}),
    card: spec.card,
  };
}

/** The sentence without trailing spaces and line breaks. */
export function trimmedSentence(doc: Doc, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(doc.text[end - 1] as string)) end--;
  return { start: span.start, end };
}

/** The sentence after `sentence`, if any. */
export function nextSentence(doc: Doc, sentence: Span): Span | null {
  const index = sentenceIndexAt(doc.sentences, sentence.start);
  return doc.sentences[index] === sentence ? (doc.sentences[index + 1] ?? null) : null;
}

export function isQuestion(doc: Doc, sentence: Span): boolean {
  const { end } = trimmedSentence(doc, sentence);
  return end > sentence.start && doc.text[end - 1] === '?';
}

const sentenceFacts = new WeakMap<Doc, Map<string, boolean>>();

/** A fact about a stretch of the text, computed once per text however many mentions ask. */
export function memoized(doc: Doc, key: string, compute: () => boolean): boolean {
  let facts = sentenceFacts.get(doc);
  if (!facts) {
    facts = new Map();
    sentenceFacts.set(doc, facts);
  }
  let value = facts.get(key);
  if (value === undefined) {
    value = compute();
    facts.set(key, value);
  }
  return value;
}

const deferral = phraseRegex(therapyDeferralMarkers, 'u');

const AS_MODIFIER = new RegExp(`^[ \\t]+(?:${alternation(conditionAsModifier)})(?![\\p{L}\\p{N}])`, 'u');

/** "a diabetes class", "the STI clinic": the condition word at `end` only names another noun. */
export function conditionNamesSomethingElse(doc: Doc, end: number): boolean {
  return AS_MODIFIER.test(doc.folded.slice(end, end + 60));
}

/** "We can talk about starting a statin at your visit": the sentence only plans a discussion. */
export function isDeferred(doc: Doc, sentence: Span, from = sentence.start, to = sentence.end): boolean {
  const start = Math.max(sentence.start, from);
  const end = Math.min(sentence.end, to);
  return memoized(doc, `deferred:${start}:${end}`, () => deferral.test(doc.folded.slice(start, end)));
}

/** Replace the sentence holding the finding with a kind call-back message. */
export function callInsteadSuggestion(
  doc: Doc,
  at: number,
  kind: keyof typeof callInsteadText,
  label = 'Offer a call instead',
): SuggestionSpec {
  const sentence = trimmedSentence(doc, doc.sentenceOf(at));
  return {
    label,
    intent: 'call_instead',
    recommended: true,
    description: 'Replace this sentence with a message that the clinic will call to go over it.',
    edit: { kind: 'replace', start: sentence.start, end: sentence.end, text: callInsteadText[kind] },
  };
}

/**
 * The sign-off: a short line starting with a dash ("-Behavioral Health front desk"), or a short
 * last line of a longer message that is not a sentence ("Psychiatry RN"). Department names there
 * describe the sender, not the patient.
 */
export function inSignOff(doc: Doc, offset: number): boolean {
  const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
  const nl = doc.text.indexOf('\n', offset);
  const lineEnd = nl < 0 ? doc.text.length : nl;
  const line = doc.text.slice(lineStart, lineEnd).trim();
  if (line.length > 70) return false;
  if (/^[-–—~]/.test(line)) return true;
  const isLast = lineStart > 0 && doc.text.slice(lineEnd).trim() === '';
  return isLast && !/[.!?]$/.test(line) && line.split(/\s+/).length <= 8;
}

const DEPENDENT = /^(?:your |the )?(?:child|son|daughter|baby|infant|toddler|kid|newborn|teen|teenager|boy|girl|little one)(?:'s)?$/u;

/**
 * Whether the mention is about the patient. In pediatric portals the reply is written to a parent
 * about the child ("your son's strep test was positive"), so a dependent child counts as the
 * patient; adults ("your mother's cancer", "your husband's flu test") do not.
 */
export function aboutPatient(doc: Doc, c: ContextAssessment, span: Span): boolean {
  if (c.experiencer === 'patient') return true;
  const others = c.modifiers.filter(
    (m) =>
      (m.category === 'FAMILY' || m.category === 'OTHER_EXPERIENCER') &&
      !newClauseBetween(doc, m.end, span.start) &&
      !REPORTING_CLINICIAN.test(doc.folded.slice(m.start, m.end + 16)),
  );
  return others.every((m) => DEPENDENT.test(doc.folded.slice(m.start, m.end).trim()));
}

/** "He thinks it's a ganglion cyst": the pronoun is the clinician reporting, not the experiencer. */
const REPORTING_CLINICIAN = /^(?:he|she|they)[ \t]+(?:thinks|think|says|said|believes|suspects|feels|recommends|wants|would like|is (?:fairly |pretty )?sure|is confident)\b/u;

/** Negation that reaches the span: not from across a new clause ("without a trigger, the diagnosis is"). */
export function negatedHere(doc: Doc, c: ContextAssessment, span: Span): boolean {
  if (!c.negated) return false;
  return c.modifiers.some(
    (m) =>
      m.category === 'NEGATED_EXISTENCE' &&
      !(m.end <= span.start ? newClauseBetween(doc, m.end, span.start) : newClauseBetween(doc, span.end, m.start)),
  );
}

/**
 * "With your family history of heart disease, I'd recommend we switch to atorvastatin": a new
 * clause with its own subject ends what the family modifier was about.
 */
const NEW_CLAUSE = /[,;:][ \t]*(?:i|i'd|i'm|i've|we|we'd|we'll|we're|let's|you|you'll|you're|please|so|dr|he|she|they|this|that|it|the|your)\b/u;

function newClauseBetween(doc: Doc, from: number, to: number): boolean {
  return from < to && NEW_CLAUSE.test(doc.folded.slice(from, to));
}

/** Mentions and matches must not overlap a span already used by another finding of the rule. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
