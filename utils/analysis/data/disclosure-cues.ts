/**
 * Phrases that turn a mention of a test, condition or drug into a disclosure.
 * Sources: AMA and ACP/FSMB guidance on electronic patient communication (what counts as
 * delivering a result, a diagnosis or a therapy change), ReplyGuard's labeled corpora
 * (tests/corpus/), and the phrasing of real portal replies. Hand-written; 2026-11-24.
 *
 * Each list is plain words or short phrases (joined into one alternation per list, matched
 * case-insensitively on word boundaries). Keep entries literal: the rules add the grammar.
 */

/** Verbs that link a test to its outcome: "your A1c came back at 9.1", "the MRI was normal". */
export const resultLinks = [
  'was', 'were', 'is', 'are', "'s", 'has been', 'have been', 'came back', 'come back', 'has come back',
  'have come back', 'came back as', 'came back at', 'returned', 'looked', 'looks', 'look', 'read',
  'measured', 'is now', 'was now', 'remains', 'remained', 'stayed', 'went up to', 'went down to',
  'went up', 'went down', 'rose to', 'dropped to', 'fell to', 'increased to', 'decreased to',
  'improved to', 'climbed to', 'jumped to', 'of', 'at', 'level was', 'levels were', 'level is',
  'levels are', 'result was', 'results were', 'came out', 'came down to', 'came up to', 'is down to',
  'is up to', 'was down to', 'was up to',
];

/** Verbs that disclose a finding by themselves: "the CT showed ...". */
export const revealingVerbs = [
  'showed', 'shows', 'show', 'revealed', 'reveals', 'found', 'finds', 'demonstrated', 'demonstrates',
  'confirmed', 'confirms', 'detected', 'picked up', 'identified', 'indicated', 'indicates',
  'suggested', 'suggests', 'noted', 'saw', 'see', 'showed us', 'grew', 'grows', 'caught', 'recorded',
  'did not show', "didn't show", 'does not show', "doesn't show", 'did not find', "didn't find",
];

/** Outcomes that say a result is within normal. */
export const normalOutcomes = [
  'normal', 'negative', 'non-reactive', 'nonreactive', 'not detected', 'undetectable', 'benign',
  'clear', 'clean', 'fine', 'good', 'great', 'excellent', 'perfect', 'ok', 'okay', 'reassuring',
  'unremarkable', 'stable', 'healthy', 'within normal limits', 'within normal range', 'in range',
  'in the normal range', 'right where we want', 'where we want', 'at goal', 'on target', 'as expected',
  'looked fine', 'all good', 'nothing concerning', 'nothing to worry about', 'no concerns',
  'no cancer', 'no sign', 'no signs', 'no evidence', 'harmless', 'nothing serious', 'not serious',
  'not dangerous', 'low risk', 'no growth', 'no infection', 'improved', 'better', 'unchanged',
  'no change', 'the same', 'undetectable', 'healed', 'healing well', 'resolved', 'cleared', 'passed',
  'goal range', 'your goal', 'the goal', 'target range', 'therapeutic', 'healthy', 'working well',
  'pumping well', 'functioning well', 'doing well', 'looks good', 'looked good', 'well within',
  'still normal', 'within normal',
];

/** Trend words: a value "higher than last year" is still normal when it is within its range. */
export const trendWords = ['higher', 'lower', 'up', 'down', 'increased', 'decreased', 'went up', 'went down', 'rose', 'fell', 'dropped'];

/** Outcomes that say a result is abnormal. */
export const abnormalOutcomes = [
  'abnormal', 'positive', 'reactive', 'detected', 'elevated', 'high', 'higher', 'low', 'lower',
  'too high', 'too low', 'above', 'below', 'out of range', 'outside', 'borderline', 'increased',
  'decreased', 'worse', 'worsening', 'up', 'down', 'critical', 'concerning', 'significant',
  'malignant', 'cancerous', 'precancerous', 'atypical', 'suspicious', 'inconclusive', 'off',
  'raised', 'markedly', 'mildly', 'moderately', 'severely', 'consistent with', 'showing',
  'enlarged', 'thickened', 'narrowed', 'blocked', 'blockage', 'a small', 'a large', 'a tear',
  'torn', 'broken', 'fracture', 'fractured', 'some', 'signs of', 'evidence of', 'changes',
  'went up', 'dropped', 'rose', 'fell', 'spike', 'out of whack',
];

