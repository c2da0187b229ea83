import { describe, expect, it } from 'vitest';
import * as conditionsFile from '../../utils/analysis/lexicons/conditions';
import * as drugsFile from '../../utils/analysis/lexicons/drugs';
import {
  compileRedFlags,
  conditions,
  drugs,
  jargon,
  redFlags,
  sensitive,
  tests,
  validateLexicon,
} from '../../utils/analysis/lexicons/index';
import * as jargonFile from '../../utils/analysis/lexicons/jargon';
import * as redFlagsFile from '../../utils/analysis/lexicons/red-flags';
import {
  conditionEntrySchema,
  drugEntrySchema,
  jargonEntrySchema,
  type RedFlagEntry,
  redFlagEntrySchema,
  sensitiveEntrySchema,
  testEntrySchema,
} from '../../utils/analysis/lexicons/schema';
import * as sensitiveFile from '../../utils/analysis/lexicons/sensitive';
import * as testsFile from '../../utils/analysis/lexicons/tests';
import { createTermMatcher } from '../../utils/analysis/matcher';

// The lexicons are data the rules trust blindly, so their shape, size, uniqueness and the
// behaviour of the red-flag phrases (what they catch, what they must not, how fast) are
// checked here rather than discovered in a scorecard.

const FILES = [
  { name: 'conditions', schema: conditionEntrySchema, data: conditionsFile },
  { name: 'drugs', schema: drugEntrySchema, data: drugsFile },
  { name: 'tests', schema: testEntrySchema, data: testsFile },
  { name: 'red-flags', schema: redFlagEntrySchema, data: redFlagsFile },
  { name: 'sensitive', schema: sensitiveEntrySchema, data: sensitiveFile },
  { name: 'jargon', schema: jargonEntrySchema, data: jargonFile },
] as const;

const LOADED: Record<string, readonly { terms: readonly string[] }[]> = {
  conditions,
  drugs,
  tests,
  'red-flags': redFlags,
  sensitive,
  jargon,
};

const termsOf = (entries: readonly { terms: readonly string[] }[]) => entries.flatMap((e) => e.terms);

// Everyday words that must never be a term: they would fire on ordinary portal prose.
const COMMON_WORDS = new Set(
  `a an the and or but if of to in on at by for with from up down out over under about into than then so as is are
  was were be been am do does did done have has had can could will would shall should may might must not no yes ok
  okay hi hello hey please thanks thank sorry sure well fine good great bad better worse best worst still just also
  only even very really much many more most some any all each every other another same such own new old high low big
  small long short right left back front top side last next first second plan aim bust add call care help need want
  like love feel felt look see saw hear say said tell told ask get got go going come make made take took give gave
  keep put set let try run walk talk work play rest sleep eat drink live die kill cut fit fall fell hit miss note
  mean kind lead line sign spot cold hot warm cool dry wet hard soft clear open close free busy ready easy today
  tomorrow yesterday morning night week month year time day hour minute home house room office doctor nurse patient
  visit appointment message result results normal stable change refill order form chart tired weak strong`.split(/\s+/),
);
const ACRONYM = /^[A-Z][A-Z0-9]{1,4}$/;

