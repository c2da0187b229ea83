import { CONFUSION_CUES, QUESTION_CUES, RECEIPT_CUES, REFUSAL_CUES, TEACH_BACK_CUES } from './data/confirmation-cues';
import { splitSentences } from './segment';

// Reads a patient's reply to a confirmation request, sentence by sentence. Confirmed only when
// something confirms (receipt and understanding, or the plan in their own words) and nothing
// asks, doubts or refuses: a question means the loop is still open, it needs an answer.

export type ConfirmationVerdict = 'confirmed' | 'question' | 'confusion' | 'refusal' | 'unrelated';

export interface ConfirmationReading {
  verdict: ConfirmationVerdict;
  /** Sentence offsets that decided the verdict (never the text itself). */
  evidence: { start: number; end: number }[];
}

const matchesAny = (cues: readonly RegExp[], text: string) => cues.some((cue) => cue.test(text));

/** Worst first: one sentence of these outweighs any number of confirming ones. */
const BLOCKERS: [ConfirmationVerdict, readonly RegExp[]][] = [
  ['refusal', REFUSAL_CUES],
  ['confusion', CONFUSION_CUES],
  ['question', QUESTION_CUES],
];

export function readConfirmation(text: string): ConfirmationReading {
  const sentences = splitSentences(text).map((span) => ({ span, text: text.slice(span.start, span.end) }));
  for (const [verdict, cues] of BLOCKERS) {
    const hits = sentences.filter((s) => matchesAny(cues, s.text));
    if (hits.length) return { verdict, evidence: hits.map((s) => s.span) };
  }
  const confirming = sentences.filter((s) => matchesAny(RECEIPT_CUES, s.text) || matchesAny(TEACH_BACK_CUES, s.text));
  return confirming.length
    ? { verdict: 'confirmed', evidence: confirming.map((s) => s.span) }
    : { verdict: 'unrelated', evidence: [] };
}

export const isConfirmation = (text: string): boolean => readConfirmation(text).verdict === 'confirmed';
