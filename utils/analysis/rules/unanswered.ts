import { buildCard, quote } from '../cards';
import { categoryDetail, emergencyText } from '../data/card-text';
import { emergencyDirections, liveContactNow } from '../data/emergency-directions';
import type { Doc } from '../document';
import type { Finding } from '../schema';
import { makeFinding, trimmedSentence } from './shared';

// A red flag left unanswered: the patient's message has an urgent finding, and the reply neither
// sends the patient to emergency or urgent care nor arranges live contact now. A direction given
// only conditionally ("if it gets worse, go to the ER") does not answer a symptom the patient has
// now, and neither do rest, fluids, waiting or a call tomorrow.

// ASCII patterns: no Unicode flag needed, which keeps V8 on its fastest path.
const ANSWERS = [...emergencyDirections, ...liveContactNow].map((source) => new RegExp(source, 'gi'));
const CONDITIONAL_BEFORE = /\b(?:if|should|in case|unless|whenever|when)\b[^.!?\n]*$/;

function answers(doc: Doc): boolean {
  for (const re of ANSWERS) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.folded); m !== null; m = re.exec(doc.folded)) {
      const sentence = doc.sentenceOf(m.index);
      const before = doc.folded.slice(sentence.start, m.index);
      if (!CONDITIONAL_BEFORE.test(before) && !doc.assess(m.index, m.index + m[0].length).negated) return true;
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return false;
}

/** `urgent` findings come from the incoming message; the finding is placed on the reply. */
export function findUnansweredRedFlags(reply: Doc, incoming: Doc | null, urgent: readonly Finding[]): Finding[] {
  const flag = urgent.find((f) => f.source === 'incoming');
  if (!flag || !incoming || reply.text.trim() === '' || answers(reply)) return [];
  const first = reply.sentences.find((s) => reply.text.slice(s.start, s.end).trim() !== '');
  const span = first ? trimmedSentence(reply, first) : { start: 0, end: reply.text.length };
  const words = quote(incoming.text.slice(flag.start, flag.end));
  const action = flag.card.suggestions.find((s) => s.intent === 'emergency_instructions')?.actions[0]?.edit ?? {
    kind: 'prepend' as const,
    text: `${emergencyText['911']}\n\n`,
  };
  return [
    makeFinding(reply, {
      category: 'urgent',
      severity: 'critical',
      start: span.start,
      end: span.end,
      ruleId: 'urgent.unanswered',
      concept: flag.concept ?? 'red_flag',
      card: buildCard({
        key: `unanswered:${span.start}:${span.end}:${flag.id}`,
        summary: `The patient wrote “${words}”, and this reply does not send them to emergency care or call them now.`,
        detail: `${categoryDetail.urgent} Telling the patient to rest, wait, push fluids or call back tomorrow does not answer a red flag.`,
        severity: 'critical',
        topic: { code: 'urgent', display: 'Unanswered red flag' },
        suggestions: [
          {
            label: 'Add emergency instructions',
            intent: 'emergency_instructions',
            recommended: true,
            description: 'Put instructions for emergency care at the top of the reply.',
            edit: action,
          },
        ],
        overrides: ['alreadyCalled', 'patientSafe', 'notApplicable'],
      }),
    }),
  ];
}