describe('lexicon files', () => {
  it.each(FILES)('$name validates against its schema', ({ name, schema, data }) => {
    const lexicon = validateLexicon(name, schema, data);
    expect(lexicon.meta.name).toBe(name);
    expect(lexicon.meta.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(lexicon.entries.length).toBe(LOADED[name]?.length);
  });

  it('meets the minimum sizes for real primary and specialty care', () => {
    expect(conditions.length).toBeGreaterThanOrEqual(450);
    expect(drugs.length).toBeGreaterThanOrEqual(450);
    expect(tests.length).toBeGreaterThanOrEqual(250);
    expect(redFlags.length).toBeGreaterThanOrEqual(70);
    expect(termsOf(sensitive).length).toBeGreaterThanOrEqual(150);
    expect(jargon.length).toBeGreaterThanOrEqual(300);
  });

  it.each(FILES)('$name has no duplicate terms (case-insensitive)', ({ name }) => {
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (const term of termsOf(LOADED[name] ?? [])) {
      const key = term.toLowerCase();
      if (seen.has(key)) duplicates.push(term);
      seen.add(key);
    }
    expect(duplicates).toEqual([]);
  });

  it.each(FILES)('$name has no everyday English word as a term', ({ name }) => {
    const common = termsOf(LOADED[name] ?? []).filter((t) => !ACRONYM.test(t) && COMMON_WORDS.has(t.toLowerCase()));
    expect(common).toEqual([]);
  });

  it.each(FILES)('$name has unique entry ids', ({ name }) => {
    const ids = (LOADED[name] ?? []).map((e) => (e as { id?: string }).id).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('offers a jargon alternative that is not the term itself', () => {
    const same = jargon.filter((e) => e.terms.some((t) => t.toLowerCase() === e.lay.toLowerCase()));
    expect(same).toEqual([]);
  });

  it('marks protected topics and high-alert drugs where the rules rely on them', () => {
    const topics = new Set(sensitive.map((e) => e.topic));
    expect([...topics].sort()).toEqual(['genetic', 'hiv_sti', 'mental_health', 'reproductive', 'substance_use']);
    expect(drugs.some((d) => d.highAlert)).toBe(true);
    expect(redFlags.filter((r) => r.action === '988').length).toBeGreaterThan(0);
  });
});

describe('validation errors', () => {
  const meta = { name: 'red-flags', source: 'test', updated: '2026-11-24' };
  const good = { id: 'ok', label: 'ok', group: 'g', action: '911', terms: ['chest pain'] };

  it('names the file, the entry index and the key of a bad entry', () => {
    const bad = { id: 'bad', label: 'bad', group: 'g', action: 'call_mom', terms: ['x y'] };
    expect(() => validateLexicon('red-flags', redFlagEntrySchema, { meta, entries: [good, bad] })).toThrow(
      /Lexicon "red-flags": invalid entry 1, key "action"/,
    );
  });

  it('names a bad term inside the terms array', () => {
    const bad = { terms: ['fine', ' edema'], lay: 'swelling' };
    expect(() => validateLexicon('jargon', jargonEntrySchema, { meta, entries: [bad] })).toThrow(
      /Lexicon "jargon": invalid entry 0, key "terms\.1"/,
    );
  });

  it('names a bad meta key', () => {
    expect(() =>
      validateLexicon('sensitive', sensitiveEntrySchema, { meta: { ...meta, updated: 'today' }, entries: [] }),
    ).toThrow(/Lexicon "sensitive": invalid key "meta\.updated"/);
  });

  it('names the entry and pattern of an invalid regex', () => {
    const entry = redFlagEntrySchema.parse({ ...good, id: 'broken', patterns: ['ok', '(unclosed'] });
    expect(() => compileRedFlags('red-flags', [entry])).toThrow(/entry 0, key "patterns\.1" \(broken\)/);
  });
});

// Red-flag behaviour: the engine's term matcher plus the compiled patterns, as the rules run them.
const termMatcher = createTermMatcher(redFlags.map((r) => ({ terms: r.terms, data: r })));
const patternRegexes = redFlags.flatMap((entry) => entry.patterns.map((source) => ({ entry, re: new RegExp(source, 'giu') })));

function redFlagIds(text: string): string[] {
  const ids = new Set(termMatcher.find(text).map((m) => m.data.id));
  for (const { entry, re } of patternRegexes) {
    re.lastIndex = 0;
    if (re.test(text)) ids.add(entry.id);
  }
  return [...ids].sort();
}

// [patient phrasing, red-flag id it must raise]
const POSITIVES: [string, RedFlagEntry['id']][] = [
  ['I have had chest pain since this morning and it goes to my left arm', 'chest-pain'],
  ['my chest feels really tight and heavy', 'chest-pain'],
  ['having some chest pian when I walk up stairs', 'chest-pain'],
  ['there is pressure in my chest that wont go away', 'chest-pain'],
  ['i think im having a heart attack', 'heart-attack'],
  ['my moms face is drooping on the left side', 'stroke-face'],
  ['his smile looks crooked all of a sudden', 'stroke-face'],
  ['suddenly I cant lift my right arm', 'stroke-weakness'],
  ['Numbness on the left side of my body since lunch', 'stroke-weakness'],
  ['my husband is slurring his words', 'stroke-speech'],
  ['I suddenly lost vision in my left eye', 'vision-loss'],
  ['it is like a curtain coming down over my vision', 'vision-loss'],
  ['worst headache of my life, came on all at once', 'worst-headache'],
  ["I can't catch my breath even sitting down", 'trouble-breathing'],
  ['cant breath and my inhaler isnt helping', 'trouble-breathing'],
  ['having a hard time breathing tonight', 'trouble-breathing'],
  ['his lips are turning blue', 'cyanosis'],
  ['my throat is closing up after i ate shrimp', 'anaphylaxis'],
  ['broke out in hives and now having trouble breathing', 'anaphylaxis'],
  ['I had to use my epipen 20 minutes ago', 'anaphylaxis'],
  ['my tongue is swelling since starting lisinopril', 'anaphylaxis'],
  ['i want to die', 'suicidal'],
  ['honestly I dont want to live anymore', 'suicidal'],
  ['I have been thinking about ending it', 'suicidal'],
  ['everyone would be better off without me', 'suicidal'],
  ['i just want to kill my self', 'suicidal'],
  ['no reason to live since my wife passed', 'suicidal'],
  ['I took all my sleeping pills', 'overdose-intentional'],
  ['I am having thoughts of hurting my baby', 'harm-others'],
  ['I keep soaking through a pad every hour', 'heavy-vaginal-bleeding'],
  ['passing clots the size of a golf ball', 'heavy-vaginal-bleeding'],
  ['i threw up blood this morning', 'vomiting-blood'],
  ['my stool is black and tarry', 'gi-bleed'],
  ['Been coughing up blood since last night', 'coughing-blood'],
  ['my 3 week old has a fever of 100.6', 'infant-fever'],
  ['she has a temp of 100.5 and she is 6 weeks old', 'infant-fever'],
  ['fever of 103 and a stiff neck', 'meningitis-signs'],
  ['I am on chemo and have a fever of 100.8', 'fever-immunocompromised'],
  ['severe stomach pain on the right side', 'severe-abdominal-pain'],
  ['my son has sudden really bad testicle pain', 'testicular-torsion'],
  ["I'm 30 weeks pregnant and bleeding", 'pregnancy-bleeding'],
  ["baby hasn't moved much today, 34 weeks", 'fetal-movement'],
  ['bad headache and seeing spots, I am 36 weeks', 'preeclampsia'],
  ['I think my water broke', 'labor'],
  ['blood sugar is 485 and I have large ketones', 'very-high-sugar'],
  ['his meter says HI', 'very-high-sugar'],
  ['my blood sugar was 42 and I am shaky', 'low-sugar'],
  ['low sugar and he is confused and sweaty', 'low-sugar'],
  ['my daughter had a seizure this morning', 'seizure'],
  ['I passed out at work today', 'fainting'],
  ['fell and hit my head, I take eliquis', 'head-injury'],
  ['sudden tearing pain between my shoulder blades', 'aortic-dissection'],
  ['my calf is swollen and now I am short of breath', 'pulmonary-embolism'],
  ['my toddler got into some of grandma’s pills', 'poisoning'],
  ['my son swallowed a button battery', 'button-battery'],
  ['the incision opened up and something is sticking out', 'post-op'],
  ['red streaks going up my arm from the cut', 'wound-infection'],
  ["can't keep anything down for two days", 'dehydration'],
  ['bp is 192/118 and I have a headache', 'severe-hypertension'],
  ['back pain and now I cant control my bladder', 'cauda-equina'],
  ['he is hard to wake and very lethargic', 'unresponsive'],
  ['my leg is cold and blue', 'cold-limb'],
  ['I feel like I am dying', 'impending-doom'],
  ['Sudden hearing loss in my right ear since I woke up', 'sudden-hearing-loss'],
  ['she is spitting up bright red blood after her tonsillectomy', 'bleeding-wont-stop'],
  ['nose has been bleeding for an hour and it wont stop', 'bleeding-wont-stop'],
  ['threw up and it looked like coffee grounds', 'vomiting-blood'],
  ['bleeding through a pad every 30 min since the procedure', 'heavy-vaginal-bleeding'],
  ['my words keep coming out wrong', 'stroke-speech'],
  ['gained 6 lbs in 2 days and my ankles are huge', 'heart-failure-worsening'],
  ["I'm thinking about taking them all tonight", 'suicidal'],
  ['my arm has been numb and weak since this morning', 'stroke-weakness'],
  ['i can barely pee since the catheter came out', 'urinary-retention'],
  ['heart is racing and I feel like I might pass out', 'fast-heart-symptoms'],
  ['i think my dad is having a stroke', 'stroke'],
  ['grandma is suddenly very confused today', 'confusion'],
  ['used my albuterol 3 times and it is not helping', 'asthma-not-responding'],
  ['he was choking on a grape and cant breathe', 'choking'],
  ['my lips are swelling up after the new medicine', 'angioedema'],
  ['the voices are telling me to hurt people', 'psychosis'],
  ['my boyfriend threatened to kill me last night and I am scared', 'unsafe-home'],
  ['temp of 104.5 this morning', 'very-high-fever'],
  ['fever and chills and now she is confused', 'sepsis-signs'],
  ['my back pain is 10/10 today', 'severe-pain'],
  ['erection that has lasted 5 hours', 'priapism'],
  ['sudden sharp pelvic pain on my left side', 'ovarian-torsion'],
  ['since I had the baby I have a severe headache and chest pain', 'postpartum-warning'],
  ['suddenly seeing a bunch of new floaters in my right eye', 'retinal-detachment'],
  ['got bleach in my eye while cleaning', 'eye-emergency'],
  ['my left leg is swollen and tender', 'dvt-signs'],
  ['the baby looks more yellow today', 'newborn-jaundice'],
  ['I have a kidney stone and now a fever of 101', 'kidney-stone-fever'],
  ['I think I am having a sickle cell crisis', 'sickle-cell-crisis'],
  ['stopped drinking 2 days ago and now shaking badly and seeing things', 'alcohol-withdrawal'],
  ['I think he has heat stroke', 'heat-illness'],
  ['rash from the new antibiotic and now my skin is peeling', 'medication-reaction'],
  ['my baby is breathing really fast and grunting', 'respiratory-infant'],
  ['he is not breathing', 'not-breathing'],
  ['so dizzy and now I have double vision', 'severe-dizziness'],
  ['she keeps vomiting and is breathing really deep', 'vomiting-fast-breathing'],
  ['he is peeing all the time and always drinking water', 'new-diabetes-symptoms'],
  ['I am peeing blood since yesterday', 'gross-hematuria'],
  ['red painful eye and light hurts, I wear contacts', 'eye-infection-contacts'],
];

const NEGATIVES = [
  'this heat is killing me',
  "I'm dying to know my results",
  "I'd die for a coffee right now",
  'my chest is fine now, thanks',
  'Can I get a refill of my lisinopril?',
  "I can't breathe through my nose because of allergies",
  'I hurt myself lifting boxes at work',
  'I cut myself shaving',
  "I'm going to kill my brother for eating my lunch",
  'my husband will kill me if I miss this appointment',
  'the Benadryl knocked me out last night',
  'I took my second dose of the vaccine on Friday',
  'my daughter ate her vitamins this morning',
  'My blood sugar log for 2025 is attached',
  'blood sugar was 105 fasting',
  'I need to schedule my physical',
  'I am thinking about dying my hair',
  "I can't talk right now, please message me",
  'my throat is sore and swollen',
  'my fingers turn blue when it is cold outside',
  'shooting pain down my leg when I sit',
  'I want to die my hair red',
  'killing it at the gym lately',
  'my phone battery died',
  'the pharmacy said my insurance is not responding',
  'my pressure was 128/82 this morning',
  'my heart rate was 72 at rest',
  'I walked 150 steps',
  'I can not wait to see you',
  'Happy to hear the biopsy was benign!',
  'My inhaler is not helping my cough at all',
  'Ella has a checkup next week',
  'I feel like I can empty my bladder fine now',
  'the coffee grounds go in the compost',
  'my face is a little dry from the new cream',
];

describe('red-flag phrases', () => {
  it('has at least 40 positive and 20 negative examples', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(40);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(20);
  });

  it('has a positive example for every red flag', () => {
    const covered = new Set(POSITIVES.map(([, id]) => id));
    expect(redFlags.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('gives every red flag a term or a pattern', () => {
    expect(redFlags.filter((r) => r.terms.length + r.patterns.length === 0).map((r) => r.id)).toEqual([]);
  });

  it.each(POSITIVES)('flags "%s" as %s', (text, id) => {
    expect(redFlagIds(text)).toContain(id);
  });

  it.each(NEGATIVES)('does not flag "%s"', (text) => {
    expect(redFlagIds(text)).toEqual([]);
  });

  it('uses every action the card text knows', () => {
    const actions = new Set(redFlags.map((r) => r.action));
    expect([...actions].sort()).toEqual(['911', '988', 'ed', 'poison_control', 'same_day']);
  });
});

// 100 KB inputs built from the patterns' own vocabulary, plus spaces and punctuation, so a
// pattern that backtracks (nested or adjacent unbounded repetition) shows up as slow.
function adversarialInputs(): string[] {
  const size = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const vocabulary = [
    ...new Set(
      redFlags
        .flatMap((r) => [...r.terms, ...r.patterns])
        .join(' ')
        .toLowerCase()
        .match(/[a-z']{2,}/g) ?? [],
    ),
  ];
  return [
    fill(`${vocabulary.join(' ')} `),
    fill('chest chest pain pain fever 2 week old '),
    fill('a'),
    fill(' '),
    fill('... !!! ??? '),
    fill("can't can't can't wake wake "),
    fill('blood sugar 45 45 45 bp 190/130 '),
    fill('sudden suddenly sudden '),
  ];
}

// Generous for a busy 2-core CI machine; a catastrophic backtrack on 100 KB takes far longer.
const BUDGET_MS = 250;

describe('red-flag pattern performance', () => {
  const inputs = adversarialInputs();
  const cases = redFlags.flatMap((entry) => entry.patterns.map((source, i) => ({ name: `${entry.id}#${i}`, source })));

  // Best of up to five runs, so a garbage-collection pause or a busy CI core is not read as
  // backtracking; a run under budget ends the retries.
  const bestTime = (re: RegExp, input: string): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 5 && best >= BUDGET_MS; run++) {
      const started = performance.now();
      for (const _match of input.matchAll(re));
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };

  // Its own words repeated: each repetition is an anchor that starts a bounded gap scan.
  const ownWords = (source: string): string[] => {
    const words = [...new Set(source.toLowerCase().match(/[a-z']{2,}/g) ?? [])];
    return [words.join(' '), ...words.slice(0, 6)].map((unit) => `${unit} `.repeat(Math.ceil(100_000 / (unit.length + 1))));
  };

  it.each(cases)('$name runs in under 250 ms on 100 KB adversarial text', ({ source }) => {
    const re = new RegExp(source, 'giu');
    for (const input of [...inputs, ...ownWords(source)]) expect(bestTime(re, input)).toBeLessThan(BUDGET_MS);
  });
});
