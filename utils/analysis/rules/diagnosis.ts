import { buildCard, confirmationSuggestion, quote } from '../cards';
import { categoryDetail } from '../data/card-text';
import { diagnosisBridgeWords, diagnosisCuesBefore, organStatePatterns } from '../data/disclosure-cues';
import type { Doc, Span } from '../document';
import { alternation, findAll } from '../phrases';
import type { Finding } from '../schema';
import { callInsteadSuggestion, isQuestion, makeFinding, overlaps } from './shared';

// `diagnosis`: the reply tells the patient of a new or changed diagnosis. A condition counts
// only when a cue asserts it of the patient ("you have", "this is", "consistent with", "the CT
// showed"), so naming an established condition ("for your asthma, keep using ...") is quiet.
// Negated, hypothetical, historical, other people's and patient-quoted conditions are skipped.

const W = '[ \\t]+';
const BRIDGE = `(?:${alternation(diagnosisBridgeWords)}|\\d+(?:\\.\\d+)?|[\\p{L}]+-[\\p{L}]+)`;
const CUE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation(diagnosisCuesBefore)}|is|are)(?:${W}${BRIDGE}){0,6}[ \\t]*[-(:]?[ \\t]*$`,
  'u',
);
const CUE_AFTER = /^[ \t]*(?:\([^)\n]{0,40}\)[ \t]*)?,?[ \t]*(?:is|was|has been|have been)?[ \t]*(?:confirmed|diagnosed|the diagnosis|the cause|causing|what you have|which explains|that explains|explains)\b/u;
const ORGAN_STATE = organStatePatterns.map((p) => new RegExp(p, 'gu'));
const WINDOW = 110;

function qualifies(doc: Doc, span: Span): boolean {
  const c = doc.assess(span.start, span.end);
  return !c.negated && c.temporality === 'recent' && c.experiencer === 'patient' && !c.reported;
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
  for (const m of doc.conditions) {
    const sentence = doc.sentenceOf(m.start);
    if (isQuestion(doc, sentence) || !qualifies(doc, m)) continue;
    const before = CUE_BEFORE.exec(doc.folded.slice(Math.max(sentence.start, m.start - WINDOW), m.start));
    const after = CUE_AFTER.test(doc.folded.slice(m.end, Math.min(sentence.end, m.end + 60)));
    if (!before && !after) continue;
    const span = { start: before ? m.start - before[0].length : m.start, end: m.end };
    while (/\s/.test(doc.text[span.start] as string)) span.start++;
    if (found.some((f) => overlaps(f.span, span))) continue;
    found.push({ span, concept: m.entry.id, serious: m.entry.serious === true });
  }
  for (const re of ORGAN_STATE) {
    for (const m of findAll(re, doc.folded)) {
      const sentence = doc.sentenceOf(m.start);
      if (isQuestion(doc, sentence) || !qualifies(doc, m) || found.some((f) => overlaps(f.span, m))) continue;
      found.push({ span: { start: m.start, end: m.end }, concept: 'organ_state', serious: false });
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
