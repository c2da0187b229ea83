import { describe, expect, it } from 'vitest';
import { assessContext, compileContextRules, createContext } from '../../utils/analysis/context';
import { contextRuleFile } from '../../utils/analysis/context-rules';

/** Assess the `nth` occurrence of `target` in `text`. */
function at(text: string, target: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(target, start + 1);
  if (start < 0) throw new Error(`"${target}" not in "${text}"`);
  return createContext(text).assess(start, start + target.length);
}

describe('negation (NEGATED_EXISTENCE)', () => {
  it.each([
    ['No evidence of pneumonia.', 'pneumonia'],
    ['The patient denies chest pain.', 'chest pain'],
    ['Urinalysis negative for nitrites.', 'nitrites'],
    ['Your biopsy showed no sign of cancer.', 'cancer'],
    ['Pulmonary embolism was ruled out.', 'Pulmonary embolism'],
    ['The CT did not show a fracture.', 'fracture'],
    ["It wasn't cancer.", 'cancer'],
    ['She has never had a seizure.', 'seizure'],
    ['Your rash has resolved.', 'rash'],
    ['Your HIV test was negative.', 'HIV test'],
    ['You are free of infection.', 'infection'],
    ['Without evidence of metastasis.', 'metastasis'],
    ['Absence of lymphadenopathy.', 'lymphadenopathy'],
  ])('%s → "%s" negated', (text, target) => {
    expect(at(text, target).negated).toBe(true);
  });

  it('leaves affirmed findings alone', () => {
    expect(at('There is a small pleural effusion.', 'pleural effusion').negated).toBe(false);
    expect(at('Your culture grew E. coli.', 'E. coli').negated).toBe(false);
  });

  it('handles curly apostrophes like straight ones', () => {
    expect(at('It isn’t shingles.', 'shingles').negated).toBe(true);
  });
});

describe('pseudo-triggers (PSEUDO)', () => {
  it.each([
    ['No increase in the pleural effusion.', 'pleural effusion'],
    ['No change in your kidney function.', 'kidney function'],
    ['Gram negative rods in the blood culture.', 'rods'],
    ['Not only hypertension but also diabetes.', 'hypertension'],
    ['Pneumonia not ruled out.', 'Pneumonia'],
    ['Your weight is down without a doubt.', 'weight'],
    ['Stay positive; your blood pressure is better.', 'blood pressure'],
    ["Don't stop your metformin.", 'metformin'],
    ['A 45-year-old man with pneumonia.', 'pneumonia'],
  ])('%s → "%s" not negated', (text, target) => {
    const result = at(text, target);
    expect(result.negated).toBe(false);
    expect(result.temporality).toBe('recent');
  });

  it('"negative attitude" is not a negation of what follows', () => {
    expect(at('Her negative attitude toward insulin worries me.', 'insulin').negated).toBe(false);
  });
});

describe('scope termination (TERMINATE and competing modifiers)', () => {
  it('"but" ends a negation scope', () => {
    const text = 'The patient denies chest pain but reports dyspnea.';
    expect(at(text, 'chest pain').negated).toBe(true);
    expect(at(text, 'dyspnea').negated).toBe(false);
  });

  it.each(['however', 'although', 'which', ';', 'aside from', 'except'])('"%s" ends a negation scope', (term) => {
    expect(at(`No fever ${term} there is a cough.`, 'cough').negated).toBe(false);
  });

  it('a definite finding ends the scope of a negation', () => {
    const text = 'Negative for chest pain, positive for palpitations.';
    expect(at(text, 'chest pain').negated).toBe(true);
    expect(at(text, 'palpitations').negated).toBe(false);
  });

  it('a new clause with its own subject ends the scope', () => {
    const text = 'You do not have pneumonia, and your thyroid is enlarged.';
    expect(at(text, 'pneumonia').negated).toBe(true);
    expect(at(text, 'thyroid').negated).toBe(false);
  });

  it('scopes stop at the sentence boundary', () => {
    const text = 'No fever. Cough is worse.';
    expect(at(text, 'fever').negated).toBe(true);
    expect(at(text, 'Cough').negated).toBe(false);
  });

  it('max_scope limits a short trigger to its neighbours', () => {
    expect(at('Non-smoker with chronic cough.', 'cough').negated).toBe(false);
    expect(at('Non-smoker with chronic cough.', 'smoker').negated).toBe(true);
  });

  it('"now" ends a historical scope', () => {
    const text = 'History of asthma, now presents with wheezing.';
    expect(at(text, 'asthma').temporality).toBe('historical');
    expect(at(text, 'wheezing').temporality).toBe('recent');
  });
});

