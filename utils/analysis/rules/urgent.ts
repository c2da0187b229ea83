import { buildCard, quote } from '../cards';
import { categoryDetail, emergencyText } from '../data/card-text';
import type { ContextAssessment } from '../context';
import type { Doc } from '../document';
import type { Finding } from '../schema';
import { makeFinding } from './shared';

// `urgent`: red-flag symptoms in the patient's incoming message. A parent writing about a child
// is still urgent, so the experiencer is not checked; negated ("no chest pain"), resolved or
// past ("the chest pain I had last month is gone") and conditional ("if I get chest pain")
// mentions are quiet. ConText's broader hypothetical ("everyone would be better off without
// me") is not used: missing a red flag costs more than a false alarm. One finding per red flag.

/**
 * Words like "can't" and "won't" are part of many red flags ("can't breathe", "can't find her
 * words", "won't stop bleeding"); only a denial ("no chest pain", "denies", "not having") negates.
 */
const SYMPTOM_NEGATOR = /^(?:without stopping|can['’]?t|cannot|can not|couldn['’]?t|unable|not able|won['’]?t|wont|doesn['’]?t|does not|isn['’]?t|is not|haven['’]?t|hasn['’]?t|not going|don['’]?t want|dont want|do not want|no one|no reason|no point|nothing)/u;

function denied(doc: Doc, c: ContextAssessment): boolean {
  if (!c.negated) return false;
  return c.modifiers.some((m) => {
    if (m.category !== 'NEGATED_EXISTENCE') return false;
    const words = doc.folded.slice(m.start, Math.min(doc.folded.length, m.end + 12));
    return !SYMPTOM_NEGATOR.test(words);
  });
}

/**
 * Not a symptom now: a real conditional ("if I get chest pain", "what if"), a question about
 * warning signs or side effects ("Zoloft can cause suicidal thoughts", "the warning signs of a
 * stroke"), or a joke ("I feel like I'm dying lol").
 */
const NOT_NOW = /\b(?:if|in case|what if|whether|unless|should i|when should|ever|can cause|may cause|could cause|causes|side effects?|warning signs|signs of|symptoms of|risk of|watch for|look out for|read that|heard that)\b/u;
const JOKE = /(?:\b(?:lol|lmao|haha+|jk|kidding)\b|😂|🤣)/u;

function notNow(doc: Doc, span: { start: number; end: number }): boolean {
  const sentence = doc.sentenceOf(span.start);
  return NOT_NOW.test(doc.folded.slice(sentence.start, span.start)) || JOKE.test(doc.folded.slice(sentence.start, sentence.end));
}

export function findUrgent(doc: Doc): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const m of doc.redFlags) {
    if (seen.has(m.entry.id)) continue;
    const c = doc.assess(m.start, m.end);
    if (denied(doc, c) || c.temporality === 'historical' || notNow(doc, m)) continue;
    seen.add(m.entry.id);
    const words = quote(doc.text.slice(m.start, m.end));
    const action = m.entry.action;
    out.push(
      makeFinding(doc, {
        category: 'urgent',
        severity: 'critical',
        start: m.start,
        end: m.end,
        ruleId: `urgent.${m.entry.id}`,
        concept: m.entry.id,
        card: buildCard({
          key: `urgent:${doc.source}:${m.start}:${m.end}`,
          summary: `Red flag (${m.entry.label}): the patient wrote “${words}”. Call now or direct to emergency care.`,
          detail: categoryDetail.urgent,
          severity: 'critical',
          topic: { code: 'urgent', display: 'Red-flag symptom' },
          suggestions: [
            {
              label: action === '988' ? 'Add crisis line instructions (988, 911)' : 'Add emergency instructions',
              intent: 'emergency_instructions',
              recommended: true,
              description: 'Put instructions for emergency care at the top of the reply.',
              edit: { kind: 'prepend', text: `${emergencyText[action]}\n\n` },
            },
            {
              label: 'Say you are calling now',
              intent: 'call_instead',
              description: 'Tell the patient a clinician is calling them now.',
              edit: {
                kind: 'prepend',
                text: 'We are calling you right now at the number in your chart. If you do not hear from us in 10 minutes, call 911.\n\n',
              },
            },
          ],
          overrides: ['alreadyCalled', 'patientSafe', 'notApplicable'],
        }),
      }),
    );
  }
  return out;
}
