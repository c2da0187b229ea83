import { buildCard, confirmationSuggestion, quote } from '../cards';
import { categoryDetail } from '../data/card-text';
import {
  abnormalOutcomes,
  doseUnitsAfterNumber,
  genericTestWords,
  normalOutcomes,
  resultLinks,
  revealingVerbs,
  timeUnitsAfterNumber,
  trendWords,
} from '../data/disclosure-cues';
import type { Doc, Span } from '../document';
import type { TestEntry } from '../lexicons/schema';
import { alternation, findAll, phraseRegex } from '../phrases';
import type { Finding } from '../schema';
import { createSpanIndex, DisjointSpans, lowerBound } from '../span-index';
import { aboutPatient, callInsteadSuggestion, isQuestion, makeFinding } from './shared';

// `result`: the reply discloses a specific test, imaging or pathology result or its meaning.
// A test mention becomes a result when an outcome follows it ("came back at 9.1", "showed a
// small fracture", "was normal"), or when "positive/negative for ..." states one. Future,
// conditional, other people's and patient-reported tests are not results (ConText).

const W = '[ \\t]+';
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;

/** Test words, filler ("level", "(goal 2-3)", "from this morning"), then the linking verb. */
const FILLER = String.raw`(?:[ \t]*\([^)\n]{0,40}\))?(?:,?${W}and${W}(?:your${W}|the${W})?[\w'/-]+(?:${W}[\w'/-]+){0,2}?)?(?:${W}of${W}(?:the|your|his|her)(?:${W}[\w'-]+){1,2}?)?(?:${W}(?:test|tests|testing|level|levels|panel|result|results|scan|screen|count|reading|readings|value|score|report|ratio|study|numbers|biopsy|biopsies))?(?:,?${W}(?:from|on|done|taken|drawn|after|before|we did|you had|that we did)(?:${W}[\w'/-]+){1,4}?)?(?:${W}(?:today|yesterday|this morning|this week|last week|again|now))?`;
const LINKED = new RegExp(`^${FILLER}${W}(?:(${alternation(revealingVerbs)})|(${alternation(resultLinks)}))(?![\\p{L}\\p{N}])`, 'u');
/** A value right after the test: "LDL 88", "A1c: 8.4", "INR of 4.2". */
const DIRECT_VALUE = new RegExp(`^(?:[ \\t]*\\([^)\\n]{0,40}\\))?[ \\t]*(?:of|was|is|at|:|=|-)?[ \\t]*${NUMBER}`, 'u');
const VALUE_AFTER_LINK = new RegExp(`^(?:${W}(?:all|also|still|now|only|just|about|around|up|down|at|to|back|a|an))*${W}${NUMBER}`, 'u');
const NORMAL = phraseRegex(normalOutcomes);
const ABNORMAL = phraseRegex(abnormalOutcomes);
const OUTCOME_START = new RegExp(
  `^(?:${W}(?:all|also|still|now|very|completely|totally|entirely|mostly|slightly|a bit|a little|quite|pretty|back|reported as|read as|in|both|strongly|highly|mildly|weakly|each))*${W}(?:(${alternation(normalOutcomes)})|(${alternation(abnormalOutcomes)}))(?![\\p{L}\\p{N}])`,
  'u',
);
const POSITIVE_FOR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:tested|test(?:ed)?${W}came${W}back|came${W}back|was|were|is|are|be)${W})?(positive|negative|reactive|non-?reactive|detected|not${W}detected)${W}(?:for|on)${W}(?:[\\w'.-]+(?:${W}|$)){1,4}`,
  'gu',
);
const ADJECTIVE_BEFORE = new RegExp(`(?:^|${W})(?:a|an|your|the)${W}(?:(${alternation(['normal', 'clear', 'negative', 'benign', 'clean', 'unremarkable'])})|(${alternation(['abnormal', 'positive', 'suspicious', 'elevated', 'high', 'low'])}))${W}$`, 'u');
const TREND = phraseRegex(trendWords, 'u');
const STILL_NORMAL = /\b(?:still|well) (?:within|in|normal)\b|\bwithin (?:the )?normal\b|\bnormal range\b/u;
const RESOLVED = /^(?:healed|healing well|resolved|cleared|gone|passed)$/;
const GOAL_WORDS = /\b(?:goal|target|should be|needs to be|aim|under \d|below \d|less than)\b/;
const TIME_AFTER = new RegExp(timeUnitsAfterNumber, 'u');
const DOSE_AFTER = new RegExp(doseUnitsAfterNumber, 'u');
const GENERIC = phraseRegex(genericTestWords);

interface TestLike extends Span {
  entry?: TestEntry;
}

interface Outcome {
  end: number;
  abnormal: boolean;
  /** The value is inside the test's reference range. */
  inRange?: boolean;
}

function numberAt(doc: Doc, valueStart: number, value: string, entry?: TestEntry): Outcome | null {
  const after = doc.folded.slice(valueStart + value.length, valueStart + value.length + 12);
  if (TIME_AFTER.test(after)) return null;
  if (DOSE_AFTER.test(after) && !entry?.range?.unit.toLowerCase().startsWith(after.trim().slice(0, 2))) return null;
  if (/^\s?\/\s?\d/.test(after) && !/bp|blood pressure/.test(entry?.id ?? '')) return null;
  const n = Number(value.replace(/,/g, ''));
  const range = entry?.range;
  const outOfRange = range ? (range.low !== undefined && n < range.low) || (range.high !== undefined && n > range.high) : false;
  return { end: valueStart + value.length, abnormal: outOfRange, inRange: range !== undefined && !outOfRange };
}

/** A reference statement ("(normal is under 40)", "the normal range is") interprets nothing. */
const REFERENCE = /\((?:normal|goal|target|reference|range)[^)\n]{0,40}\)|\bnormal (?:is|range is|being|cutoff|limit)\b[^,.;\n]{0,30}/gu;

