import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import type { Category, Finding } from '../../utils/analysis/schema';

// One behaviour per test: each category fires on a real disclosure, and each context trap from the
// issue keeps it quiet. Texts are written for these tests, not taken from the corpora.

const reply = (text: string, incoming?: string) => analyze({ reply: text, ...(incoming ? { incoming } : {}) });
const of = (findings: Finding[], category: Category) => findings.filter((f) => f.category === category);
const spanText = (text: string, f: Finding) => text.slice(f.start, f.end);

describe('diagnosis', () => {
  it.each([
    ['The spot we removed turned out to be melanoma.', 'melanoma'],
    ['Your foot pain is consistent with gout.', 'gout'],
    ['Your A1c of 7.4 means you have type 2 diabetes.', 'type 2 diabetes'],
    ['The x-ray shows pneumonia in your left lung.', 'pneumonia'],
    ['From the photo, this looks like shingles.', 'shingles'],
    ['Impression: mild persistent asthma.', 'asthma'],
    ["He looked at your photo - he thinks it's a ganglion cyst.", 'ganglion cyst'],
    ['With hives for six weeks without a clear trigger, the diagnosis is chronic urticaria.', 'urticaria'],
  ])('flags "%s"', (text, condition) => {
    const found = of(reply(text), 'diagnosis');
    expect(found).toHaveLength(1);
    expect(spanText(text, found[0] as Finding)).toContain(condition);
    expect(found[0]?.severity).toBe('warning');
  });

  it.each([
    ['negation', 'The biopsy showed no sign of cancer.'],
    ['conditional', 'If this turns out to be strep, we will call in an antibiotic.'],
    ["another person's", "I'm sorry to hear about your mother's breast cancer."],
    ['past history', 'Given your history of DVT, please walk every hour on the flight.'],
    ['established condition as context', 'For your asthma, keep using the inhaler twice a day.'],
    ['general teaching', 'Chest pain after surgery can be a sign of a blood clot.'],
    ['patient words quoted back', 'You wrote "I think I have a sinus infection" - let us see you first.'],
    ['already known', 'Because you are pregnant, we will hold off on the x-ray.'],
    ['a finding, not a diagnosis', 'The CT showed a 6 mm nodule in your right lung.'],
    ['a condition naming a visit', 'You have a diabetes education class on Tuesday at 2.'],
  ])('is quiet for %s', (_trap, text) => {
    expect(of(reply(text), 'diagnosis')).toEqual([]);
  });
});

describe('result', () => {
  it('marks an abnormal value outside the reference range as a warning', () => {
    const text = 'Your potassium was 5.9 on this morning’s labs.';
    const [found] = of(reply(text), 'result');
    expect(found).toMatchObject({ severity: 'warning', abnormal: true, ruleId: 'result.abnormal' });
    expect(spanText(text, found as Finding)).toBe('potassium was 5.9');
  });

  it('marks a normal value as info', () => {
    const text = 'Your TSH was 2.1, right in the normal range.';
    const [found] = of(reply(text), 'result');
    expect(found).toMatchObject({ severity: 'info', abnormal: false });
  });

  it.each([
    ['imaging that shows something', 'The MRI showed a torn meniscus.', true],
    ['a negative test', 'Your strep test was negative.', false],
    ['positive for', 'Your urine culture came back positive for E. coli.', true],
    ['normal imaging', 'Your mammogram was normal.', false],
  ])('discloses %s', (_kind, text, abnormal) => {
    const found = of(reply(text), 'result');
    expect(found).toHaveLength(1);
    expect(found[0]?.abnormal).toBe(abnormal);
  });

  it.each([
    ['results promised for a visit', 'Your labs are back; Dr. Lee will go over them at your visit Tuesday.'],
    ['a future test', 'We will check your A1c again in three months.'],
    ['a conditional test', 'If the culture is positive, we will start an antibiotic.'],
    ["another person's test", "Your husband's flu test was positive, so watch for a fever."],
    ['a patient-reported home test', 'Since your home test was positive, please stay home until Friday.'],
    ['the word positive in an idiom', 'Stay positive - we will get through this together.'],
    ['a negative insurance answer', 'The insurance answer came back negative for the brand-name inhaler.'],
  ])('is quiet for %s', (_trap, text) => {
    expect(of(reply(text), 'result')).toEqual([]);
  });
});