describe('uncertainty (POSSIBLE_EXISTENCE)', () => {
  it.each([
    ['Possible pneumonia in the right base.', 'pneumonia'],
    ['This may be a viral infection.', 'viral infection'],
    ['Cannot rule out appendicitis.', 'appendicitis'],
    ['Findings are suspicious for malignancy.', 'malignancy'],
  ])('%s → "%s" uncertain, not negated', (text, target) => {
    const result = at(text, target);
    expect(result.uncertain).toBe(true);
    expect(result.negated).toBe(false);
  });

  it('certain findings are not uncertain', () => {
    expect(at('You have pneumonia.', 'pneumonia').uncertain).toBe(false);
  });
});

describe('temporality (HISTORICAL, HYPOTHETICAL)', () => {
  it.each([
    ['History of MI in 2005.', 'MI'],
    ['Status post appendectomy.', 'appendectomy'],
    ['You had a colonoscopy in 2019.', 'colonoscopy'],
    ['You were diagnosed with hypothyroidism years ago.', 'hypothyroidism'],
    ['At your last visit your A1c was 7.5.', 'A1c'],
  ])('%s → "%s" historical', (text, target) => {
    expect(at(text, target).temporality).toBe('historical');
  });

  it.each([
    ["If the culture is positive, we'll call you.", 'culture'],
    ['If you develop a fever, call the office.', 'fever'],
    ['In case you have any bleeding, go to the ER.', 'bleeding'],
    ['Should you notice swelling, let us know.', 'swelling'],
    ['Unless your pain improves, we will get an MRI.', 'pain'],
    ['We will check your thyroid next month.', 'thyroid'],
    ['Once the results come back, I will call you about the biopsy.', 'results'],
    ['Your culture is still pending.', 'culture'],
    ['CT ordered to rule out pulmonary embolism.', 'pulmonary embolism'],
    ['We should screen for colon cancer.', 'colon cancer'],
  ])('%s → "%s" hypothetical and conditional', (text, target) => {
    const result = at(text, target);
    expect(result.temporality).toBe('hypothetical');
    expect(result.conditional).toBe(true);
  });

  it('present findings are recent and not conditional', () => {
    const result = at('Your blood pressure is high today.', 'blood pressure');
    expect(result.temporality).toBe('recent');
    expect(result.conditional).toBe(false);
  });
});

describe('experiencer (FAMILY, OTHER_EXPERIENCER, PATIENT_EXPERIENCER)', () => {
  it.each([
    ['Mother had breast cancer.', 'breast cancer'],
    ['Family history of colon cancer.', 'colon cancer'],
    ["Your mom's diabetes is well controlled.", 'diabetes'],
    ["Your son's strep test was positive.", 'strep test'],
    ['Your husband has the flu.', 'flu'],
    ["Your friend's COVID test was positive.", 'COVID test'],
    ['Breast cancer in her mother at age 40.', 'Breast cancer'],
  ])('%s → "%s" other', (text, target) => {
    expect(at(text, target).experiencer).toBe('other');
  });

  it('"your" after a family member switches back to the patient', () => {
    const text = "Your mom's diabetes is stable, and your A1c is fine.";
    expect(at(text, 'diabetes').experiencer).toBe('other');
    expect(at(text, 'A1c').experiencer).toBe('patient');
  });

  it('he/she/his/her mean someone else only in text addressed to the patient', () => {
    expect(at('Thanks for bringing your son in. His fever should go away.', 'fever').experiencer).toBe('other');
    expect(at('The patient is a 60-year-old man. His fever resolved.', 'fever').experiencer).toBe('patient');
  });

  it('the patient is the default experiencer', () => {
    expect(at('You have a urinary tract infection.', 'urinary tract infection').experiencer).toBe('patient');
  });
});

describe('patient-reported (PATIENT_REPORTED)', () => {
  it.each([
    ['You mentioned chest pain last week.', 'chest pain'],
    ['As you said, the rash started Monday.', 'rash'],
    ['Your home test showed a positive pregnancy test.', 'pregnancy test'],
    ['You wrote "my chest feels tight" yesterday.', 'chest'],
  ])('%s → "%s" reported', (text, target) => {
    const result = at(text, target);
    expect(result.reported).toBe(true);
    expect(result.negated).toBe(false);
  });

  it('text outside the quotation is not reported', () => {
    expect(at('The nurse said "call us" about the fever.', 'fever').reported).toBe(false);
  });
});

