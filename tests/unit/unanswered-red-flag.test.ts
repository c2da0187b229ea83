import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';

// A red flag in the patient's message that the reply leaves unanswered is a critical finding on
// the reply; sending to emergency care or calling now answers it; rest, fluids, waiting, a call
// tomorrow or a conditional "if it gets worse" do not.

const CHEST = 'I have crushing chest pain and my left arm is numb.';
const SUICIDAL = "I don't see the point anymore. I've been thinking about ending my life.";
const unanswered = (reply: string, incoming = CHEST) =>
  analyze({ reply, incoming }).filter((f) => f.ruleId === 'urgent.unanswered');

describe('unanswered red flags', () => {
  it.each([
    'Rest and drink plenty of fluids; call back tomorrow if it is not better.',
    'Sounds like a muscle strain. Take ibuprofen and we will see you at your appointment next week.',
    'If it gets worse, go to the ER.',
    'We will call you tomorrow morning.',
    "I've forwarded your message to the nurse; she'll get back to you in 1-2 business days.",
  ])('flags "%s"', (reply) => {
    const [finding] = unanswered(reply);
    expect(finding).toMatchObject({ category: 'urgent', severity: 'critical', source: 'reply' });
    expect(finding?.card.summary).toContain('crushing chest pain');
    const edit = finding?.card.suggestions[0]?.actions[0]?.edit;
    expect(edit?.kind).toBe('prepend');
    expect(edit && 'text' in edit ? edit.text : '').toMatch(/911/);
  });

  it.each([
    'Please call 911 now. Do not drive yourself.',
    'Please go to the nearest emergency department right away.',
    "Take him to the Children's ER now.",
    'Dr. Lee is calling you right now.',
    'We will call you in the next few minutes.',
    'Come in now - we have a spot open.',
  ])('accepts "%s"', (reply) => {
    expect(unanswered(reply)).toEqual([]);
  });

  it('uses the crisis line for suicidal statements', () => {
    const [finding] = unanswered('Thanks for your message, we will talk at your visit next month.', SUICIDAL);
    const edit = finding?.card.suggestions[0]?.actions[0]?.edit;
    expect(edit && 'text' in edit ? edit.text : '').toMatch(/988/);
    expect(unanswered('Please call or text 988 right now.', SUICIDAL)).toEqual([]);
  });

  it('stays quiet without a red flag, and on an empty reply', () => {
    expect(unanswered('Rest and fluids.', 'Can I get a refill of my inhaler?')).toEqual([]);
    expect(unanswered('   ')).toEqual([]);
  });
});