describe('therapy_change', () => {
  it.each([
    ["Let's bump the sertraline to 100 mg daily.", 'sertraline'],
    ['Please stop the lisinopril and start losartan 50 mg daily.', 'lisinopril'],
    ['Hold your metformin until you can eat and drink normally.', 'metformin'],
    ['Taper the prednisone: 20 mg for 3 days, then 10 mg for 3 days.', 'prednisone'],
    ['Take the ferrous sulfate every other day instead of daily.', 'instead of'],
    ['Your lisinopril was increased to 20 mg.', 'increased'],
    ["Let's go up on the gabapentin to 300 mg three times a day.", 'gabapentin'],
    ['Your Eliquis dose is going down to 2.5 mg twice daily.', 'going down'],
    ['New prescription: cephalexin 500 mg four times daily for 7 days.', 'cephalexin'],
    ['We have added a statin to your medicines: atorvastatin 20 mg at bedtime.', 'statin'],
    ['Please take 2 tablets of the levothyroxine on Sundays from now on.', 'tablets'],
    ['ok to d/c the norco now, use tylenol instead', 'norco'],
    ['No more ibuprofen for you - it is hurting your kidneys.', 'ibuprofen'],
  ])('flags "%s"', (text, part) => {
    const found = of(reply(text), 'therapy_change');
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => spanText(text, f)).join(' ')).toContain(part);
  });

  it.each([
    ['an unchanged refill', 'Your refill of metformin was sent to the pharmacy.'],
    ['a refill with the same dose', 'Lisinopril 20 mg refilled for 90 days, same dose as before.'],
    ['continue', 'Continue the atorvastatin 40 mg at bedtime.'],
    ['keep taking', 'Keep taking your sertraline as prescribed.'],
    ['no changes', 'No changes to your medicines for now.'],
    ['a change considered at a future visit', 'We can talk about starting a statin at your physical next month.'],
    ['a negated stop', 'There is no need to stop your aspirin before the cystoscopy.'],
    ['general advice with no dose', 'You can take Tylenol for the pain.'],
    ['a referral sent', 'I sent the referral to physical therapy.'],
    ['a reminder of the usual dose', 'Remember to take your amlodipine 5 mg daily.'],
    ['a daily limit', 'Keep it under 3,000 mg a day, no more than 6 tablets of Tylenol.'],
    ['a renewed prescription with the same dose', 'New prescription for Ozempic 1 mg weekly sent. Same dose as before.'],
    ['a change the patient made in the past', 'Since you started metformin last year, your A1c has improved.'],
  ])('is quiet for %s', (_trap, text) => {
    expect(of(reply(text), 'therapy_change')).toEqual([]);
  });
});

describe('urgent (incoming red flags)', () => {
  it.each([
    ['I have crushing chest pain and my left arm is numb'],
    ["My face is drooping on one side and my speech is slurred"],
    ["I can't catch my breath even sitting still"],
    ["I want to kill myself"],
    ['My 6 week old has a fever of 100.9'],
    ['My throat feels tight and my tongue is swelling after the shot'],
  ])('flags "%s" as critical', (incoming) => {
    const found = of(reply('Thanks for your message.', incoming), 'urgent');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ severity: 'critical', source: 'incoming' });
  });

  it.each([
    ['negated', 'No chest pain or shortness of breath, just a runny nose.'],
    ['past', 'I had anaphylaxis to penicillin as a kid. Can I get allergy testing?'],
    ['resolved', 'The chest pain I had last month is totally gone now.'],
    ['an idiom', 'This heat is killing me, can I move my appointment?'],
    ["a relative's history", 'My mom had a stroke last year and I worry about my risk.'],
  ])('is quiet when %s', (_trap, incoming) => {
    expect(of(reply('Thanks for your message.', incoming), 'urgent')).toEqual([]);
  });
});

