// Red flags as frames: a body part or symptom word and a qualifier in the same sentence, close
// together ("my chest feels really tight", "throwing up what looks like coffee grounds"). Frames
// cover the many ways patients phrase one emergency without listing each phrasing; red-flags.ts
// keeps the fixed phrases. Same sources as red-flags.ts: AHA/ASA warning signs (BE FAST), 988
// Lifeline/ASQ, ACOG AIM maternal warning signs, AAP infant fever, ADA, Schmitt-Thompson triage
// "see now" dispositions, Poison Control; hand-written and reviewed 2026-11-24.
// Each part is a list of words (whole words, case-insensitive; "*" at the end matches any ending).
// Negation, past tense and conditionals ("no chest pain", "last year", "if I get") are ConText's
// job, not the frame's.
import type { z } from 'zod';
import type { redFlagFrameSchema } from './schema';

export const meta = {
  name: 'red-flag-frames',
  source: 'AHA/ASA, 988 Lifeline/ASQ, ACOG AIM, AAP, ADA, Schmitt-Thompson triage, Poison Control; hand-reviewed',
  updated: '2026-11-24',
};

type FrameInput = z.input<typeof redFlagFrameSchema>;

const PAIN = ['pain*', 'hurt*', 'ache', 'aching', 'pressure', 'tight*', 'squeez*', 'crushing', 'heavy', 'heaviness', 'burning'];
const BLOOD = ['blood', 'bloody', 'bleed*', 'clot', 'clots'];
const A_LOT = [
  "won't stop", 'wont stop', 'will not stop', "doesn't stop", "isn't stopping", 'keeps coming', 'keeps bleeding',
  'a lot', 'lots', 'heavy', 'heavily', 'soak*', 'pouring', 'gushing', 'pure', 'bright red', 'big clots', 'huge',
  'cups', 'towels', 'every hour', 'for an hour', 'for hours', 'nonstop', 'non-stop',
];
const ONE_SIDE = ['one side', 'left side', 'right side', 'left', 'right'];

