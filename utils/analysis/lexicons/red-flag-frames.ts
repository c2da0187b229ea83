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
const ONSET = ['sudden*', 'all of a sudden', 'since lunch', 'since this morning', 'since i woke up', 'woke up', 'out of nowhere', 'started', 'just now', 'an hour ago', 'this morning', 'tonight'];
const HIGH_FEVER = ['102', '102.*', '103', '103.*', '104', '104.*', '105', '39', '39.*', '40', '40.*'];
const ANY_FEVER = ['fever', 'temp', 'temperature', 'febrile', '100.4', '100.5', '100.6', '100.7', '100.8', '100.9', '101', '101.*', '38', '38.*', ...HIGH_FEVER];

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
      ["can't", 'cant', 'cannot', 'hard', 'harder', 'trouble', 'struggl*', 'gasp*', 'short', 'fast', 'rapid', 'labored', 'catch', 'get enough', 'stopping', 'bent forward', 'lean forward', 'sit up', 'finish a sentence', 'few words', 'pulls in', 'sucking in', 'ribs', 'too tired to talk', 'retractions', 'grunting'],
    ],
    window: 60,
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
    parts: [['arm', 'leg', 'hand', 'side of my body', 'side of his body', 'side of her body'], ['numb*', 'weak*', "can't move", 'cant move', "can't lift", 'dead', 'limp', 'heavy', 'dropping', 'clumsy', 'drag*'], [...ONE_SIDE, ...ONSET]],
    window: 80,
  },
  {
    id: 'stroke-speech',
    label: 'trouble speaking',
    group: 'stroke',
    action: '911',
    parts: [['speech', 'words', 'talking', 'speaking', 'talk', 'speak'], ['slur*', 'garbled', 'wrong', 'jumbled', 'mixed up', "can't get", "can't find", 'gibberish', "doesn't make sense", 'not making sense', 'trouble']],
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
  { id: 'worst-headache', label: 'sudden severe headache', group: 'neuro', action: '911', parts: [['headache', 'head pain'], ['worst', 'thunderclap', 'sudden*', 'explod*', 'out of nowhere', '10/10', 'like a bomb', 'like being hit']], window: 50 },
  { id: 'headache-neck-vomit', label: 'severe headache with neck pain or vomiting', group: 'neuro', action: '911', parts: [['headache'], ['neck hurts', 'stiff neck', 'neck is stiff', 'neck pain', 'vomit*', 'threw up', 'throwing up'], ['worst', 'sudden*', 'explod*', '10/10', 'severe', 'terrible']], scope: 'message' },
  { id: 'speech-sudden', label: 'sudden trouble speaking', group: 'stroke', action: '911', parts: [["can't find", 'cant find', 'trouble finding', 'lost'], ['her words', 'his words', 'my words', 'the words']], window: 30 },
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
    parts: [['want', 'wish', 'wanna', 'better off', 'ready', 'rather'], ['die', 'dead', 'disappear', 'not be here', 'not wake up', 'wake up tomorrow', 'wake up again', 'wake up anymore', "wasn't here", 'without me', 'gone']],
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
  { id: 'suicidal-done', label: 'suicidal thoughts', group: 'mental-health', action: '988', parts: [['done with', 'giving up on', 'give up on', 'done'], ['life', 'living', 'trying', 'it all']], window: 20 },
  { id: 'suicidal-not-around', label: 'suicidal thoughts', group: 'mental-health', action: '988', parts: [['not going to be', "won't be", 'not be', "wasn't"], ['around much longer', 'around anymore', 'here much longer', 'here anymore', 'around for long', 'alive']], window: 30 },
  { id: 'suicidal-means', label: 'suicidal thoughts with a method', group: 'mental-health', action: '988', parts: [['how many', 'how much', 'lethal', 'enough to', 'got the', 'bought a', 'bought the', 'have a plan', 'a plan for'], ['pills', 'tablets', 'sleeping pills', 'insulin', 'rope', 'gun', 'noose', 'dose', 'friday', 'tonight', 'tomorrow', 'this weekend']], window: 50 },
  { id: 'harm-others', label: 'threat to hurt someone', group: 'mental-health', action: '911', parts: [['kill', 'shoot', 'stab', 'hurt', 'shoot up'], ['him', 'her', 'them', 'school', 'my husband', 'my wife', 'my boss', 'everyone', 'my neighbor', 'people'], ['going to', 'gonna', 'want to', 'will', 'plan', 'swear', 'bought a gun', 'saying']], window: 50 },
  { id: 'overdose-plan', label: 'overdose', group: 'mental-health', action: '988', parts: [['pills', 'bottle', 'meds', 'medicine'], ['all of them', 'them all', 'the whole', 'take them', 'swallow them', 'overdose', 'too many']], window: 50 },
  // Infants, fever and infection
  {
    id: 'infant-fever',
    label: 'fever in a baby under 3 months',
    group: 'pediatric',
    action: 'ed',
    parts: [['newborn', 'week old', 'weeks old', 'week-old', 'day old', 'days old', 'day-old', '1 month old', 'one month old', '2 month old', 'two month old', '6 wk', 'wk old', 'wks old', 'weeks old', 'wks'], ['fever', 'temp', 'temperature', 'febrile', 'felt hot', 'feels hot', 'burning up', '100.4', '100.5', '100.6', '100.7', '100.8', '100.9', '101', '101.*', '102', '103', '38', '38.*', '39', '39.*']],
    window: 70,
  },
  { id: 'meningitis-signs', label: 'fever with a stiff neck or confusion', group: 'infection', action: 'ed', parts: [['fever', 'temp', ...HIGH_FEVER], ['stiff neck', 'neck is stiff', "can't bend", 'neck hurts', 'light hurts', 'not making sense', 'confus*', 'rash that', "doesn't fade", "don't fade", "don't go away when", 'purple spots', 'purple dots', 'petechia*']], scope: 'message' },
  { id: 'fever-chills-severe', label: 'high fever with shaking chills', group: 'infection', action: 'ed', parts: [['chills', 'shaking', 'shakes', 'rigors', 'shivering'], HIGH_FEVER], window: 60 },
  { id: 'sepsis-signs', label: 'fever with signs of sepsis', group: 'infection', action: '911', parts: [ANY_FEVER, ['gray', 'grey', 'clammy', 'mottled', 'blotchy', 'confus*', 'hard to wake', 'not making sense', 'breathing fast', 'cold hands']], scope: 'message' },
  { id: 'neutropenic-fever', label: 'fever during chemotherapy', group: 'infection', action: 'ed', parts: [['chemo', 'chemotherapy', 'infusion', 'immunotherapy', 'transplant', 'neutropen*', 'low white count', 'cancer treatment', 'oncologist', 'oncology', 'folfox', 'folfiri', 'carboplatin', 'cisplatin', 'paclitaxel', 'taxol', 'docetaxel', 'doxorubicin', 'cyclophosphamide', 'r-chop', 'gemcitabine'], ['fever', 'chills', 'rigors', '100.4', '100.5', '100.6', '100.7', '100.8', '100.9', '101', '101.*', '38', '38.*', ...HIGH_FEVER]], scope: 'message' },
  { id: 'sickle-fever', label: 'fever with sickle cell disease', group: 'infection', action: 'ed', parts: [['sickle cell', 'sickle'], ['fever', '101', '101.*', '38.*', ...HIGH_FEVER]], scope: 'message' },
  { id: 'post-op-fever', label: 'high fever after surgery', group: 'post-op', action: 'ed', parts: [['surgery', 'operation', 'procedure', 'post-op', 'stent', 'c-section'], [...HIGH_FEVER, 'shakes', 'rigors', 'shaking chills']], scope: 'message' },
  { id: 'wound-infection', label: 'spreading wound infection after surgery', group: 'post-op', action: 'same_day', parts: [['incision', 'surgical site', 'stitches', 'staples', 'wound'], ['pus', 'oozing', 'red streak*', 'opening', 'came apart', 'hot to', 'foul']], window: 60 },
  { id: 'wound-dehiscence', label: 'surgical wound opening', group: 'post-op', action: 'ed', parts: [['incision', 'wound', 'stitches', 'staples', 'scar'], ['popped open', 'split open', 'came apart', 'gaping', 'see inside', 'opened up', 'burst']], window: 60 },
  { id: 'dvt-signs', label: 'leg swelling (possible blood clot)', group: 'vascular', action: 'ed', parts: [['calf', 'calves', 'leg'], ['swollen', 'swelling', 'red', 'hot', 'warm', 'tender', 'double the size', 'twice the size', 'bigger than', 'tight'], ['surgery', 'flight', 'flew', 'plane', 'long drive', 'hurts', 'painful', 'pain', 'short of breath', 'one leg', 'sore']], window: 100 },
  { id: 'limb-ischemia', label: 'cold, pale limb', group: 'vascular', action: '911', parts: [['hand', 'foot', 'arm', 'leg', 'fingers', 'toes'], ['icy', 'ice cold', 'cold and pale', 'pale', 'white', 'cold and blue', 'no pulse'], ['sudden*', 'hurts', 'pain*', 'numb', 'compared to the other']], window: 80 },
  // Abdomen, urinary, testicular
  { id: 'severe-abdominal-pain', label: 'severe belly pain', group: 'abdominal', action: 'ed', parts: [['belly', 'abdomen', 'abdominal', 'stomach', 'side', 'pelvis', 'pelvic'], ['worst', 'severe', 'unbearable', 'excruciating', '10/10', '10 out of 10', 'doubled over', "can't stand", 'terrible', 'horrible', 'awful', 'through to my back', "can't get comfortable"]], window: 60 },
  { id: 'appendicitis-signs', label: 'right lower belly pain with fever or vomiting', group: 'abdominal', action: 'ed', parts: [['lower right', 'right lower', 'right side'], ['pain', 'hurts', 'tender'], ['fever', 'threw up', 'vomit*', 'throwing up', 'hurts to walk']], scope: 'message' },
  { id: 'torsion-ectopic', label: 'sudden one-sided pelvic pain (torsion or ectopic pregnancy)', group: 'abdominal', action: 'ed', parts: [['sudden*', 'terrible', 'severe', 'sharp', 'worst'], ['pelvis', 'pelvic', 'lower belly', 'low down', 'one side', 'lower left', 'lower right', 'low on the left', 'low on the right', 'ovary'], ['vomit*', 'thrown up', 'threw up', 'faint', 'pass out', 'cyst', 'pregnan*', 'shoulder tip', 'dizzy']], scope: 'message' },
  { id: 'ectopic-signs', label: 'early pregnancy with one-sided pain and faintness', group: 'pregnancy', action: 'ed', parts: [['pregnan*', 'positive test', 'positive home test', 'missed period', 'late period', 'period was', 'period is late'], ['one side', 'shoulder tip', 'sharp pain', 'lower left', 'lower right', 'right side', 'left side'], ['faint', 'dizzy', 'pass out', 'spotting', 'bleeding', 'shoulder']], scope: 'message' },
  { id: 'cauda-equina', label: 'numb groin or loss of bladder control with back pain', group: 'neuro', action: 'ed', parts: [["can't feel", 'numb*', 'no feeling'], ['wipe', 'groin', 'saddle', 'private', 'bottom', 'butt', 'inner thigh*']], window: 50 },
  { id: 'cauda-equina-bladder', label: 'loss of bladder control with back pain or weak legs', group: 'neuro', action: 'ed', parts: [['peed myself', 'wet myself', 'lost control', "can't control", 'without realizing', 'incontinen*'], ['back', 'legs', 'leg', 'spine']], scope: 'message' },
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
  { id: 'priapism', label: 'erection lasting hours', group: 'urinary', action: 'ed', parts: [['erection', 'been up', 'still hard', 'stays hard', 'hard-on'], ['hours', 'painful', 'hrs']], window: 50 },
  // Diabetes
  { id: 'very-high-sugar', label: 'very high blood sugar with symptoms', group: 'diabetes', action: 'ed', parts: [['sugar', 'glucose', 'bg', 'reading'], ['400', '450', '500', '550', '600', 'hi', 'high'], ['vomit*', 'throw* up', 'breathing', 'confus*', 'ketones', 'drowsy', 'sleepy']], window: 90 },
  { id: 'low-sugar-symptoms', label: 'low blood sugar with confusion', group: 'diabetes', action: '911', parts: [['sugar', 'glucose'], ['low', 'dropp*', '40', '45', '50', '35', '30'], ['confus*', 'passing out', 'passed out', "won't wake", 'shaky', 'sweaty', 'seizure']], window: 90 },
  { id: 'seizure-cluster', label: 'repeated or prolonged seizures', group: 'neuro', action: '911', parts: [['seizure*', 'fits', 'convuls*'], ['back to back', 'without waking', "won't stop", 'not waking', 'in a row', 'minutes', 'keeps having', 'first ever', 'first time', 'still']], window: 70 },
  // Neuro and injury
  { id: 'unresponsive', label: 'fainting or unresponsive', group: 'neuro', action: '911', parts: [['passed', 'passing', 'blacked', 'blacking', 'fainted', 'fainting', 'unresponsive', 'unconscious', "won't wake", 'hard to wake', "can't wake"], ['out', 'up', 'today', 'again', 'twice', 'just', 'and', 'times']], window: 20 },
  { id: 'head-injury', label: 'head injury with warning signs', group: 'injury', action: 'ed', parts: [['hit', 'bumped', 'fell', 'fall', 'banged', 'slipped'], ['head'], ['blood thinner*', 'eliquis', 'xarelto', 'warfarin', 'coumadin', 'apixaban', 'vomit*', 'threw up', 'confus*', 'passed out', 'sleepy', 'drowsy', 'worst']], scope: 'message' },
  { id: 'new-confusion', label: 'sudden confusion', group: 'neuro', action: '911', parts: [['confused', 'confusion', 'disoriented', 'not making sense', "doesn't know where", "didn't know who"], ['sudden*', 'all of a sudden', 'today', 'this morning', 'since', 'now']], window: 50 },
  { id: 'heat-stroke', label: 'heat illness with confusion', group: 'environment', action: '911', parts: [['hot to touch', 'hot to the touch', 'overheated', 'heat', 'no ac', 'no air conditioning'], ['mumbling', 'confus*', 'not making sense', "won't drink", 'passed out', 'nonsense']], scope: 'message' },
  { id: 'sudden-hearing-loss', label: 'sudden hearing loss', group: 'ent', action: 'same_day', parts: [['hearing', 'ear'], ['dropped out', 'went out', 'gone', 'lost', 'muffled', 'plugged', 'deaf', "can't hear"], ['sudden*', 'spinning', 'this afternoon', 'this morning', 'today', 'overnight', 'woke up', 'just']], window: 80 },
  { id: 'chemical-eye', label: 'chemical in the eye', group: 'eye', action: 'poison_control', parts: [['eye', 'eyes', 'face'], ['bleach', 'cleaner', 'chemical', 'lye', 'acid', 'oven cleaner', 'drain cleaner', 'ammonia', 'splash*', 'squirt*']], scope: 'message' },
  { id: 'heavy-period-bleeding', label: 'soaking pads or tampons quickly', group: 'bleeding', action: 'ed', parts: [['pad', 'pads', 'tampon*'], ['soak*', 'every hour', 'an hour', 'every 30', 'every 45', 'every 20', 'through']], window: 50 },
  { id: 'child-shock', label: 'a baby or child who is not peeing, hard to wake or floppy', group: 'pediatric', action: '911', parts: [['not peeing', 'no pee', 'no wet diaper*', 'only had 1 wet', 'only 1 wet', 'one wet diaper', "hasn't peed", 'barely wake', 'hard to wake', "won't wake", 'floppy', 'limp', 'lethargic'], ['baby', 'month old', 'week old', 'day old', 'toddler', 'infant', 'newborn', 'my son', 'my daughter', 'year old', 'mo old']], scope: 'message' },
  { id: 'groin-injury', label: 'groin injury with swelling or vomiting', group: 'urinary', action: 'ed', parts: [['groin', 'testicle*', 'scrotum'], ['vomit*', 'swelling', 'swollen', 'throwing up'], ['hit', 'kicked', 'injur*', 'severe', 'pain']], scope: 'message' },
  { id: 'infant-dehydration', label: 'dehydration in a baby or child', group: 'pediatric', action: 'ed', parts: [['soft spot', 'fontanelle', 'wet diaper*', 'diapers', 'tears'], ['sunken', 'only one', 'none', 'no wet', "hasn't had", 'hardly any', 'dry', 'no tears']], window: 60 },
  { id: 'alcohol-withdrawal', label: 'alcohol withdrawal with shaking or hallucinations', group: 'substance', action: 'ed', parts: [['stopped drinking', 'quit drinking', 'withdraw*', 'last drink', 'no alcohol', 'detox*'], ['shaking', 'shakes', 'seeing things', 'bugs', 'hallucinat*', 'seizure', 'tremor*', "aren't there"]], scope: 'message' },
  { id: 'sjs', label: 'blistering rash with mouth or eye sores', group: 'allergy', action: 'ed', parts: [['rash', 'blister*', 'skin'], ['mouth', 'eyes', 'lips', 'genital*'], ['blister*', 'peel*', 'sore', 'sores', 'raw']], window: 120 },
  { id: 'acs-atypical', label: 'jaw, arm or indigestion-like pain with sweating (possible heart attack)', group: 'cardiac', action: '911', parts: [['jaw', 'shoulder', 'left arm', 'indigestion', 'heartburn', 'upper back'], ['sweat*', 'clammy', 'sick to my stomach', 'nause*', 'short of breath', 'lightheaded']], scope: 'message' },
  // Heart failure (same-day)
  { id: 'hf-weight-gain', label: 'fast weight gain with swelling or breathlessness', group: 'cardiac', action: 'same_day', parts: [['gained', 'gaining', 'up', 'weight'], ['lbs', 'pounds', 'lb'], ['day', 'days', 'overnight', 'week']], window: 40 },
  { id: 'orthopnea', label: 'cannot lie flat to breathe', group: 'cardiac', action: 'same_day', parts: [['sleep', 'sleeping', 'lie', 'lay'], ['sitting up', 'in a chair', "can't lie flat", 'propped up', 'recliner']], window: 40 },
  // Poisoning
  { id: 'ingestion', label: 'possible poisoning', group: 'poisoning', action: 'poison_control', parts: [['swallowed', 'ate', 'drank', 'ingested', 'got into'], ['pills', 'bleach', 'battery', 'batteries', 'detergent', 'pod', 'antifreeze', 'medicine', 'meds', 'cleaner']], window: 50 },
];