describe('targets, offsets and the API', () => {
  it('assesses several targets in one sentence independently', () => {
    const text = 'No fever or chills, but there is a cough and possible pneumonia.';
    const context = createContext(text);
    const span = (t: string) => [text.indexOf(t), text.indexOf(t) + t.length] as const;
    expect(context.assess(...span('fever')).negated).toBe(true);
    expect(context.assess(...span('chills')).negated).toBe(true);
    expect(context.assess(...span('cough')).negated).toBe(false);
    expect(context.assess(...span('pneumonia')).uncertain).toBe(true);
  });

  it('uses the sentence of the target at sentence edges', () => {
    const text = 'Denies pain.Fever today.';
    expect(at(text, 'pain').negated).toBe(true);
    expect(at(text, 'Fever').negated).toBe(false);
    const edge = 'No rash. Rash';
    expect(createContext(edge).assess(edge.length - 4, edge.length).negated).toBe(false);
  });

  it('keeps UTF-16 offsets right after emoji', () => {
    const text = '🎉🎉 Great news 😊: your biopsy showed no sign of cancer 🙌. Your 🩸 sugar is high.';
    expect(at(text, 'cancer').negated).toBe(true);
    expect(at(text, 'sugar').negated).toBe(false);
  });

  it('reports the modifiers that apply', () => {
    const text = 'No evidence of pneumonia.';
    const { modifiers } = at(text, 'pneumonia');
    expect(modifiers).toEqual([{ category: 'NEGATED_EXISTENCE', start: 0, end: 14 }]);
  });

  it('a modifier inside the target is part of it, not a modifier of it', () => {
    expect(createContext('No cancer.').assess(0, 9).negated).toBe(false);
    expect(createContext('No cancer.').assess(3, 9).negated).toBe(true);
    expect(at('Non-Hodgkin lymphoma, stage 2.', 'Non-Hodgkin lymphoma').negated).toBe(false);
  });

  it('is deterministic', () => {
    const text = 'If your mother has no fever, we will test her for flu; you mentioned a cough.';
    const runs = Array.from({ length: 3 }, () => JSON.stringify(createContext(text).assess(text.indexOf('fever'), text.indexOf('fever') + 5)));
    expect(new Set(runs).size).toBe(1);
    expect(assessContext(text, 0, 2)).toEqual(assessContext(text, 0, 2));
  });

  it('assessContext returns only the ContextResult fields', () => {
    expect(assessContext('No fever.', 3, 8)).toEqual({ negated: true, temporality: 'recent', experiencer: 'patient' });
  });

  it('rejects spans outside the text', () => {
    const context = createContext('No fever.');
    expect(() => context.assess(5, 3)).toThrow(RangeError);
    expect(() => context.assess(0, 99)).toThrow(RangeError);
    expect(() => context.assess(-1, 2)).toThrow(RangeError);
  });

  it('stays fast on long text with pathological punctuation', () => {
    const text = `${'no '.repeat(3000)}${'"'.repeat(2000)} fever ${'; '.repeat(3000)}`;
    const started = performance.now();
    const context = createContext(text);
    for (let i = 0; i < 200; i++) context.assess(i * 10, i * 10 + 2);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('rule file validation', () => {
  it('accepts the shipped rules', () => {
    expect(() => compileContextRules(contextRuleFile)).not.toThrow();
  });

  it('names the bad rule and key', () => {
    const bad = { ...contextRuleFile, rules: [{ literal: 'no', category: 'NEGATED', direction: 'FORWARD' }] };
    expect(() => compileContextRules(bad)).toThrow(/rules\.0/);
    const badPattern = { ...contextRuleFile, rules: [{ literal: 'x', pattern: '(', category: 'HISTORICAL', direction: 'FORWARD' }] };
    expect(() => compileContextRules(badPattern)).toThrow(/regular expression/);
  });

  it('allowed_types restricts a rule to target types', () => {
    const rules = compileContextRules({
      ...contextRuleFile,
      rules: [{ literal: 'normal', category: 'NEGATED_EXISTENCE', direction: 'BACKWARD', allowed_types: ['finding'] }],
    });
    const text = 'Heart sounds normal.';
    expect(createContext(text, rules).assess(0, 12, 'finding').negated).toBe(true);
    expect(createContext(text, rules).assess(0, 12, 'test').negated).toBe(false);
    expect(createContext(text, rules).assess(0, 12).negated).toBe(false);
  });
});
