import { buildCard, confirmationSuggestion, quote } from '../cards';
import { categoryDetail } from '../data/card-text';
import {
  dosePattern,
  clinicianSubjects,
  deferredToVisitMarkers,
  genericTreatmentWords,
  immediacyWords,
  notAPrescription,
  pastChangeVerbs,
  prescribingVerbs,
  startDeferredMarkers,
  therapyChangePassive,
  therapyChangeVerbs,
  unchangedMarkers,
  weakTherapyVerbs,
} from '../data/disclosure-cues';
import type { Doc, Span } from '../document';
import { alternation, findAll, phraseRegex } from '../phrases';
import type { Finding } from '../schema';
import { createSpanIndex, DisjointSpans, lowerBound } from '../span-index';
import { aboutPatient, callInsteadSuggestion, isDeferred, isQuestion, makeFinding, memoized, nextSentence } from './shared';

// `therapy_change`: the reply starts, stops, holds, raises, lowers, switches or tapers a
// medication or treatment. A change verb needs a treatment as its object ("bump the sertraline
// to 100"); refills, "continue", "same dose" and changes only to be discussed later are quiet.

const VERB = phraseRegex(therapyChangeVerbs);
/** "I've increased", "we stopped": a past change counts when the clinician made it. */
const PAST_VERB = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${clinicianSubjects.join('|').replace(/ /g, '[ \\t]+')})(?:[ \\t]+(?:just|now|also|already))?[ \\t]+(?:${alternation(pastChangeVerbs)})(?![\\p{L}\\p{N}])`,
  'gu',
);
const WEAK = new Set(weakTherapyVerbs);
const PRESCRIBING = new Set(prescribingVerbs);
const UNCHANGED_ALL = phraseRegex(unchangedMarkers);
const PASSIVE = phraseRegex(therapyChangePassive);
const GENERIC = phraseRegex(genericTreatmentWords);
const DOSE = new RegExp(dosePattern, 'gu');
const INSTEAD_OF = /\binstead of\b(?:[ \t]+[\w/.-]+){1,3}/gu;
const CLAUSE_BREAK = /[;:!?\n]|\.(?:\s|$)|\b(?:but|because|so that|if|when|until|once|after|before|without|while|since)\b/u;
const START_DEFERRED = phraseRegex(startDeferredMarkers, 'u');
const NOT_A_PRESCRIPTION = phraseRegex(notAPrescription, 'u');
const TO_VISIT = phraseRegex(deferredToVisitMarkers, 'u');
const IMMEDIATE = phraseRegex(immediacyWords, 'u');
const OBJECT_WINDOW = 50;
/**
 * Cues before and after a verb ("we can talk about ...", "... at your visit") are read within this
 * many characters of it (the longest corpus sentence has 238): in a run-on paste a cue that far
 * away does not govern the verb, and the rule stays linear in the length of the sentence.
 */
const CUE_REACH = 500;

interface Treatment extends Span {
  concept: string;
}

function treatments(doc: Doc): Treatment[] {
  const named = doc.drugs.map((m) => ({ start: m.start, end: m.end, concept: m.entry.id }));
  const namedIndex = createSpanIndex(named);
  const generic = findAll(GENERIC, doc.folded)
    .filter((g) => !namedIndex.overlapsAny(g))
    .map((g) => ({ start: g.start, end: g.end, concept: 'treatment' }));
  return [...named, ...generic].sort((a, b) => a.start - b.start);
}

/** The first dose/frequency phrase in [from, to), searched in that window only (linear time). */
function firstDose(doc: Doc, from: number, to: number): Span | undefined {
  DOSE.lastIndex = 0;
  const m = DOSE.exec(doc.folded.slice(from, to));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : undefined;
}

/** Extend a span over the dose/frequency phrases that follow it ("from 50 mg to 100 mg daily"). */
function extendOverDose(doc: Doc, end: number, limit: number): number {
  let reach = end;
  for (;;) {
    const m = firstDose(doc, reach, Math.min(limit, reach + 60));
    if (!m || m.start > reach + 28 || CLAUSE_BREAK.test(doc.folded.slice(reach, m.start))) return reach;
    reach = m.end;
  }
}

function hasDoseAfter(doc: Doc, from: number, limit: number): boolean {
  return firstDose(doc, from, Math.min(limit, from + 60)) !== undefined;
}

/**
 * Negation, other people and the past come from ConText. Its hypothetical is not used: in a
 * reply, "I recommend starting" or "we will start" is a decided plan, and the real conditionals
 * ("if", "whether", "talk about") are the deferral markers. A patient report counts only when it
 * governs the verb ("you said you stopped the lisinopril"), not a reading earlier in the sentence.
 */
function qualifies(doc: Doc, span: Span): boolean {
  const c = doc.assess(span.start, span.end);
  if (c.negated || !aboutPatient(doc, c, span) || c.temporality === 'historical') return false;
  return !c.modifiers.some((m) => m.category === 'PATIENT_REPORTED' && m.end <= span.start && span.start - m.end < 12);
}

/** "Let's go over the risks by video before you start": the next sentence defers the start. */
function deferredByNext(doc: Doc, sentence: Span): boolean {
  return memoized(doc, `deferred-by-next:${sentence.start}`, () => {
    const next = nextSentence(doc, sentence);
    return START_DEFERRED.test(doc.folded.slice(sentence.start, next?.end ?? sentence.end));
  });
}

/** "keep taking", "continue", "hold you at", "refill ... same dose" govern the verb or the sentence. */
function unchanged(doc: Doc, sentence: Span, verb: Span, weak: boolean): boolean {
  const from = Math.max(sentence.start, verb.start - 25);
  const near = doc.folded.slice(from, Math.min(sentence.end, verb.end + 20));
  if (findAll(UNCHANGED_ALL, near).some((m) => m.start + from <= verb.end && m.end + from >= verb.start)) return true;
  if (!weak) return false;
  // A weak verb ("sent", "take") is unchanged when its sentence, or a short next one ("Same
  // settings, no changes."), says so.
  const next = nextSentence(doc, sentence);
  const to = next && next.end - next.start < 60 ? next.end : sentence.end;
  return memoized(doc, `unchanged:${sentence.start}:${to}`, () => {
    UNCHANGED_ALL.lastIndex = 0;
    return UNCHANGED_ALL.test(doc.folded.slice(sentence.start, to));
  });
}

function card(doc: Doc, span: Span) {
  return buildCard({
    key: `therapy:${doc.source}:${span.start}:${span.end}`,
    summary: `Treatment change in a message: “${quote(doc.text.slice(span.start, span.end))}”. Consider a call to agree the plan.`,
    detail: categoryDetail.therapy_change,
    severity: 'warning',
    topic: { code: 'therapy_change', display: 'Treatment change' },
    suggestions: [callInsteadSuggestion(doc, span.start, 'therapy_change'), confirmationSuggestion()],
    overrides: ['discussedLive', 'patientAsked', 'callScheduled', 'knownToPatient', 'notApplicable'],
  });
}

export function findTherapyChanges(doc: Doc): Finding[] {
  const all = treatments(doc);
  const found: { span: Span; concept: string; ruleId: string }[] = [];
  const taken = new DisjointSpans<{ span: Span }>((f) => f.span);
  const add = (span: Span, concept: string, ruleId: string) => {
    if (taken.firstOverlap(span)) return;
    const item = { span, concept, ruleId };
    found.push(item);
    taken.add(item);
  };
  /** The first treatment (by start) starting in [from, to). */
  const treatmentIn = (from: number, to: number) => {
    const t = all[lowerBound(all, from, (x) => x.start)];
    return t && t.start < to ? t : undefined;
  };

  const verbs = [...findAll(VERB, doc.folded), ...findAll(PAST_VERB, doc.folded)].sort((a, b) => a.start - b.start);
  for (const verb of verbs) {
    const sentence = doc.sentenceOf(verb.start);
    // "no more than 3,000 mg a day" is a limit, not a stop.
    if (verb.text === 'no more' && /^[ \t]+than\b/.test(doc.folded.slice(verb.end, verb.end + 8))) continue;
    const weak = WEAK.has(verb.text) || PRESCRIBING.has(verb.text);
    if (isQuestion(doc, sentence) || unchanged(doc, sentence, verb, weak)) continue;
    const windowEnd = Math.min(sentence.end, verb.end + OBJECT_WINDOW);
    const object = treatmentIn(verb.end, windowEnd);
    const objectOrDose = object ?? doseOnly(doc, verb.end, windowEnd);
    if (!objectOrDose) continue;
    // "New prescription: cephalexin 500 mg": a colon right after the verb introduces its object.
    const between = doc.folded.slice(verb.end, objectOrDose.start).replace(/^[ \t]*:/, '');
    if (CLAUSE_BREAK.test(between) || (PRESCRIBING.has(verb.text) && NOT_A_PRESCRIPTION.test(between))) continue;
    const immediate = IMMEDIATE.test(doc.folded.slice(objectOrDose.end, Math.min(sentence.end, objectOrDose.end + 50)));
    const doseNear = hasDoseAfter(doc, objectOrDose.end, sentence.end) || firstDose(doc, verb.end, objectOrDose.start) !== undefined;
    if (WEAK.has(verb.text) && !immediate && !doseNear) continue;
    if (PRESCRIBING.has(verb.text) && objectOrDose.concept === 'treatment' && !/antibiotic|prescription|cream|drops|inhaler/.test(doc.folded.slice(objectOrDose.start, objectOrDose.end))) continue;
    const span = { start: verb.start, end: extendOverDose(doc, objectOrDose.end, sentence.end) };
    if (isDeferred(doc, sentence, verb.start - CUE_REACH, verb.start) || deferredByNext(doc, sentence)) continue;
    if (TO_VISIT.test(doc.folded.slice(verb.end, Math.min(sentence.end, verb.end + CUE_REACH)))) continue;
    if (!qualifies(doc, span)) continue;
    add(span, objectOrDose.concept, `therapy.${verb.text.replace(/[^a-z]+/g, '_')}`);
  }

  for (const t of all) {
    const sentence = doc.sentenceOf(t.start);
    const tail = doc.folded.slice(t.end, Math.min(sentence.end, t.end + 40));
    PASSIVE.lastIndex = 0;
    const passive = PASSIVE.exec(tail);
    if (passive && !CLAUSE_BREAK.test(tail.slice(0, passive.index))) {
      const span = { start: t.start, end: t.end + passive.index + passive[0].length };
      if (!isDeferred(doc, sentence) && qualifies(doc, span)) add(span, t.concept, 'therapy.passive');
    }
  }

  for (const m of findAll(INSTEAD_OF, doc.folded)) {
    const sentence = doc.sentenceOf(m.start);
    const first = treatmentIn(sentence.start, m.start);
    const dose = doseOnly(doc, sentence.start, m.start);
    const anchor = first ?? dose;
    if (!anchor || isQuestion(doc, sentence) || isDeferred(doc, sentence)) continue;
    const span = { start: anchor.start, end: Math.min(m.end, sentence.end) };
    if (!unchanged(doc, sentence, span, true) && qualifies(doc, span)) add(span, anchor.concept, 'therapy.instead_of');
  }

  return found.map(({ span, concept, ruleId }) =>
    makeFinding(doc, {
      category: 'therapy_change',
      severity: 'warning',
      start: span.start,
      end: span.end,
      ruleId,
      concept,
      card: card(doc, span),
    }),
  );
}

function doseOnly(doc: Doc, from: number, to: number): Treatment | undefined {
  const m = firstDose(doc, from, to);
  if (!m || !/\d/.test(doc.folded.slice(m.start, m.end))) return undefined;
  return { ...m, concept: 'dose' };
}