/**
 * Words that name tests in general ("your labs", "the results"), weaker than a named test.
 * "Numbers" and "readings" are left out: in replies they are mostly the patient's own home readings.
 */
export const genericTestWords = [
  'results', 'result', 'labs', 'lab', 'lab work', 'labwork', 'blood work', 'bloodwork', 'blood test',
  'blood tests', 'tests', 'test', 'scan', 'scans', 'imaging', 'report', 'levels', 'panel',
  'screening', 'workup', 'work-up', 'studies', 'study', 'pathology', 'path report', 'culture',
  'swab', 'sample', 'specimen', 'fluid', 'biopsies', 'films', 'pictures', 'images',
];

/**
 * Phrases before a condition that assert it of the patient: "you have", "this is", "consistent
 * with". Up to a few modifier words may stand between the cue and the condition.
 */
export const diagnosisCuesBefore = [
  'you have', "you've", 'you now have', 'you have developed', "you've developed", 'you developed',
  "you've got", 'you have got', 'you got', 'you are', "you're", 'you are dealing with',
  "you're dealing with", 'you are also dealing with', "you're also dealing with", 'you also have',
  'you do have', 'you have had', 'you were diagnosed with', 'diagnosed with', 'diagnosed you with',
  'diagnosing you with', 'diagnosis of',
  'diagnosis is', 'the diagnosis is', 'this is', "this's", 'that is', "that's", 'it is', "it's",
  'which is', 'it was', 'this was', 'is likely', 'is most likely', 'most likely', 'probably', 'likely',
  'more likely', 'consistent with', 'in keeping with', 'compatible with', 'typical of', 'suggestive of',
  'fits', 'fit', 'fits with', 'looks like', 'look like', 'looks more like', 'sounds like', 'seems like',
  'appears to be', 'points to', 'point to', 'means', 'mean', 'meaning', 'confirms', 'confirmed',
  'shows', 'showed', 'show', 'revealed', 'reveals', 'found', 'demonstrated', 'turned out to be',
  'came back as', 'due to', 'caused by', 'from', 'a form of', 'a type of', 'a kind of', 'indicates',
  'indicate', 'suggests', 'suggest', 'impression is', 'impression is that', 'think this is',
  'think you have', 'think you are', "think you're", 'believe you have', 'explains', 'is called',
  'called', 'known as', 'this fits', 'your symptoms fit', 'positive for', 'tested positive for',
  'grew', 'puts you in', 'puts you at', 'caught', 'picked up', 'confirm', 'show', 'dx:', 'diagnosis:',
  'impression:', 'assessment:', 'has', 'has developed', 'has got', "he's got", "she's got",
  'he has', 'she has', "he's", "she's",
];

/** Words that may stand between a cue and its condition without breaking the link. */
export const diagnosisBridgeWords = [
  'a', 'an', 'the', 'some', 'mild', 'moderate', 'severe', 'early', 'late', 'small', 'large', 'new',
  'first', 'acute', 'chronic', 'also', 'now', 'likely', 'probably', 'most', 'what', 'called', 'type',
  '1', '2', 'stage', 'grade', 'low-grade', 'high-grade', 'early-stage', 'borderline', 'an', 'active',
  'of', 'outbreak', 'case', 'bit', 'touch', 'form', 'kind', 'sign', 'signs', 'left', 'right', 'both',
  'bilateral', 'viral', 'bacterial', 'fungal', 'allergic', 'mm', 'cm', 'tiny', 'little', 'few',
  'multiple', 'several', 'two', 'three', 'mildly', 'very', 'really', 'pretty', 'significant',
  'partial', 'complete', 'full', 'recurrent', 'another', 'simple', 'benign', 'malignant',
  'obstructive', 'uncomplicated', 'complicated', 'common', 'called', 'known', 'as', 'dealing', 'with',
  'evidence', 'more', 'do',
];

/** Before a cue: the condition is already known ("because you're pregnant", "since you have asthma"). */
export const establishedBeforeCue = ['because', 'since', 'as', 'now that', 'given that', 'given', 'with', 'for', 'while', 'when'];