describe('sensitive', () => {
  it.each([
    ['Your HIV test was negative.', 'hiv_sti'],
    ['Your screening shows moderate depression, so let us start sertraline 50 mg daily.', 'mental_health'],
    ['Because you are pregnant, please stop the methotrexate today.', 'reproductive'],
    ['Your referral to the trauma clinic for your PTSD treatment was approved.', 'mental_health'],
  ])('flags "%s"', (text, topic) => {
    const found = of(reply(text), 'sensitive');
    expect(found.map((f) => f.concept)).toContain(topic);
  });

  it.each([
    ['an unchanged refill of a psychiatric drug', 'Your bupropion refill was sent to CVS.'],
    ['a department in the sign-off', 'Your session is moved to Wednesday at 3.\n-Behavioral Health front desk'],
    ['a colonoscopy prep', 'Your colonoscopy prep instructions are attached.'],
    ['other people', 'Keep the rash covered around anyone who is pregnant.'],
    ['a session with the therapist moved', 'Your therapist, Jen, is out next week; your session moves to the 14th.'],
    ['an unchanged PrEP refill', 'Your PrEP refill was sent, same dose. Next labs are due in March.'],
    ['a service named after a condition', 'The STI clinic is open Monday through Friday, 8 to 4.'],
    ['a vaccine', 'Your hepatitis B vaccine series is complete.'],
    ['hepatitis C (not an STI status)', 'Your hepatitis C screening was negative.'],
  ])('is quiet for %s', (_trap, text) => {
    expect(of(reply(text), 'sensitive')).toEqual([]);
  });
});

describe('plain language', () => {
  it('offers a lay word for jargon, with an edit that replaces exactly the term', () => {
    const text = 'You were febrile overnight.';
    const [found] = of(reply(text), 'plain_language');
    expect(found).toMatchObject({ severity: 'info', ruleId: 'plain_language.jargon' });
    const edit = found?.card.suggestions[0]?.actions[0]?.edit;
    expect(edit).toMatchObject({ kind: 'replace', start: text.indexOf('febrile'), end: text.indexOf('febrile') + 7 });
    expect(edit && 'text' in edit ? edit.text.toLowerCase() : '').toContain('fever');
  });

  it('flags a reply written well above the 8th grade reading level', () => {
    const text =
      'Your comprehensive metabolic evaluation demonstrated considerable abnormalities necessitating additional investigation. ' +
      'Consequently, we recommend immediate consultation regarding pharmacological intervention alternatives, ' +
      'particularly considering your cardiovascular comorbidities and documented medication intolerances. ' +
      'Additionally, laboratory reassessment following therapeutic modification is mandatory to evaluate physiological responsiveness.';
    expect(reply(text).some((f) => f.ruleId === 'plain_language.reading_grade')).toBe(true);
  });

  it('leaves a short plain reply alone', () => {
    expect(reply('See you Tuesday at 3. Bring your pill bottles.').filter((f) => f.category === 'plain_language')).toEqual([]);
  });
});

describe('routine replies raise no warnings', () => {
  it.each([
    'Your refill of metformin was sent.',
    'You are booked for Tuesday 3/14 at 9:40 with Dr. Okafor. Please arrive 15 minutes early.',
    'Your work note is uploaded under Letters in the portal. Feel better!',
    'Billing questions go to our billing office at 555-0142, Monday to Friday.',
    'Your prior authorization for Humira was approved, same dose as before.',
    'It is flu season; the flu shot is available at the front desk.',
    'Because you have diabetes, you qualify for a free eye exam this year.',
    'This is a reminder that you have a colonoscopy scheduled for 6/3.',
    'Heart disease runs in families, so we will keep checking your cholesterol every year.',
    'Please continue the amoxicillin until it is gone.',
    'Your depression follow-up was moved to Friday.',
    'Finish the antibiotic you started at urgent care.',
  ])('"%s"', (text) => {
    expect(reply(text).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('normal results stay info (no false alarm)', () => {
  it.each([
    'Your TSH and free T4 were both normal.',
    'The MRI of your knee showed no tear and no fracture.',
    'Your urine culture grew normal skin bacteria only, so no infection.',
    'Your x-rays show the fracture has healed well.',
    'Good news: the CT showed the kidney stone has passed.',
    'Your INR was 2.5, right in your goal range of 2 to 3.',
    'Your kidney function is stable and unchanged from last year.',
    'Your cholesterol was 180, lower than last year. Nice work!',
    'The echo showed your heart is working well.',
    'Your PSA is a little higher than last year but still well within normal.',
  ])('"%s"', (text) => {
    const findings = reply(text);
    expect(of(findings, 'result').length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it.each([
    ['two tests joined by "and"', 'Your rheumatoid factor and anti-CCP were both strongly positive.'],
    ['a culture that grew bacteria', 'The culture grew E. coli.'],
    ['a value with a time word between', 'Your INR today was 1.6, a little low.'],
    ['a reference range in parentheses', 'Your ALT is still up at 88 (normal is under 40).'],
  ])('an abnormal result with %s is a warning', (_kind, text) => {
    expect(of(reply(text), 'result').some((f) => f.abnormal === true && f.severity === 'warning')).toBe(true);
  });
});