export const entries: FrameInput[] = [
  // Heart and lungs
  { id: 'chest-pain', label: 'chest pain', group: 'cardiac', action: '911', parts: [['chest', 'heart'], PAIN], window: 45 },
  {
    id: 'trouble-breathing',
    label: 'trouble breathing',
    group: 'respiratory',
    action: '911',
    parts: [
      ['breath', 'breathe', 'breathing', 'air'],
      ["can't", 'cant', 'cannot', 'hard', 'harder', 'trouble', 'struggl*', 'gasp*', 'short', 'fast', 'rapid', 'labored', 'catch', 'get enough'],
    ],
    window: 40,
  },
  { id: 'cyanosis', label: 'blue lips or skin', group: 'respiratory', action: '911', parts: [['lips', 'face', 'skin', 'fingers', 'fingernails'], ['blue', 'bluish', 'gray', 'grey', 'purple']], window: 30 },
  // Stroke (BE FAST)
  {
    id: 'stroke-face',
    label: 'face drooping',
    group: 'stroke',
    action: '911',
    parts: [['face', 'mouth', 'smile', 'lip', 'eyelid'], ['droop*', 'sag*', 'uneven', 'crooked', 'numb', 'lopsided']],
    window: 45,
  },
  {
    id: 'stroke-weakness',
    label: 'sudden weakness or numbness on one side',
    group: 'stroke',
    action: '911',
    parts: [['arm', 'leg', 'hand', 'side of my body', 'side of his body', 'side of her body'], ['numb*', 'weak*', "can't move", 'cant move', "can't lift", 'dead', 'limp', 'heavy'], ONE_SIDE],
    window: 70,
  },
  {
    id: 'stroke-speech',
    label: 'trouble speaking',
    group: 'stroke',
    action: '911',
    parts: [['speech', 'words', 'talking', 'speaking', 'talk', 'speak'], ['slur*', 'garbled', 'wrong', 'jumbled', 'mixed up', "can't get", 'gibberish', "doesn't make sense", 'not making sense', 'trouble']],
    window: 45,
  },
  {
    id: 'vision-loss',
    label: 'sudden vision loss',
    group: 'stroke',
    action: '911',
    parts: [['vision', 'sight', 'see', 'eye'], ['sudden*', 'lost', 'went black', 'gone', 'curtain', 'shadow', 'blind', 'double']],
    window: 40,
  },
  { id: 'worst-headache', label: 'sudden severe headache', group: 'neuro', action: '911', parts: [['headache', 'head pain'], ['worst', 'thunderclap', 'sudden', 'explod*', 'out of nowhere']], window: 40 },
  // Bleeding
  { id: 'heavy-bleeding', label: 'bleeding that will not stop', group: 'bleeding', action: 'ed', parts: [BLOOD, A_LOT], window: 60 },
  {
    id: 'vomiting-blood',
    label: 'vomiting blood',
    group: 'bleeding',
    action: 'ed',
    parts: [['vomit*', 'throw* up', 'threw up', 'thrown up', 'puk*', 'spit*'], ['blood', 'bloody', 'coffee grounds', 'coffee ground']],
    window: 50,
  },
  { id: 'gi-bleed', label: 'black or bloody stool', group: 'bleeding', action: 'ed', parts: [['stool*', 'poop*', 'bowel movement*', 'bm', 'bms'], ['black', 'tarry', 'tar', 'maroon', 'bloody', 'blood']], window: 40 },
  { id: 'coughing-blood', label: 'coughing up blood', group: 'bleeding', action: 'ed', parts: [['cough*'], ['blood', 'bloody']], window: 30 },
  { id: 'blood-in-urine-clots', label: 'blood and clots in the urine', group: 'bleeding', action: 'ed', parts: [['pee*', 'urine', 'urinat*'], ['pure blood', 'clots', 'all blood', 'bright red']], window: 40 },
  // Allergy
  {
    id: 'anaphylaxis',
    label: 'throat or tongue swelling (possible anaphylaxis)',
    group: 'allergy',
    action: '911',
    parts: [['throat', 'tongue', 'lips', 'lip', 'face', 'mouth'], ['swell*', 'swollen', 'tight*', 'closing', 'closed up', 'puff*']],
    window: 35,
  },
  { id: 'hives-breathing', label: 'hives with trouble breathing or swallowing', group: 'allergy', action: '911', parts: [['hives', 'rash', 'welts'], ['breath*', 'swallow*', 'wheez*', 'throat']], window: 70 },
  // Mental health
  {
    id: 'suicidal',
    label: 'suicidal thoughts',
    group: 'mental-health',
    action: '988',
    parts: [['kill', 'hurt', 'harm', 'end', 'cut'], ['myself', 'my life', 'it all', 'things']],
    window: 25,
  },
  {
    id: 'suicidal-wish',
    label: 'suicidal thoughts',
    group: 'mental-health',
    action: '988',
    parts: [['want', 'wish', 'wanna', 'better off', 'ready', 'rather'], ['die', 'dead', 'disappear', 'not be here', 'not wake up', "wasn't here", 'without me', 'gone']],
    window: 30,
  },
  {
    id: 'suicidal-hopeless',
    label: 'hopelessness with thoughts of death',
    group: 'mental-health',
    action: '988',
    parts: [["don't see", "can't see", 'no', 'lost'], ['point anymore', 'point in living', 'reason to live', 'reason to go on', 'will to live', 'way out']],
    window: 30,
  },
  { id: 'suicidal-preparation', label: 'preparing for suicide', group: 'mental-health', action: '988', parts: [['giving away', 'gave away', 'saying goodbye', 'wrote a note', 'goodbye letter*', 'saved up', 'stockpil*', 'saving up'], ['stuff', 'things', 'belongings', 'everyone', 'pills', 'meds', 'note', 'letter*']], window: 40 },
  { id: 'overdose-plan', label: 'overdose', group: 'mental-health', action: '988', parts: [['pills', 'bottle', 'meds', 'medicine'], ['all of them', 'them all', 'the whole', 'take them', 'swallow them', 'overdose', 'too many']], window: 50 },
  // Infants, fever and infection
  {
    id: 'infant-fever',
    label: 'fever in a baby under 3 months',
    group: 'pediatric',
    action: 'ed',
    parts: [['newborn', 'week old', 'weeks old', 'week-old', 'day old', 'days old', 'day-old', '1 month old', 'one month old', '2 month old', 'two month old', '6 wk', 'wk old', 'wks old'], ['fever', 'temp', 'temperature', 'febrile', '100.4', '100.5', '100.6', '100.7', '100.8', '100.9', '101', '102', '103']],
    window: 70,
  },
  { id: 'meningitis-signs', label: 'fever with a stiff neck', group: 'infection', action: 'ed', parts: [['fever', 'temp'], ['stiff neck', "neck is stiff", "can't bend", 'neck hurts', 'light hurts']], window: 70 },
  { id: 'fever-chills-severe', label: 'high fever with shaking chills', group: 'infection', action: 'ed', parts: [['fever', 'temp'], ['102', '103', '104', '105', 'shaking chills', 'rigors', 'confus*']], window: 50 },
  { id: 'wound-infection', label: 'spreading wound infection after surgery', group: 'post-op', action: 'same_day', parts: [['incision', 'surgical site', 'stitches', 'staples', 'wound'], ['pus', 'oozing', 'red streak*', 'opening', 'came apart', 'hot to', 'foul']], window: 60 },
  { id: 'dvt-signs', label: 'calf swelling (possible blood clot)', group: 'vascular', action: 'ed', parts: [['calf', 'calves', 'leg'], ['swollen', 'swelling', 'red', 'hot', 'warm', 'tender'], ['surgery', 'flight', 'hurts', 'painful', 'pain', 'short of breath', 'one leg']], window: 80 },
  // Abdomen, urinary, testicular
  { id: 'severe-abdominal-pain', label: 'severe belly pain', group: 'abdominal', action: 'ed', parts: [['belly', 'abdomen', 'abdominal', 'stomach', 'side'], ['worst', 'severe', 'unbearable', 'excruciating', '10/10', '10 out of 10', 'doubled over', "can't stand"]], window: 45 },
  { id: 'urinary-retention', label: 'unable to pass urine', group: 'urinary', action: 'ed', parts: [["can't", 'cant', 'cannot', 'unable', 'barely', 'nothing'], ['pee', 'urinate', 'get urine out', 'get any urine', 'comes out', 'void']], window: 30 },
  { id: 'testicular-pain', label: 'sudden testicle pain', group: 'urinary', action: 'ed', parts: [['testicle*', 'testicular', 'scrotum', 'ball', 'balls'], ['pain*', 'hurt*', 'swollen', 'swelling', 'twist*']], window: 40 },
  // Pregnancy (ACOG AIM urgent maternal warning signs)
  {
    id: 'pregnancy-warning',
    label: 'pregnancy warning sign',
    group: 'pregnancy',
    action: 'ed',
    parts: [['pregnant', 'weeks', 'trimester', 'baby'], ['bleeding', 'leaking', 'water broke', 'gush of fluid', 'seeing spots', 'sparkles', 'blurry vision', 'pounding headache', 'severe headache', 'not moving', "hasn't moved", 'moving less', 'stopped moving', 'kicks']],
    window: 80,
  },
  // Diabetes
  { id: 'very-high-sugar', label: 'very high blood sugar with symptoms', group: 'diabetes', action: 'ed', parts: [['sugar', 'glucose', 'bg', 'reading'], ['400', '450', '500', '550', '600', 'hi', 'high'], ['vomit*', 'throw* up', 'breathing', 'confus*', 'ketones', 'drowsy', 'sleepy']], window: 90 },
  { id: 'low-sugar-symptoms', label: 'low blood sugar with confusion', group: 'diabetes', action: '911', parts: [['sugar', 'glucose'], ['low', 'dropp*', '40', '45', '50', '35', '30'], ['confus*', 'passing out', 'passed out', "won't wake", 'shaky', 'sweaty', 'seizure']], window: 90 },
  // Neuro and injury
  { id: 'unresponsive', label: 'fainting or unresponsive', group: 'neuro', action: '911', parts: [['passed', 'blacked', 'fainted', 'unresponsive', 'unconscious', "won't wake", 'hard to wake', "can't wake"], ['out', 'up', 'today', 'again', 'twice', 'just', 'and']], window: 20 },
  { id: 'head-injury', label: 'head injury with warning signs', group: 'injury', action: 'ed', parts: [['hit', 'bumped', 'fell', 'fall', 'banged'], ['head'], ['blood thinner*', 'eliquis', 'xarelto', 'warfarin', 'coumadin', 'vomit*', 'confus*', 'passed out', 'sleepy', 'worst']], window: 90 },
  { id: 'new-confusion', label: 'sudden confusion', group: 'neuro', action: '911', parts: [['confused', 'confusion', 'disoriented', 'not making sense', "doesn't know where", "didn't know who"], ['sudden*', 'all of a sudden', 'today', 'this morning', 'since', 'now']], window: 50 },
  // Heart failure (same-day)
  { id: 'hf-weight-gain', label: 'fast weight gain with swelling or breathlessness', group: 'cardiac', action: 'same_day', parts: [['gained', 'gaining', 'up', 'weight'], ['lbs', 'pounds', 'lb'], ['day', 'days', 'overnight', 'week']], window: 40 },
  { id: 'orthopnea', label: 'cannot lie flat to breathe', group: 'cardiac', action: 'same_day', parts: [['sleep', 'sleeping', 'lie', 'lay'], ['sitting up', 'in a chair', "can't lie flat", 'propped up', 'recliner']], window: 40 },
  // Poisoning
  { id: 'ingestion', label: 'possible poisoning', group: 'poisoning', action: 'poison_control', parts: [['swallowed', 'ate', 'drank', 'ingested', 'got into'], ['pills', 'bleach', 'battery', 'batteries', 'detergent', 'pod', 'antifreeze', 'medicine', 'meds', 'cleaner']], window: 50 },
];