/** Before a cue: general teaching, not a diagnosis ("can be a sign of", "may mean"). */
export const generalBeforeCue = [
  'can', 'could', 'may', 'might', 'sometimes', 'often', 'usually', 'typically', 'commonly', 'rarely',
  'if', 'whether', 'or', 'anyone', 'someone', 'everyone', 'people', 'women', 'men', 'children', 'kids',
  'who',
];

/** After a condition: it only qualifies another noun ("a diabetes class"), so it is not asserted. */
export const conditionAsModifier = [
  'visit', 'visits', 'appointment', 'appt', 'class', 'classes', 'education', 'educator', 'screening',
  'screen', 'test', 'testing', 'tests', 'check', 'checks', 'follow-up', 'clinic', 'specialist', 'doctor',
  'team', 'medicine', 'medicines', 'medication', 'medications', 'meds', 'referral', 'risk', 'risks',
  'prevention', 'program', 'care', 'plan', 'supplies', 'handout', 'information', 'info', 'support group',
  'vaccine', 'shot', 'awareness', 'month', 'center', 'nurse', 'coach', 'diet', 'sign', 'signs',
  'symptom', 'symptoms', 'warning', 'precautions', 'questionnaire', 'notes', 'records', 'services',
  'resources', 'hotline', 'line', 'counselor', 'counseling', 'group', 'brochure', 'season', 'follow-up',
  'action plan', 'foundation', 'survivorship',
];

/** After a condition: it is over ("the fracture has healed"). */
export const conditionResolved = [
  'has healed', 'healed', 'is healing', 'has resolved', 'resolved', 'is gone', 'has cleared', 'cleared up',
  'is cured', 'went away', 'has passed', 'passed',
];

/** "Your thyroid is underactive": organ + state phrasings that state a diagnosis. */
export const organStatePatterns = [
  String.raw`\byour (?:thyroid|thyroid gland) (?:is|was) (?:underactive|overactive|slow|sluggish|not making enough)\b`,
  String.raw`\byour (?:kidneys?|kidney function) (?:is|are|was|were|isn't|aren't) (?:not )?(?:working|filtering) (?:as well|well)\b`,
  String.raw`\byour (?:bones|bone density) (?:is|are|was|were) (?:thin|thinning|weak|low)\b`,
  String.raw`\byour (?:heart|heart muscle) (?:is|was) (?:enlarged|weak|not pumping (?:as well|well))\b`,
  String.raw`\byour (?:liver) (?:is|was) (?:fatty|enlarged|inflamed|scarred)\b`,
  String.raw`\byou (?:are|'re) (?:anemic|diabetic|prediabetic|pre-diabetic|pregnant|hypothyroid|hyperthyroid|iron deficient|iron-deficient|vitamin d deficient|immune to|not immune to|a carrier)\b`,
];

/** Verbs that change a therapy: "start", "hold", "bump ... to", "switch ... to". */
export const therapyChangeVerbs = [
  'start', 'starting', 'begin', 'beginning', 'initiate', 'add', 'adding', 'stop', 'stopping',
  'discontinue', 'discontinuing', 'quit', 'hold', 'holding', 'skip', 'pause', 'increase',
  'increasing', 'raise', 'raising', 'bump', 'bumping', 'double', 'doubling', 'decrease',
  'decreasing', 'lower', 'lowering', 'reduce', 'reducing', 'cut', 'cut back', 'cut down', 'drop',
  'switch', 'switching', 'change', 'changing', 'swap', 'replace', 'taper', 'tapering', 'wean',
  'restart', 'resume', 'go up on', 'go up to', 'go down on', 'go down to', 'go back to', 'come off',
  'get off', 'try', 'trying', 'use', 'apply', 'take', 'put you on', 'putting you on', 'place you on',
  "i've sent", 'i sent', 'i have sent', "we've sent", 'we sent', 'sent in', 'called in',
  "i've called in", 'i called in', 'prescribed', "i've prescribed", "i'm prescribing",
  'i am prescribing', 'prescribe', 'e-prescribed', 'ordered', "i've ordered", 'i ordered',
  "you'll take", 'you will take', "you'll need", 'you will need', 'you need', "you'll get", 'you will get',
  "you'll be on", 'you will be on', "we'll give you", 'we will give you', 'you should take',
  'you should start', 'chew', 'alternate', 'give him', 'give her', 'postpone', 'delay', 'cancel',
  'new prescription', 'new rx', 'new medicine', 'new medication', 'wants you on', 'want you on', 'd/c',
  'no more',
  'would like you on', "i'd like you on", 'like you to take', 'like you to start', 'like you to try',
];