/** Which comes first after `from` in the sentence: a normal or an abnormal word. */
function interpretation(doc: Doc, from: number, to: number): 'normal' | 'abnormal' | null {
  const scan = doc.folded.slice(from, Math.min(to, from + 80)).replace(REFERENCE, (m) => ' '.repeat(m.length));
  NORMAL.lastIndex = 0;
  ABNORMAL.lastIndex = 0;
  const n = NORMAL.exec(scan);
  const a = ABNORMAL.exec(scan);
  if (!n && !a) return null;
  if (n && (!a || n.index <= a.index)) return 'normal';
  // "the fracture has healed", "the infection cleared": a finding followed by its resolution.
  if (n && a && RESOLVED.test(n[0]) && n.index - (a.index + a[0].length) < 25) return 'normal';
  return 'abnormal';
}

function outcomeAfter(doc: Doc, test: TestLike, sentence: Span): Outcome | null {
  const tail = doc.folded.slice(test.end, Math.min(sentence.end, test.end + 140));
  if (test.entry) {
    const direct = DIRECT_VALUE.exec(tail);
    if (direct) {
      const value = direct[1] as string;
      const valueStart = test.end + direct[0].length - value.length;
      const out = numberAt(doc, valueStart, value, test.entry);
      if (out) return withWords(doc, out, sentence);
    }
  }
  const link = LINKED.exec(tail);
  if (!link) return null;
  if (GOAL_WORDS.test(link[0])) return null;
  const verbEnd = test.end + link[0].length;
  const rest = doc.folded.slice(verbEnd, sentence.end);
  if (link[1]) {
    // "showed ...": revealing verbs disclose by themselves; "showed no growth" is a normal one.
    if (/^[ \t]+(?:up\b|(?:you|me|us|them|him|her)[ \t]+(?:how|where|what|the|a|an|around)\b)/.test(rest)) return null;
    const nothing = /^[ \t]+(?:no|nothing|none|neither|not)\b/.test(rest) || /\b(?:not|n't)\b/.test(link[1]);
    const seen = nothing ? 'normal' : interpretation(doc, verbEnd, sentence.end);
    const end = Math.min(sentence.end, verbEnd + phraseLength(rest));
    return { end, abnormal: seen !== 'normal' };
  }
  const value = VALUE_AFTER_LINK.exec(rest);
  if (value && test.entry !== undefined) {
    const v = value[1] as string;
    const out = numberAt(doc, verbEnd + value[0].length - v.length, v, test.entry);
    if (out) return withWords(doc, out, sentence, link[0]);
  }
  const word = OUTCOME_START.exec(rest);
  if (!word) return null;
  // "a little higher than last year but still within normal": the trend is not an abnormal result.
  const stillNormal = word[2] !== undefined && STILL_NORMAL.test(rest.slice(word[0].length, word[0].length + 80));
  return { end: verbEnd + word[0].length, abnormal: word[2] !== undefined && !stillNormal };
}

/** Words around a value can override the range ("which is high", "went up to"). */
function withWords(doc: Doc, out: Outcome, sentence: Span, link = ''): Outcome {
  if (/went up|rose|climbed|jumped|dropped|fell/.test(link)) return { ...out, abnormal: true };
  // The clinician's own words ("118, which is normal" for a 1-hour glucose) outrank the range,
  // except a trend ("lower than last year") about a value that is within its range.
  const said = interpretation(doc, out.end, sentence.end);
  if (said === 'abnormal' && !(out.inRange && TREND.test(doc.folded.slice(out.end, Math.min(sentence.end, out.end + 40))))) {
    return { ...out, abnormal: true };
  }
  if (said === 'normal') return { ...out, abnormal: false };
  return out;
}

/** Length of the disclosed phrase after a revealing verb: up to the clause end, at most ~60 chars. */
function phraseLength(rest: string): number {
  const stop = rest.search(/[,;:.!?\n(]|\s-\s|\b(?:which|but|and we|so we|that means)\b/);
  const len = stop < 0 ? rest.length : stop;
  return Math.min(len, 70);
}

function genericTests(doc: Doc): TestLike[] {
  return findAll(GENERIC, doc.folded).map((m) => ({ start: m.start, end: m.end }));
}

/**
 * A negation after the test is its outcome ("your strep test was negative" is a normal result);
 * only a negation before it ("we don't have your results yet", "no need for a CBC") cancels it.
 */
function qualifiesContext(doc: Doc, span: Span): boolean {
  const c = doc.assess(span.start, span.end);
  const negatedBefore = c.negated && c.modifiers.some((m) => m.category === 'NEGATED_EXISTENCE' && m.end <= span.start);
  return !negatedBefore && c.temporality !== 'hypothetical' && aboutPatient(doc, c, span) && !c.reported;
}

function resultCard(doc: Doc, span: Span, abnormal: boolean) {
  const words = quote(doc.text.slice(span.start, span.end));
  return buildCard({
    key: `result:${doc.source}:${span.start}:${span.end}`,
    summary: abnormal
      ? `Abnormal result in a message: “${words}”. Consider a call to explain it.`
      : `Normal result: “${words}”. Fine to send; say it in plain words.`,
    detail: abnormal ? categoryDetail.result_abnormal : categoryDetail.result_normal,
    severity: abnormal ? 'warning' : 'info',
    topic: { code: 'result', display: abnormal ? 'Abnormal test result' : 'Normal test result' },
    suggestions: abnormal ? [callInsteadSuggestion(doc, span.start, 'result'), confirmationSuggestion()] : [],
    overrides: abnormal ? ['discussedLive', 'patientAsked', 'callScheduled', 'notApplicable'] : ['notApplicable'],
  });
}

export function findResults(doc: Doc): Finding[] {
  const found: { span: Span; abnormal: boolean; concept?: string }[] = [];
  const taken = new DisjointSpans<{ span: Span; abnormal: boolean }>((f) => f.span);
  const add = (span: Span, abnormal: boolean, concept?: string) => {
    const clash = taken.firstOverlap(span);
    if (clash) {
      clash.abnormal ||= abnormal;
      return;
    }
    const item = { span, abnormal, ...(concept ? { concept } : {}) };
    found.push(item);
    taken.add(item);
  };

  const named: TestLike[] = doc.tests.map((m) => ({ start: m.start, end: m.end, entry: m.entry }));
  const namedIndex = createSpanIndex(named);
  const generic = genericTests(doc).filter((g) => !namedIndex.overlapsAny(g));
  for (const test of [...named, ...generic].sort((a, b) => a.start - b.start)) {
    const sentence = doc.sentenceOf(test.start);
    if (isQuestion(doc, sentence) || !qualifiesContext(doc, test)) continue;
    const outcome = outcomeAfter(doc, test, sentence);
    if (outcome) {
      add({ start: test.start, end: outcome.end }, outcome.abnormal, test.entry?.id);
      continue;
    }
    const before = ADJECTIVE_BEFORE.exec(doc.folded.slice(Math.max(sentence.start, test.start - 30), test.start));
    if (before && test.entry) add({ start: test.start - before[0].trimStart().length, end: test.end }, before[2] !== undefined, test.entry.id);
  }

  const subjectsByEnd = [...named, ...generic].sort((a, b) => a.end - b.end);
  /** A test ending at most 40 characters before `at`, inside the sentence. */
  const subjectBefore = (at: number, sentenceStart: number) => {
    for (let i = lowerBound(subjectsByEnd, at - 40, (t) => t.end); i < subjectsByEnd.length; i++) {
      const t = subjectsByEnd[i] as TestLike;
      if (t.end > at) return false;
      if (t.start >= sentenceStart) return true;
    }
    return false;
  };
  const namedThings = createSpanIndex([...doc.conditions, ...doc.tests, ...doc.sensitive]);
  for (const m of findAll(POSITIVE_FOR, doc.folded)) {
    const sentence = doc.sentenceOf(m.start);
    const end = Math.min(m.end, sentence.end);
    const span = { start: m.start, end: trimEnd(doc, m.start, end) };
    if (isQuestion(doc, sentence) || !qualifiesContext(doc, span)) continue;
    // "positive for" states a result only about a test or a condition, not "negative for covering".
    const aboutTest =
      /^tested|^test/.test(m.text) ||
      subjectBefore(m.start, sentence.start) ||
      namedThings.startsIn(m.start, span.end);
    if (!aboutTest) continue;
    add(span, !/negative|non-?reactive|not/.test(m.text));
  }

  return found.map(({ span, abnormal, concept }) =>
    makeFinding(doc, {
      category: 'result',
      severity: abnormal ? 'warning' : 'info',
      start: span.start,
      end: span.end,
      ruleId: abnormal ? 'result.abnormal' : 'result.normal',
      abnormal,
      ...(concept ? { concept } : {}),
      card: resultCard(doc, span, abnormal),
    }),
  );
}

function trimEnd(doc: Doc, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.,;:!?]/.test(doc.text[e - 1] as string)) e--;
  return e;
}
