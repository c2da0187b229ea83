import { describe, expect, it } from 'vitest';
import { isConfirmation, readConfirmation } from '../../utils/analysis/confirmation';

const verdict = (text: string) => readConfirmation(text).verdict;

describe('confirmation detector: positives', () => {
  it.each([
    'Received and understood, thank you.',
    "Got it, I'll start it tomorrow.",
    'Thanks doctor. So I need to take the new pill every morning with breakfast and call if I get dizzy.',
    'OK thanks, got it. My cholesterol is high so I will start the statin tonight and get the blood test in 6 weeks.',
    'That means my thyroid is low. I will take the medicine before breakfast.',
    'Makes sense. I will stop the ibuprofen and use Tylenol instead.',
    'Recibido, gracias. Voy a empezar la pastilla mañana.',
    'Entendido. Tengo que tomar la medicina cada mañana.',
    'Thanks, will do.',
    'I understand, thank you for explaining.',
    'Thank you for letting me know. I will call the office to book the MRI and stop the naproxen until then.',
  ])('%s', (text) => {
    expect(verdict(text)).toBe('confirmed');
    expect(isConfirmation(text)).toBe(true);
  });

  it('points at the confirming sentences by offset, without copying text', () => {
    const text = 'Hello. Got it, I will start tomorrow.';
    const reading = readConfirmation(text);
    expect(reading.evidence).toHaveLength(1);
    const [span] = reading.evidence;
    expect(text.slice(span!.start, span!.end)).toBe('Got it, I will start tomorrow.');
  });
});

describe('confirmation detector: not confirmed', () => {
  it.each([
    ['Got it, but should I take it with food?', 'question'],
    ['Thanks. What dose am I supposed to take', 'question'],
    ['¿Cuándo empiezo la pastilla?', 'question'],
    ["I got your message but I don't understand what the result means.", 'confusion'],
    ['Received. Not sure what I should do next.', 'confusion'],
    ['I am confused, the letter says something else.', 'confusion'],
    ['No entiendo el resultado.', 'confusion'],
    ["Got it. I'm not going to take that medicine, it made me sick last time.", 'refusal'],
    ["I won't start the statin.", 'refusal'],
    ['Recibido, pero no voy a tomar la pastilla.', 'refusal'],
    ["Thanks. I don't think I'll take it, I feel fine.", 'refusal'],
    ["Got it, but I can't afford the new inhaler.", 'refusal'],
    ["I'll think about it.", 'unrelated'],
    ['Ok', 'unrelated'],
    ['Thank you!', 'unrelated'],
    ['Can you refill my inhaler please', 'question'],
    ['My daughter will drive me to the appointment on Friday.', 'unrelated'],
    ['I have had a headache since Monday.', 'unrelated'],
    ['', 'unrelated'],
  ])('%s -> %s', (text, expected) => {
    expect(verdict(text)).toBe(expected);
    expect(isConfirmation(text)).toBe(false);
  });
});