/** Past-tense changes count when the clinician is the subject ("I've increased", "we stopped"). */
export const clinicianSubjects = ["i've", 'i have', 'i', "we've", 'we have', 'we', 'dr. [a-z]+ has'];
export const pastChangeVerbs = [
  'added', 'started', 'increased', 'decreased', 'stopped', 'switched', 'changed', 'lowered', 'raised',
  'reduced', 'doubled', 'discontinued', 'held', 'adjusted', 'restarted', 'tapered',
];

/** Weak therapy verbs need a dose or frequency after the drug to count ("take X 500 mg twice daily"). */
export const weakTherapyVerbs = [
  'try', 'trying', 'use', 'apply', 'take', 'ordered', "i've ordered", 'i ordered', 'drop', 'change',
  'changing', 'you need', 'chew', 'give him', 'give her', 'cancel', 'delay', 'new prescription', 'new rx',
];

/** Right after a weak verb's object, an immediacy word stands in for a dose ("use your EpiPen now"). */
export const immediacyWords = [
  'now', 'right now', 'right away', 'immediately', 'today', 'tonight', 'as soon as possible',
  'from now on', 'going forward', 'starting today', 'starting tomorrow', 'starting tonight',
];

/** Verbs that send a prescription: a new drug unless the sentence says refill/same. */
export const prescribingVerbs = [
  "i've sent", 'i sent', 'i have sent', "we've sent", 'we sent', 'sent in', 'called in',
  "i've called in", 'i called in', 'prescribed', "i've prescribed", "i'm prescribing",
  'i am prescribing', 'prescribe', 'e-prescribed',
];

/** Passive changes after the drug: "your lisinopril was increased to 20 mg". */
export const therapyChangePassive = [
  'was increased', 'has been increased', 'is increased', 'was decreased', 'has been decreased',
  'was stopped', 'has been stopped', 'was discontinued', 'has been discontinued', 'was started',
  'has been started', 'was changed', 'has been changed', 'was switched', 'has been switched',
  'was lowered', 'has been lowered', 'was raised', 'has been raised', 'was held', 'is on hold',
  'should be stopped', 'should be held', 'needs to be stopped', 'needs to be held', 'is being increased',
  'is being decreased', 'is being stopped', 'is going down to', 'is going up to', 'goes down to',
  'goes up to', 'is changing to', 'changes to', 'will go down to', 'will go up to',
];

/** Words saying the therapy stays as it is: a refill, "continue", "same dose". */
export const unchangedMarkers = [
  'continue', 'continuing', 'keep taking', 'keep using', 'keep on', 'keep wearing', 'keep doing',
  'stay on', 'staying on', 'remain on', 'same dose', 'same doses', 'same as before', 'same as now',
  'same as always', 'same as you have been', 'as you have been', "as you've been", 'no change',
  'no changes', 'not changing', 'unchanged', 'refill', 'refills', 'refilled', 'renewed', 'renewal',
  'as usual', 'as prescribed', 'as directed', 'current dose', 'regular dose', 'usual dose',
  'no need to stop', 'no need to change', 'hold you at', 'same directions', 'same inhaler',
  'same schedule', 'prior auth', 'prior authorization', 'approved', 'remember to', 'your usual',
  'your regular', 'your normal', 'as always', 'old one expired', 'ran out',
];

/** A change only to be talked about later is not a change: "talk about starting a statin at your visit". */
export const therapyDeferralMarkers = [
  'talk about', 'talk through', 'discuss', 'discussing', 'go over', 'going over', 'consider',
  'considering', 'think about', 'thinking about', 'decide', 'deciding', 'review', 'options',
  'whether', 'might', 'may need', 'could', 'if', 'possibly',
  'would like to see you', 'look at', 'looking at', 'weigh', 'if needed', 'if it', 'if you', 'if your',
  'if the', 'if we', 'if this', 'if that', 'in case', 'unless', 'should you', 'before deciding',
  'before you start', 'before you begin', 'before starting', 'before we start',
];

/** After the change verb, a later visit puts the change off ("start a statin at your next visit"). */
export const deferredToVisitMarkers = [
  'at your visit', 'at your appointment', 'at your appt', 'at your physical', 'at your next',
  'at your follow', 'at your f/u', 'next visit', 'at a visit', 'when we see you', 'when i see you',
];

