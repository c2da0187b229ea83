import { buildCard, confirmationSuggestion, quote } from '../cards';
import { categoryDetail } from '../data/card-text';
import {
  conditionResolved,
  diagnosisBridgeWords,
  diagnosisCuesBefore,
  establishedBeforeCue,
  generalBeforeCue,
  organStatePatterns,
} from '../data/disclosure-cues';
import type { Doc, Span } from '../document';
import { alternation, findAll, phraseRegex } from '../phrases';
import type { Finding } from '../schema';
import { DisjointSpans } from '../span-index';
import { aboutPatient, callInsteadSuggestion, conditionNamesSomethingElse, isQuestion, makeFinding, negatedHere } from './shared';

// `diagnosis`: the reply tells the patient of a new or changed diagnosis. A condition counts
// only when a cue asserts it of the patient ("you have", "this is", "consistent with", "the CT
// showed"), so naming an established condition ("for your asthma, keep using ...") is quiet.
// Negated, hypothetical, historical, other people's and patient-quoted conditions are skipped.

const W = '[ \\t]+';
const BRIDGE = `(?:${alternation(diagnosisBridgeWords)}|\\d+[a-z]?(?:\\.\\d+)?|[\\p{L}]+-[\\p{L}]+)`;
/** A cue, up to six bridge words, and at most one other word (an adjective) before the condition. */
const CUE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(diagnosisCuesBefore)}|is|are)(?:${W}${BRIDGE}){0,6}(?:${W}[\\p{L}'-]+)?[ \\t]*[-(:]?[ \\t]*$`,
  'u',
);
const CUE_AFTER = /^[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?,?[ \t]*(?:which|that)?[ \t]*(?:is|was|has been|have been|'s)?[ \t]*(?:confirmed|diagnosed|the diagnosis|the cause|causing|what you have|what's causing|what is causing|explains)\b/u;
const ESTABLISHED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(establishedBeforeCue)})[ \\t,]*$`, 'u');
const GENERAL = phraseRegex(generalBeforeCue, 'u');
const RESOLVED = new RegExp(`^[ \\t]+(?:${alternation(conditionResolved)})(?![\\p{L}\\p{N}])`, 'u');
const ORGAN_STATE = organStatePatterns.map((p) => new RegExp(p, 'gu'));
const WINDOW = 110;

/**
 * The patient's own words count when they hold the condition (a quote) or govern it without a
 * break ("you wrote that you think you have pneumonia"); "from what you describe, this is
 * shingles" is the clinician's conclusion drawn from them.
 */
function qualifies(doc: Doc, span: Span): boolean {
  const c = doc.assess(span.start, span.end);
  if (negatedHere(doc, c, span) || c.temporality !== 'recent' || !aboutPatient(doc, c, span)) return false;
  return !c.modifiers.some((m) => m.category === 'PATIENT_REPORTED' && governs(doc, m, span));
}

function governs(doc: Doc, m: Span, span: Span): boolean {
  if (m.start <= span.start && m.end >= span.end) return true;
  if (m.end > span.start || span.start - m.end > 45) return false;
  const basis = /\b(?:what|how|based on|from)[ \t]*$/.test(doc.folded.slice(Math.max(0, m.start - 12), m.start));
  return !basis && !/[,;:]/.test(doc.text.slice(m.end, span.start));
}

function card(doc: Doc, span: Span, serious: boolean) {
  const words = quote(doc.text.slice(span.start, span.end));
  return buildCard({
    key: `diagnosis:${doc.source}:${span.start}:${span.end}`,
    summary: serious
      ? `Serious new diagnosis in a message: “${words}”. Tell the patient by phone, video or in person.`
      : `New diagnosis in a message: “${words}”. Consider telling the patient by phone or video.`,
    detail: categoryDetail.diagnosis,
    severity: 'warning',
    topic: { code: 'diagnosis', display: 'New diagnosis' },
    suggestions: [callInsteadSuggestion(doc, span.start, 'diagnosis'), confirmationSuggestion()],
    overrides: ['discussedLive', 'patientAsked', 'callScheduled', 'knownToPatient', 'notApplicable'],
  });
}

export function findDiagnoses(doc: Doc): Finding[] {
  const found: { span: Span; concept: string; serious: boolean }[] = [];
  const taken = new DisjointSpans<{ span: Span }>((f) => f.span);
  const keep = (item: { span: Span; concept: string; serious: boolean }) => {
    found.push(item);
    taken.add(item);
  };
  for (const m of doc.conditions) {
    if (m.entry.finding) continue;
    const sentence = doc.sentenceOf(m.start);
    if (isQuestion(doc, sentence) || !qualifies(doc, m)) continue;
    const following = doc.folded.slice(m.end, Math.min(sentence.end, m.end + 60));
    if (conditionNamesSomethingElse(doc, m.end) || RESOLVED.test(following)) continue;
    const windowStart = Math.max(sentence.start, m.start - WINDOW);
    const before = CUE_BEFORE.exec(doc.folded.slice(windowStart, m.start));
    const after = CUE_AFTER.test(following);
    if (!before && !after) continue;
    const cueStart = before ? m.start - before[0].length : m.start;
    const lead = doc.folded.slice(Math.max(sentence.start, cueStart - 25), cueStart);
    if (ESTABLISHED.test(lead) || GENERAL.test(`${lead} ${before?.[0] ?? ''}`)) continue;
    const span = { start: cueStart, end: m.end };
    while (/\s/.test(doc.text[span.start] as string)) span.start++;
    if (taken.firstOverlap(span)) continue;
    keep({ span, concept: m.entry.id, serious: m.entry.serious === true });
  }
  for (const re of ORGAN_STATE) {
    for (const m of findAll(re, doc.folded)) {
      const sentence = doc.sentenceOf(m.start);
      if (isQuestion(doc, sentence) || !qualifies(doc, m) || taken.firstOverlap(m)) continue;
      const lead = doc.folded.slice(Math.max(sentence.start, m.start - 25), m.start);
      if (ESTABLISHED.test(lead) || GENERAL.test(lead)) continue;
      keep({ span: { start: m.start, end: m.end }, concept: 'organ_state', serious: false });
    }
  }
  return found.map(({ span, concept, serious }) =>
    makeFinding(doc, {
      category: 'diagnosis',
      severity: 'warning',
      start: span.start,
      end: span.end,
      ruleId: serious ? 'diagnosis.serious' : 'diagnosis.new',
      concept,
      card: card(doc, span, serious),
    }),
  );
}