/** A following sentence that puts the start off until a talk ("Let's go over it before you start"). */
export const startDeferredMarkers = ['before you start', 'before you begin', 'before starting', 'before we start', 'before we begin'];

/** Objects of a therapy verb that are treatments without naming a drug. */
export const genericTreatmentWords = [
  'medicine', 'medicines', 'medication', 'medications', 'med', 'meds', 'pill', 'pills', 'tablet',
  'tablets', 'capsule', 'capsules', 'dose', 'dosage', 'prescription', 'antibiotic', 'antibiotics',
  'treatment', 'treatment pack', 'inhaler', 'cream', 'ointment', 'drops', 'patch', 'injection',
  'injections', 'shot', 'shots', 'infusion', 'supplement', 'vitamin', 'exercises', 'therapy',
  'physical therapy', 'brace', 'cycle', 'chemo', 'chemotherapy', 'splint', 'boot', 'crutches', 'sling', 'compression stockings',
  'nebulizer', 'insulin', 'oxygen', 'steroid', 'steroids', 'antiviral', 'antifungal', 'regimen',
  'spray', 'nasal spray', 'eye drops', 'ear drops', 'gel', 'lotion', 'suppository', 'statin',
  'blood pressure pill', 'water pill', 'antidepressant',
];

/** Dose, frequency or duration after a drug: "500 mg", "twice daily", "for 7 days". */
export const dosePattern = String.raw`\b\d+(?:[.,]\d+)?(?:\/\d+(?:\.\d+)?)? ?(?:mg|mcg|µg|g|grams?|units?|iu|ml|mls|puffs?|tabs?|tablets?|pills?|caps?|capsules?|drops?|sprays?|patch(?:es)?|films?|%)\b|\b(?:once|twice|three times|four times|\d+ ?x|\d+ times) (?:a |per |each )?(?:day|daily|week|weekly|night|nightly)\b|\b(?:daily|nightly|weekly|bid|tid|qid|qd|qhs|prn|as needed|every other day|every \d+(?:-\d+)? (?:hours?|hrs?|days?|weeks?)|at bedtime|with (?:breakfast|dinner|meals))\b|\bfor \d+(?:-\d+)? (?:days?|weeks?|wks?|months?)\b`;

/** Time units: a number followed by these is not a test value ("A1c in 3 months"). */
export const timeUnitsAfterNumber = String.raw`^\s?(?:-\s?\d+\s?)?(?:months?|mos?|weeks?|wks?|days?|years?|yrs?|hours?|hrs?|minutes?|mins?|times|x|am|pm|a\.m\.|p\.m\.|o'clock|th|st|nd|rd)\b`;

/** Dose units: a number followed by these is a dose, not a value ("vitamin D 50,000 units weekly"). */
export const doseUnitsAfterNumber = String.raw`^\s?(?:mg|mcg|units?|iu|tabs?|tablets?|pills?|capsules?|puffs?|drops?)\b(?!\s?\/)`;

/**
 * Logistics around protected care ("your session with your therapist moves to Friday", "your
 * Suboxone prior authorization was approved"): the patient's care continues as it was, and the
 * sentence discloses nothing new. Protected words in such sentences are not a disclosure.
 */
export const routineLogisticsMarkers = [
  'appointment', 'appt', 'session', 'sessions', 'scheduled', 'schedule', 'reschedule', 'rescheduled',
  'moved to', 'moves to', 'is moved', 'is out', 'intake', 'check-in', 'refill', 'refilled', 'renewed',
  'renewal', 'prior auth', 'prior authorization', 'approved', 'insurance', 'brochure', 'handout',
  'questionnaire', 'form', 'forms', 'paperwork', 'mailed', 'open', 'hours', 'located', 'parking',
  'offers', 'we offer', 'our clinic', 'the clinic', 'front desk', 'pick up', 'copay', 'bill', 'billing',
  'vaccine', 'vaccines', 'vaccination', 'immunization', 'booster', 'series', 'due for',
];

/** Between a prescribing verb and its object: the thing sent is not a prescription. */
export const notAPrescription = ['referral', 'referrals', 'order for', 'letter', 'note', 'form', 'records', 'paperwork', 'message'];
