// Red-flag symptoms a patient (or parent) may write in a portal message that need a call now,
// 911, 988 or emergency care rather than a routine reply.
// Compiled from the AHA/ASA stroke and heart-attack warning signs (BE FAST), the 988 Suicide &
// Crisis Lifeline and ASQ screening phrasings, ACOG urgent maternal warning signs (AIM), AAP
// fever-in-infants guidance, ADA hypo/hyperglycemia guidance, the Schmitt-Thompson telephone
// triage "go to ED now" dispositions and Poison Control (1-800-222-1222) guidance; hand-reviewed.
// Updated 2026-11-24.
// Terms are fixed phrases (whole words, case-insensitive, optional plural). Patterns are regex
// sources matched case-insensitively with the "u" flag; they must stay linear-time: no nested
// quantifiers, only bounded gaps such as [^.!?\n]{0,60}, and at most one gap per pattern. Gaps
// stop at sentence ends, except where a decimal temperature (100.4) must fit inside one.
// Apostrophes are written ['’]? so "cant", "can't" and "can’t" all match. Idioms ("this heat is
// killing me", "dying to know") are kept out on purpose; negation and past tense are the
// engine's job (ConText), not the lexicon's.
import type { z } from 'zod';
import type { redFlagEntrySchema } from './schema';

export const meta = {
  name: 'red-flags',
  source:
    'AHA/ASA warning signs, 988 Lifeline/ASQ, ACOG AIM maternal warning signs, AAP infant fever, ADA, Schmitt-Thompson triage, Poison Control; hand-reviewed',
  updated: '2026-11-24',
};

// Input shape: terms and patterns may be omitted (the schema defaults them to []).
type RedFlagInput = z.input<typeof redFlagEntrySchema>;

export const entries: RedFlagInput[] = [
  // Heart
  {
    id: 'chest-pain',
    label: 'chest pain',
    group: 'cardiac',
    action: '911',
    terms: [
      'chest pain',
      'chest pressure',
      'chest tightness',
      'tightness in my chest',
      'pressure in my chest',
      'pain in my chest',
      'heaviness in my chest',
      'squeezing in my chest',
      'crushing chest pain',
      'my chest hurts',
      'his chest hurts',
      'her chest hurts',
      'chest hurting',
    ],
    patterns: [
      String.raw`\bchest (?:is |feels? |felt |was |has been |keeps )?(?:so |really |very |super )?(?:tight|heavy|hurting|squeezing|crushing|aching|killing me)\b`,
      String.raw`\b(?:pain|pressure|tightness|squeezing|heaviness|aching|burning) (?:in|on|across) (?:my|his|her|the) (?:chest|left chest)\b`,
      String.raw`\bchest p[ai]{2}ns?\b`,
    ],
  },
  {
    id: 'heart-attack',
    label: 'possible heart attack',
    group: 'cardiac',
    action: '911',
    patterns: [
      String.raw`\b(?:having|think (?:i['’]?m|i am|he['’]?s|she['’]?s|he is|she is) having|might be having|could be having) a heart attack\b`,
      String.raw`\bpain (?:going|spreading|radiating|shooting|moving) (?:down|into|to|up) (?:my|his|her) (?:left arm|jaw|arm and jaw)\b`,
    ],
  },
  {
    id: 'fast-heart-symptoms',
    label: 'racing heart with fainting or chest pain',
    group: 'cardiac',
    action: 'ed',
    patterns: [
      String.raw`\bheart (?:is |keeps |has been |was |started )?(?:racing|pounding|beating (?:so |really )?fast)\b[^.!?\n]{0,50}\b(?:dizzy|faint|pass(?:ed|ing)? out|black(?:ed|ing) out|chest|short of breath|can['’]?t breathe)`,
      String.raw`\b(?:heart rate|pulse|hr) (?:is |was |of |at |reading |went up to )?(?:1[5-9]\d|2\d\d)\b`,
    ],
  },
  // Stroke (BE FAST)
  {
    id: 'stroke-face',
    label: 'face drooping',
    group: 'stroke',
    action: '911',
    terms: ['face drooping', 'facial droop', 'drooping face', 'droopy face', 'crooked smile', 'one side of my face is drooping'],
    patterns: [
      String.raw`\b(?:face|mouth|smile|lip|eyelid and mouth) (?:is |was |looks |started |seems |has started )?(?:drooping|droopy|crooked|lopsided|sagging)\b`,
      String.raw`\bface\b[^.!?\n]{0,30}\b(?:droop(?:y|ing|ed|s)|crooked|lopsided)\b`,
      String.raw`\bdroop(?:ing|y|s)? (?:on )?(?:one side|the left side|the right side|left side|right side)\b`,
    ],
  },
  {
    id: 'stroke-weakness',
    label: 'sudden weakness or numbness on one side',
    group: 'stroke',
    action: '911',
    terms: ['sudden weakness', 'sudden numbness', 'weakness on one side', 'numbness on one side'],
    patterns: [
      String.raw`\b(?:numb|weak|numbness|weakness|paralyzed|tingling) (?:on|in|down) (?:one|the left|the right|my left|my right|his left|his right|her left|her right) side\b`,
      String.raw`\bcan['’]?t (?:move|feel) (?:my|his|her) (?:left |right )?(?:arm|leg|face)\b`,
      String.raw`\b(?:arm|leg|face) (?:has been |is |was |went |feels |felt |suddenly )?(?:numb and weak|weak and numb|numb and heavy|weak and heavy)\b`,
      String.raw`\b(?:suddenly|all of a sudden)\b[^.!?\n]{0,30}\b(?:can['’]?t|cannot|couldn['’]?t) (?:lift|move|feel|raise|use|grip with) (?:my|his|her)\b`,
    ],
  },
  {
    id: 'stroke-speech',
    label: 'slurred or lost speech',
    group: 'stroke',
    action: '911',
    terms: ['slurred speech', 'garbled speech'],
    patterns: [
      String.raw`\bslurr(?:ed|ing)\b`,
      String.raw`\b(?:speech|words|talking) (?:is |are |was |were |sounds? |became |has been )?(?:slurred|garbled|jumbled|not making sense)\b`,
      String.raw`\bwords (?:keep |are |were |keep on )?(?:coming out|came out|come out) (?:wrong|jumbled|garbled|funny|weird|mixed up|all wrong)\b`,
      String.raw`\b(?:suddenly|all of a sudden) (?:can['’]?t|cannot|couldn['’]?t|unable to) (?:speak|talk|understand|get (?:the |my |his |her )?words out)\b`,
    ],
  },
  {
    id: 'stroke',
    label: 'possible stroke',
    group: 'stroke',
    action: '911',
    terms: ['stroke symptoms', 'signs of a stroke', 'having a stroke', 'having a mini stroke', 'having a mini-stroke', 'having a TIA'],
    patterns: [
      String.raw`\bthink (?:i['’]?m|i am|he['’]?s|she['’]?s|he is|she is|my \w{1,12} is) having a (?:stroke|mini[- ]?stroke|TIA)\b`,
      String.raw`\bsudden(?:ly)?\b[^.!?\n]{0,20}\b(?:can['’]?t walk|lost (?:my |his |her )?balance|can['’]?t stand up)\b`,
    ],
  },
  {
    id: 'vision-loss',
    label: 'sudden vision loss',
    group: 'stroke',
    action: '911',
    terms: ['sudden vision loss', 'sudden loss of vision', 'sudden blindness', 'went blind', 'blind in one eye', 'curtain over my eye', 'curtain over my vision'],
    patterns: [
      String.raw`\b(?:suddenly|sudden)\b[^.!?\n]{0,20}\b(?:lost (?:my |his |her |the )?(?:vision|sight)|can['’]?t see|blind|double vision)\b`,
      String.raw`\b(?:lost|losing|lose) (?:the |my |his |her )?(?:vision|sight) in (?:my|his|her|one|the) (?:left |right )?eye\b`,
      String.raw`\bcan['’]?t see (?:out of|from|with) (?:my|his|her|one|the) (?:left |right )?eye\b`,
      String.raw`\b(?:curtain|shadow|veil) (?:coming down |came down )?(?:over|across) (?:my|his|her|the|part of my) (?:vision|eye|sight)\b`,
    ],
  },
  {
    id: 'worst-headache',
    label: 'sudden worst headache',
    group: 'stroke',
    action: '911',
    terms: ['worst headache of my life', 'worst headache ever', 'thunderclap headache', 'worst headache I have ever had'],
    patterns: [
      String.raw`\bworst head ?ache (?:of (?:my|his|her) life|i['’]?ve ever had|ever|he['’]?s ever had|she['’]?s ever had)\b`,
      String.raw`\bsudden(?:ly)?\b[^.!?\n]{0,20}\b(?:severe|terrible|explosive|excruciating|blinding) head ?ache\b`,
    ],
  },
  {
    id: 'confusion',
    label: 'sudden confusion',
    group: 'neuro',
    action: 'ed',
    terms: ['sudden confusion', "doesn't know where she is", "doesn't know where he is", "doesn't recognize me", 'not making any sense'],
    patterns: [
      String.raw`\b(?:suddenly|acting|became|become|is acting|very suddenly) (?:very |really |so |more )?(?:confused|disoriented)\b`,
      String.raw`\bconfused and (?:not making sense|disoriented|sleepy|drowsy|can['’]?t|won['’]?t wake)`,
    ],
  },
  {
    id: 'unresponsive',
    label: 'unresponsive or hard to wake',
    group: 'neuro',
    action: '911',
    terms: ['unresponsive', "won't wake up", "can't wake him", "can't wake her", "can't wake him up", "can't wake her up", 'hard to wake', 'not waking up', 'very lethargic', 'extremely lethargic'],
    patterns: [
      String.raw`\b(?:can['’]?t|cannot|couldn['’]?t|unable to) wake (?:him|her|them|my \w{1,12})\b`,
      String.raw`\b(?:baby|infant|toddler|son|daughter|child|kid|newborn)\b[^.!?\n]{0,30}\b(?:lethargic|floppy|limp|won['’]?t wake|hard to wake|not responding)\b`,
    ],
  },
  // Breathing
  {
    id: 'trouble-breathing',
    label: 'trouble breathing',
    group: 'breathing',
    action: '911',
    terms: [
      'trouble breathing',
      'difficulty breathing',
      'struggling to breathe',
      'hard to breathe',
      'hard time breathing',
      'gasping for air',
      'gasping for breath',
      'labored breathing',
      'short of breath at rest',
      'severe shortness of breath',
      'very short of breath',
      'really short of breath',
      'too short of breath to talk',
      'ribs sucking in',
      'ribs pulling in',
      'nostrils flaring',
      'grunting with each breath',
      'stridor',
    ],
    patterns: [
      String.raw`\bcan['’]?t (?:catch (?:my|his|her|their) breath|get (?:enough )?air|get a (?:full|deep) breath)\b`,
      String.raw`\b(?:can['’]?t|cannot|cant|unable to|could not|couldn['’]?t) breath(?:e)?\b(?! (?:through|out of|thru) (?:my|his|her|the|their) nose)`,
      String.raw`\b(?:trouble|difficulty|difficult|struggling|struggle|hard|harder) (?:to )?breath(?:e|ing)\b`,
      String.raw`\bsuffocat(?:e|ing)\b`,
    ],
  },
  {
    id: 'cyanosis',
    label: 'lips or face turning blue',
    group: 'breathing',
    action: '911',
    terms: ['blue lips', 'bluish lips', 'turning blue', 'turned blue'],
    patterns: [
      String.raw`\b(?:lips?|face|mouth) (?:is |are |look(?:s|ing)? |turn(?:ed|ing|s)? |went |getting |going )?(?:blue|bluish|purple|gray|grey)\b`,
    ],
  },
  {
    id: 'asthma-not-responding',
    label: 'breathing not helped by inhaler',
    group: 'breathing',
    action: 'ed',
    patterns: [
      String.raw`\b(?:inhaler|albuterol|nebulizer|neb|rescue inhaler|breathing treatments?)\b[^.!?\n]{0,40}\b(?:not (?:helping|working)|isn['’]?t (?:helping|working)|doesn['’]?t (?:help|work)|didn['’]?t (?:help|work)|is not (?:helping|working)|every (?:hour|30 minutes|20 minutes))(?! (?:my|the|with (?:my|the)) cough)`,
    ],
  },
  {
    id: 'choking',
    label: 'choking',
    group: 'breathing',
    action: '911',
    terms: ['choking and can\'t breathe'],
    patterns: [
      String.raw`\bchok(?:ing|ed)\b[^.!?\n]{0,30}\b(?:can['’]?t|cannot) (?:breathe|talk|cough|speak)\b`,
      String.raw`\bcan['’]?t swallow (?:my |his |her )?(?:own )?(?:spit|saliva)\b`,
      String.raw`\bsomething stuck in (?:my|his|her) (?:throat|windpipe|airway)\b`,
    ],
  },
  // Allergic reactions
  {
    id: 'anaphylaxis',
    label: 'severe allergic reaction',
    group: 'allergy',
    action: '911',
    terms: ['anaphylaxis', 'anaphylactic', 'anaphylactic reaction', 'throat closing', 'throat closing up', 'throat is closing', 'tongue swelling', 'swollen tongue', 'tongue is swelling'],
    patterns: [
      String.raw`\bthroat (?:is |feels? |felt |was |keeps )?(?:closing|tight|tightening|closing up|getting tight)\b`,
      String.raw`\bhives\b[^.!?\n]{0,40}\b(?:trouble breathing|can['’]?t breathe|short of breath|wheez|throat|tongue|lips? swell|swallow)`,
      String.raw`\b(?:trouble breathing|can['’]?t breathe|throat (?:is )?(?:closing|tight)|wheezing)\b[^.!?\n]{0,40}\bhives\b`,
      String.raw`\b(?:used|gave|give|had to use|needed|injected) (?:my|his|her|the|an|their|him his|her her|him the|her the) epi-?pens?\b`,
      String.raw`\b(?:used|gave|give|had to use|needed) (?:an? )?(?:epinephrine|epi) (?:shot|injection|auto-?injector|pen)\b`,
    ],
  },
  {
    id: 'angioedema',
    label: 'lip, tongue or face swelling',
    group: 'allergy',
    action: 'ed',
    terms: ['lips are swelling', 'lip swelling', 'face is swelling', 'face swelling up'],
    patterns: [
      String.raw`\b(?:tongue|lips?|face|mouth) (?:is |are |started |has |have |keeps |been )?(?:swelling up|swelling|puffing up|blowing up|swelled up)\b`,
    ],
  },
  // Suicide, self-harm and harm to others
  {
    id: 'suicidal',
    label: 'suicidal thoughts',
    group: 'mental-health',
    action: '988',
    terms: [
      'suicidal',
      'suicide',
      'kill myself',
      'killing myself',
      'unalive myself',
      'end my life',
      'ending my life',
      'end it all',
      'take my own life',
      'no reason to live',
      'nothing to live for',
      'better off dead',
      'better off without me',
      'wish I was dead',
      'wish I were dead',
      'wish I could die',
      'want to be dead',
      'not worth living',
      'harm myself',
      'self-harm',
      'self harm',
    ],
    patterns: [
      String.raw`\b(?:kill|kil|kll|hang) ?my ?self\b`,
      String.raw`\b(?:want|wanted|wanna|ready|planning|plan) (?:to )?(?:die(?! (?:my|his|her|their|the) (?:hair|beard|roots|clothes|shirt))|end it|end things|be dead|not be here|disappear forever)\b`,
      String.raw`\b(?:don['’]?t|dont|do not|no longer) (?:want|wanna) (?:to )?(?:live|be alive|be here anymore|exist|go on)\b`,
      String.raw`\b(?:don['’]?t|dont|do not) (?:want|wanna) (?:to )?wake up (?:anymore|again|ever)\b`,
      String.raw`\b(?:thinking (?:about|of)|going to|gonna|want to|wanna|planning to|plan to|might) (?:take|taking|swallow|swallowing) (?:them all|all of them|all my pills|all (?:my|the|of my) (?:pills|meds|medicine)|the whole bottle|every pill)\b`,
      String.raw`\b(?:what['’]?s|what is) the point (?:of|in) (?:living|going on|being alive)\b`,
      String.raw`\b(?:thinking|thought|thoughts) (?:about|of) (?:ending it|ending my life|death|suicide|not being here)\b`,
      String.raw`\b(?:want|wanted|urges?|thoughts? (?:of|about)|thinking (?:of|about)|tempted) (?:to )?(?:hurt|hurting|harm|harming|cut|cutting|burn|burning) my ?self\b`,
      String.raw`\bwrote (?:a |my )?(?:suicide note|goodbye letters?|goodbye notes?)\b`,
    ],
  },
  {
    id: 'overdose-intentional',
    label: 'overdose',
    group: 'mental-health',
    action: '911',
    terms: ['overdosed', 'overdosing', "OD'd", 'took too many pills', 'took all my pills', 'took a bunch of pills', 'took the whole bottle', 'swallowed a bottle of pills'],
    patterns: [
      String.raw`\btook (?:all|a (?:whole|full) bottle|the (?:whole|rest of the|entire) bottle|a handful|handfuls|a bunch) (?:of )?(?:my |his |her |the )?(?:pills|meds|medicine|medication|tablets|tylenol|sleeping pills)\b`,
      String.raw`\b(?:gave|give|used|needed|had to use) (?:him |her |them |me )?(?:narcan|naloxone)\b`,
    ],
  },
  {
    id: 'harm-others',
    label: 'thoughts of harming others',
    group: 'mental-health',
    action: '911',
    terms: ['homicidal', 'homicidal thoughts', 'thoughts of hurting others', 'thoughts of hurting my baby', 'shake the baby'],
    patterns: [
      String.raw`\b(?:thoughts? (?:of|about)|urges? to|plan(?:ning)? to|going to|gonna|want to|wanna) (?:kill|hurt|harm|shoot|stab) (?:someone|somebody|people|others|other people|everyone)\b`,
      String.raw`\b(?:thoughts? (?:of|about)|urges? to|plan(?:ning)? to|afraid i (?:will|might)|scared i (?:will|might)|worried i (?:will|might)) (?:kill|hurt|harm|shoot|stab|smother|drown|shake) (?:my (?:baby|child|kids?|son|daughter|wife|husband|partner|newborn)|him|her|them)\b`,
    ],
  },
  {
    id: 'psychosis',
    label: 'hearing voices or seeing things',
    group: 'mental-health',
    action: '988',
    terms: ['hearing voices', 'command hallucinations', 'delirium tremens'],
    patterns: [
      String.raw`\bvoices? (?:are |is |keep |keeps )?(?:telling|tell|told) (?:me|him|her) to\b`,
      String.raw`\b(?:seeing|hearing) (?:things|people|bugs) (?:that )?(?:aren['’]?t|are not|that aren['’]?t|nobody else can) (?:there|see|hear)\b`,
    ],
  },
  {
    id: 'unsafe-home',
    label: 'unsafe at home',
    group: 'safety',
    action: '911',
    terms: ['not safe at home', 'unsafe at home', 'afraid for my life', 'afraid for my safety', 'threatened to kill me'],
    patterns: [String.raw`\b(?:he|she|they|my (?:husband|wife|boyfriend|girlfriend|partner|ex)) (?:threatened to|tried to|says (?:he|she|they) will|said (?:he|she|they) would|keeps threatening to) (?:kill|hurt|choke|strangle|shoot) me\b`],
  },
  // Bleeding
  {
    id: 'heavy-vaginal-bleeding',
    label: 'heavy vaginal bleeding',
    group: 'bleeding',
    action: 'ed',
    terms: ['soaking a pad every hour', 'soaking through a pad an hour', 'hemorrhaging'],
    patterns: [
      String.raw`\b(?:soak(?:ed|ing|s)?|bleed(?:ing|s)? through|fill(?:ing|ed|s)?|go(?:ing)? through) (?:through )?(?:a|one|two|\d+|my|multiple|several) (?:maxi |super )?(?:pad|pads|tampon|tampons)\b[^.!?\n]{0,20}\b(?:an|every|each|per|in an|in (?:one|1|less than an?)) ?(?:hour|hr|half hour|30 min(?:utes)?|\d\d? min(?:utes)?)\b`,
      String.raw`\b(?:clots?|clotting) (?:the size of|bigger than|as big as|larger than) (?:a |an |my )?(?:golf ?ball|lemon|orange|egg|fist|plum|baseball)s?\b`,
    ],
  },
  {
    id: 'bleeding-wont-stop',
    label: 'bleeding that will not stop',
    group: 'bleeding',
    action: 'ed',
    terms: ["bleeding won't stop", 'bleeding will not stop', "can't stop the bleeding", 'gushing blood', 'spurting blood'],
    patterns: [
      String.raw`\b(?:bleeding|blood|nose ?bleed|wound|cut)\b[^.!?\n]{0,30}\b(?:won['’]?t|wont|will not|doesn['’]?t|does not|hasn['’]?t|has not|isn['’]?t going to|keeps? not) stop(?:ped)?\b`,
      String.raw`\bsoaked (?:through )?(?:\d+|two|three|four|several|multiple) (?:towels|shirts|washcloths|bandages|gauze pads)\b`,
      String.raw`\bspit(?:ting|s)? (?:out |up )?(?:bright red |a lot of |some |fresh )?blood\b`,
      String.raw`\bcan['’]?t (?:get|make) (?:it|the bleeding|the blood|the nosebleed) (?:to )?stop\b`,
      String.raw`\b(?:blood thinners?|eliquis|xarelto|warfarin|coumadin|apixaban|rivaroxaban|pradaxa|jantoven)\b[^.!?\n]{0,60}\b(?:bleeding (?:a lot|heavily|badly)|blood in (?:my |his |her )?(?:urine|stool|vomit|pee))`,
    ],
  },
  {
    id: 'vomiting-blood',
    label: 'vomiting blood',
    group: 'bleeding',
    action: 'ed',
    terms: ['vomiting blood', 'throwing up blood', 'threw up blood', 'puking blood', 'vomited blood', 'coffee ground vomit', 'hematemesis'],
    patterns: [
      String.raw`\b(?:vomit(?:ing|ed|s)?|throw(?:ing|s|n)? up|threw up|puk(?:ing|ed|es)?) (?:up )?(?:some |a lot of |bright red )?(?:blood|coffee grounds?)\b`,
      String.raw`\bblood in (?:my|his|her|the) (?:vomit|throw ?up|puke)\b`,
      String.raw`\b(?:look(?:s|ed|ing)?|looks|resembl(?:es|ed|ing)) like coffee grounds?\b`,
    ],
  },
  {
    id: 'gi-bleed',
    label: 'black or bloody stool',
    group: 'bleeding',
    action: 'ed',
    terms: ['black tarry stool', 'tarry stool', 'melena', 'maroon stool'],
    patterns: [
      String.raw`\b(?:black|tarry|tar-like|maroon) (?:and (?:tarry|sticky|smelly) )?(?:stools?|poops?|bowel movements?|BMs?|diarrhea)\b`,
      String.raw`\b(?:stools?|poops?|bowel movements?) (?:is |are |was |were |looks? |looked |has been |have been |turned )?(?:black and (?:tarry|sticky)|tarry|like tar|maroon)\b`,
      String.raw`\b(?:lots of|a lot of|large amounts? of|passing|pouring|clots of|cups of) (?:bright red )?blood (?:from (?:my|his|her) (?:rectum|bottom|butt)|in (?:my|the|his|her) (?:stool|toilet|poop))\b`,
    ],
  },
  {
    id: 'coughing-blood',
    label: 'coughing up blood',
    group: 'bleeding',
    action: 'ed',
    terms: ['coughing up blood', 'coughed up blood', 'coughing blood', 'hemoptysis'],
    patterns: [String.raw`\bcough(?:ing|ed|s)? (?:up )?(?:some |a lot of )?(?:blood|bright red blood|blood clots)\b`],
  },
  // Fever and infection
  {
    id: 'infant-fever',
    label: 'fever in a baby under 3 months',
    group: 'pediatric',
    action: 'ed',
    patterns: [
      String.raw`\b(?:(?:\d|1[0-2]) ?(?:week|wk)s?|(?:\d|[1-8]\d) ?days?|(?:one|two|1|2) ?(?:month|mo)s?)[- ]old\b[^!?\n]{0,50}\b(?:fever|temp(?:erature)?|febrile|100\.[4-9]|10[1-5](?:\.\d)?)\b`,
      String.raw`\b(?:fever|temp(?:erature)?|febrile)\b[^!?\n]{0,50}\b(?:(?:\d|1[0-2]) ?(?:week|wk)s?|(?:\d|[1-8]\d) ?days?|(?:one|two|1|2) ?(?:month|mo)s?)[- ]old\b`,
      String.raw`\b(?:newborn|neonate)\b[^.!?\n]{0,60}\b(?:fever|febrile|100\.[4-9]|10[1-5](?:\.\d)?)\b`,
    ],
  },
  {
    id: 'meningitis-signs',
    label: 'stiff neck with fever',
    group: 'infection',
    action: 'ed',
    patterns: [
      String.raw`\bstiff neck\b[^.!?\n]{0,60}\b(?:fever|temp(?:erature)?|febrile|rash|confus(?:ed|ion)|vomit)`,
      String.raw`\b(?:fever|temp(?:erature)?|febrile|headache)\b[^.!?\n]{0,60}\b(?:stiff neck|neck is (?:really |very )?stiff|can['’]?t (?:bend|touch) (?:my|his|her) (?:neck|chin))`,
      String.raw`\brash\b[^.!?\n]{0,40}\b(?:doesn['’]?t|does not|didn['’]?t|won['’]?t) (?:fade|blanch|go away) (?:when|under) (?:i press|pressed|pressing|a glass)`,
    ],
  },
  {
    id: 'very-high-fever',
    label: 'very high fever',
    group: 'infection',
    action: 'ed',
    patterns: [
      String.raw`\b(?:fever|temp(?:erature)?) (?:of |is |was |at |reading |hit |went up to |spiked to |up to |over |above )?(?:10[4-9](?:\.\d)?|11\d)\b`,
    ],
  },
  {
    id: 'fever-immunocompromised',
    label: 'fever on chemotherapy or after transplant',
    group: 'infection',
    action: 'ed',
    patterns: [
      String.raw`\b(?:chemo(?:therapy)?|neutropeni[ac]|transplant|low white (?:blood )?count|immunotherapy)\b[^.!?\n]{0,60}\b(?:fever|febrile|temp(?:erature)? (?:of |is |was )?(?:100\.[4-9]|10[0-5]))`,
      String.raw`\b(?:fever|febrile)\b[^.!?\n]{0,60}\b(?:on chemo(?:therapy)?|during chemo(?:therapy)?|after chemo(?:therapy)?|neutropeni[ac]|transplant)\b`,
    ],
  },
  {
    id: 'sepsis-signs',
    label: 'signs of sepsis',
    group: 'infection',
    action: 'ed',
    terms: ['sepsis', 'septic', 'mottled skin', 'skin is mottled', 'shaking chills', 'rigors'],
    patterns: [
      String.raw`\b(?:fever|temp(?:erature)?|chills)\b[^.!?\n]{0,50}\b(?:confused|confusion|can['’]?t stay awake|very sleepy|hard to wake|mottled|blotchy|heart (?:is )?racing|racing heart|very low blood pressure)`,
    ],
  },
  // Abdomen, urology, gynecology
  {
    id: 'severe-abdominal-pain',
    label: 'severe abdominal pain',
    group: 'abdominal',
    action: 'ed',
    terms: ['severe abdominal pain', 'severe stomach pain', 'severe belly pain', 'rigid abdomen', 'doubled over in pain'],
    patterns: [
      String.raw`\b(?:severe|excruciating|unbearable|worst|intense|horrible) (?:abdominal|stomach|belly|abdomen|tummy|lower right|right lower|right sided|pelvic) (?:pain|ache|cramps?|cramping)\b`,
      String.raw`\b(?:stomach|belly|abdomen) (?:is |feels )?(?:hard as a rock|rigid|hard and swollen)\b`,
      String.raw`\b(?:can['’]?t|cannot|unable to) (?:pass gas|fart|poop)\b[^.!?\n]{0,50}\b(?:vomit|throwing up|threw up|swollen|bloated)`,
    ],
  },
  {
    id: 'severe-pain',
    label: 'pain 10 out of 10',
    group: 'pain',
    action: 'same_day',
    patterns: [String.raw`\b(?:pain|hurts?|hurting)\b[^.!?\n]{0,25}\b(?:10|ten) ?(?:/|out of) ?(?:10|ten)\b`],
  },
  {
    id: 'testicular-torsion',
    label: 'sudden testicle pain',
    group: 'urology',
    action: 'ed',
    terms: ['testicular torsion', 'twisted testicle', 'sudden testicle pain', 'sudden testicular pain'],
    patterns: [
      String.raw`\b(?:sudden|severe|really bad|terrible|excruciating|intense)\b[^.!?\n]{0,20}\b(?:testicle|testicular|testes|scrotal|scrotum|ball) (?:pain|swelling)\b`,
      String.raw`\b(?:testicle|testicles|scrotum|testes) (?:is |are |suddenly )?(?:swollen and (?:painful|red)|very painful|really painful|hurts? (?:so |really )?bad(?:ly)?|killing (?:me|him))\b`,
    ],
  },
  {
    id: 'urinary-retention',
    label: 'cannot urinate',
    group: 'urology',
    action: 'ed',
    terms: ["can't pee", "can't urinate", 'unable to urinate', 'unable to pee', 'no wet diapers', 'no wet diaper'],
    patterns: [
      String.raw`\b(?:can barely|can hardly|can['’]?t|cannot|unable to) (?:get (?:any )?(?:urine|pee) out|pee|urinate)\b`,
      String.raw`\b(?:hasn['’]?t|has not|haven['’]?t|have not|didn['’]?t|not) (?:peed|urinated|pee['’]?d|had a wet diaper)\b[^.!?\n]{0,20}\b(?:in|for|since|all day)\b`,
    ],
  },
  {
    id: 'priapism',
    label: 'erection lasting more than 4 hours',
    group: 'urology',
    action: 'ed',
    terms: ['priapism'],
    patterns: [
      String.raw`\berection (?:that )?(?:won['’]?t go (?:away|down)|(?:has )?last(?:ed|ing|s)? (?:more than |over |for |longer than )?(?:[4-9]|four|five|six|seven|eight) (?:hours|hrs))`,
    ],
  },
  {
    id: 'ovarian-torsion',
    label: 'sudden severe pelvic pain',
    group: 'gynecology',
    action: 'ed',
    terms: ['ovarian torsion', 'twisted ovary'],
    patterns: [String.raw`\bsudden(?:ly)?\b[^.!?\n]{0,20}\b(?:severe|sharp|excruciating|intense) (?:pelvic|ovary|ovarian|lower belly) pain\b`],
  },
  // Pregnancy (ACOG urgent maternal warning signs)
  {
    id: 'pregnancy-bleeding',
    label: 'bleeding or severe pain in pregnancy',
    group: 'pregnancy',
    action: 'ed',
    patterns: [
      String.raw`\b(?:pregnant|pregnancy|weeks along|i['’]?m [1-4]\d weeks|at [1-4]\d weeks)\b[^.!?\n]{0,60}\b(?:bleeding|passing clots|severe cramp(?:s|ing)?|severe (?:belly |stomach |abdominal |pelvic )?pain)\b`,
      String.raw`\b(?:bleeding|passing clots|severe cramp(?:s|ing)?)\b[^.!?\n]{0,60}\b(?:pregnant|pregnancy|weeks along|i['’]?m [1-4]\d weeks|at [1-4]\d weeks)\b`,
      String.raw`\bpositive (?:pregnancy|home pregnancy|hpt) test\b[^.!?\n]{0,60}\b(?:bleeding|one[- ]sided pain|shoulder pain|severe pain|dizzy|faint)`,
    ],
  },
  {
    id: 'fetal-movement',
    label: 'baby moving less',
    group: 'pregnancy',
    action: 'ed',
    terms: ['decreased fetal movement', 'reduced fetal movement', 'less fetal movement', 'no fetal movement', 'baby moving less', 'baby is moving less'],
    patterns: [
      String.raw`\bbaby (?:is not|isn['’]?t|hasn['’]?t|has not|not|stopped|has stopped|hasn['’]?t been|has not been) (?:moving|kicking|moved|kicked)\b`,
      String.raw`\b(?:haven['’]?t|have not|can['’]?t|cannot|didn['’]?t|not|no longer) (?:felt|feel|feeling) (?:the |my )?baby (?:move|moving|kick|kicking)\b`,
      String.raw`\b(?:baby|fetal) (?:movements?|kicks?) (?:have |has )?(?:slowed|stopped|decreased|are less|is less)\b`,
    ],
  },
  {
    id: 'preeclampsia',
    label: 'headache with vision changes or high blood pressure in pregnancy',
    group: 'pregnancy',
    action: 'ed',
    terms: ['preeclampsia', 'pre-eclampsia', 'eclampsia', 'HELLP'],
    patterns: [
      String.raw`\bheadache\b[^.!?\n]{0,60}\b(?:seeing (?:spots|sparkles|stars|flashes)|spots in (?:my|her) vision|blurr(?:y|ed) vision|vision (?:changes|is blurry)|flashing lights)`,
      String.raw`\b(?:seeing (?:spots|sparkles|stars|flashes)|spots in (?:my|her) vision|blurr(?:y|ed) vision|flashing lights)\b[^.!?\n]{0,60}\bheadache\b`,
      String.raw`\b(?:pregnant|pregnancy|postpartum|just had (?:my|the) baby|weeks along)\b[^.!?\n]{0,60}\b(?:1[6-9]\d|2[0-4]\d) ?/ ?\d{2,3}\b`,
      String.raw`\b(?:pregnant|pregnancy|postpartum|weeks along)\b[^.!?\n]{0,60}\b\d{2,3} ?/ ?(?:1[1-9]\d)\b`,
    ],
  },
  {
    id: 'labor',
    label: 'water broke or labor signs',
    group: 'pregnancy',
    action: 'ed',
    terms: ['my water broke', 'water just broke', 'gush of fluid', 'leaking amniotic fluid'],
    patterns: [
      String.raw`\bwater (?:has |just |may have |might have |might['’]?ve |think (?:my )?water )?(?:broke|broken)\b`,
      String.raw`\bcontractions (?:are |about |now )?(?:every|about every|q) ?(?:[1-9]|10) ?(?:min|mins|minutes)\b`,
    ],
  },
  {
    id: 'postpartum-warning',
    label: 'postpartum warning sign',
    group: 'pregnancy',
    action: 'ed',
    patterns: [
      String.raw`\b(?:postpartum|since (?:i )?(?:gave birth|delivered|had (?:my|the) baby)|after (?:giving birth|delivery|my c-section|my c section))\b[^.!?\n]{0,60}\b(?:soaking|bleeding (?:a lot|heavily)|golf ?ball|short of breath|chest pain|severe headache|can['’]?t breathe|fever)`,
    ],
  },
  // Diabetes
  {
    id: 'very-high-sugar',
    label: 'very high blood sugar or ketones',
    group: 'metabolic',
    action: 'ed',
    terms: ['DKA', 'diabetic ketoacidosis', 'ketoacidosis', 'large ketones', 'high ketones', 'fruity breath'],
    patterns: [
      String.raw`\b(?:blood sugar|sugars?|glucose|bg|bs|cgm|dexcom|libre|meter)\b[^.!?\n]{0,20}\b[4-9]\d\d\b(?! ?(?:mg(?! ?/ ?dl)|units|calories|cal\b|steps|mcg|grams?|g\b))`,
      String.raw`\b(?:ketones|ketone strip) (?:are |were |is |was |show(?:ing|s)? )?(?:large|high|moderate|positive|dark purple)\b`,
      String.raw`\b(?:meter|glucometer|monitor|cgm|dexcom|libre|reader) (?:says|said|reads|read|reading|shows|showed|showing|just says) ['"“]?HI\b`,
    ],
  },
  {
    id: 'low-sugar',
    label: 'very low blood sugar',
    group: 'metabolic',
    action: '911',
    terms: ['severe low blood sugar', 'insulin shock', 'sugar crashed'],
    patterns: [
      String.raw`\b(?:blood sugar|glucose|bg|sugar) (?:is |was |of |at |dropped to |down to |went down to |reading |reads |read |level (?:is |was )?)?(?:[1-4]\d|5[0-4])\b(?!\.\d)(?! ?(?:%|days?|weeks?|hours?|hrs?|minutes?|mins?|years?|times|units|grams?|g\b|carbs?|lbs?))`,
      String.raw`\b(?:low (?:blood )?sugar|hypoglycemi[ac]?|sugar (?:is |was )?(?:low|crashing|crashed|dropped))\b[^.!?\n]{0,50}\b(?:confused|confusion|passed out|unresponsive|won['’]?t wake|seizure|can['’]?t think|slurr|not making sense|can['’]?t swallow)`,
      String.raw`\b(?:gave|give|used|needed|had to use|had to give) (?:him |her |me |them )?(?:glucagon|baqsimi|gvoke|zegalogue)\b`,
    ],
  },
  // Neurology
  {
    id: 'seizure',
    label: 'seizure',
    group: 'neuro',
    action: '911',
    terms: ['seizing', 'convulsing', 'convulsion', 'febrile seizure', 'grand mal seizure', 'status epilepticus'],
    patterns: [
      String.raw`\b(?:had|having|has had|is having|just had|went into|keeps having) (?:a |another |his |her |multiple |several |two |three |my |their first |a first )?(?:seizure|seizures|convulsions?)\b`,
      String.raw`\bseizure (?:lasting|lasted|that lasted|for|went on for) (?:more than |over |about |almost )?(?:[3-9]|\d\d|five|ten) ?(?:min|mins|minutes)\b`,
    ],
  },
  {
    id: 'fainting',
    label: 'fainting',
    group: 'neuro',
    action: 'ed',
    terms: ['passed out', 'passing out', 'fainted', 'fainting', 'blacked out', 'lost consciousness', 'collapsed', 'fainting spell', 'knocked unconscious'],
    patterns: [String.raw`\b(?:almost|nearly|about to|felt like i was going to) (?:passed|pass) out\b`],
  },
  {
    id: 'head-injury',
    label: 'head injury on a blood thinner or with warning signs',
    group: 'neuro',
    action: 'ed',
    patterns: [
      String.raw`\b(?:hit|bumped|banged|struck|smacked|cracked) (?:my|his|her|their|the back of (?:my|his|her)) head\b[^.!?\n]{0,80}\b(?:blood thinners?|eliquis|xarelto|warfarin|coumadin|apixaban|rivaroxaban|pradaxa|anticoagulants?|vomit(?:ed|ing)?|threw up|throwing up|passed out|confused|sleepy|worst headache)`,
      String.raw`\b(?:blood thinners?|eliquis|xarelto|warfarin|coumadin|apixaban|rivaroxaban|pradaxa|anticoagulants?)\b[^.!?\n]{0,80}\b(?:fell|hit (?:my|his|her) head|bumped (?:my|his|her) head|head injury|fall)\b`,
      String.raw`\b(?:head injury|concussion)\b[^.!?\n]{0,60}\b(?:vomit(?:ed|ing)?|threw up|throwing up|passed out|confused|won['’]?t wake|worse headache|unequal pupils)`,
    ],
  },
  {
    id: 'sudden-hearing-loss',
    label: 'sudden hearing loss',
    group: 'ent',
    action: 'same_day',
    terms: ['sudden hearing loss', 'sudden deafness', 'woke up deaf'],
    patterns: [String.raw`\b(?:suddenly|sudden|woke up|all of a sudden)\b[^.!?\n]{0,20}\b(?:can['’]?t hear|deaf|lost (?:my |the |all )?hearing)\b`],
  },
  // Eye
  {
    id: 'retinal-detachment',
    label: 'new flashes or floaters',
    group: 'eye',
    action: 'ed',
    terms: ['flashes of light', 'shower of floaters', 'new floaters'],
    patterns: [String.raw`\b(?:sudden|new|lots of|tons of|a bunch of|shower of|burst of)\b[^.!?\n]{0,15}\bfloaters\b`],
  },
  {
    id: 'eye-emergency',
    label: 'severe eye pain or chemical in the eye',
    group: 'eye',
    action: 'ed',
    patterns: [
      String.raw`\b(?:bleach|chemicals?|cleaner|acid|lye|drain cleaner|oven cleaner|ammonia|battery acid|pepper spray) (?:in|into|splashed in|got in|got into) (?:my|his|her|the|their) eyes?\b`,
      String.raw`\b(?:severe|sudden|excruciating) eye pain\b[^.!?\n]{0,40}\b(?:halos|vomit|blurr|headache|red)`,
    ],
  },
  // Vascular and back
  {
    id: 'aortic-dissection',
    label: 'sudden tearing chest or back pain',
    group: 'cardiac',
    action: '911',
    terms: ['tearing pain', 'ripping pain', 'tearing back pain'],
    patterns: [String.raw`\b(?:sudden|suddenly|tearing|ripping)\b[^.!?\n]{0,20}\b(?:severe )?(?:back|chest|between (?:my|his|her) shoulder blades) pain\b`],
  },
  {
    id: 'cauda-equina',
    label: 'back pain with numbness or loss of bladder control',
    group: 'spine',
    action: 'ed',
    terms: ['saddle numbness', 'numb in my groin', 'lost control of my bladder', 'lost control of my bowels', 'cauda equina'],
    patterns: [
      String.raw`\bback (?:pain|hurts|is killing me)\b[^.!?\n]{0,60}\b(?:can['’]?t (?:pee|urinate|control (?:my )?(?:bladder|bowels?|pee))|numb (?:between|in) (?:my )?(?:legs|groin|buttocks|butt)|wet (?:myself|my pants)|legs (?:are )?(?:giving out|going numb|numb and weak))`,
    ],
  },
  {
    id: 'pulmonary-embolism',
    label: 'swollen leg with shortness of breath',
    group: 'vascular',
    action: '911',
    patterns: [
      String.raw`\b(?:swollen|swelling in (?:my|his|her)|painful|red and swollen|hot and swollen) (?:calf|leg|lower leg)\b[^.!?\n]{0,60}\b(?:short(?:ness)? of breath|trouble breathing|can['’]?t breathe|chest pain|coughing (?:up )?blood|winded)`,
      String.raw`\b(?:calf|leg) (?:is |has been |feels |got )?(?:swollen|swelling|red and swollen|hot and swollen|painful and swollen)\b[^.!?\n]{0,60}\b(?:short(?:ness)? of breath|trouble breathing|can['’]?t breathe|chest pain|winded)`,
      String.raw`\b(?:short(?:ness)? of breath|trouble breathing|chest pain)\b[^.!?\n]{0,60}\b(?:swollen|swelling in (?:my|his|her)|painful) (?:calf|leg)\b`,
      String.raw`\bblood clot\b[^.!?\n]{0,40}\b(?:short(?:ness)? of breath|can['’]?t breathe|chest pain)`,
    ],
  },
  {
    id: 'dvt-signs',
    label: 'one swollen painful leg',
    group: 'vascular',
    action: 'same_day',
    patterns: [
      String.raw`\bcalf\b[^.!?\n]{0,30}\b(?:is |are |got )?(?:swollen|swelling|red and hot|hot and red)\b`,
      String.raw`\b(?:calf|one leg|left leg|right leg) (?:is |has been |got |feels )?(?:swollen|red|hot|warm) and (?:painful|swollen|red|hot|tender|warm)\b`,
    ],
  },
  {
    id: 'cold-limb',
    label: 'cold, pale or blue arm or leg',
    group: 'vascular',
    action: 'ed',
    patterns: [
      String.raw`\b(?:leg|foot|arm|hand|toes) (?:is |are |turned |is turning |are turning |looks |look |went )?(?:cold and (?:blue|white|pale|numb)|white and cold|pale and cold|blue and cold|numb and cold)\b`,
    ],
  },
  {
    id: 'severe-hypertension',
    label: 'very high blood pressure',
    group: 'cardiac',
    action: 'same_day',
    patterns: [
      String.raw`\b(?:bp|blood pressure|pressure)\b[^.!?\n]{0,25}\b(?:1[89]\d|2[0-4]\d) ?/ ?\d{2,3}\b`,
      String.raw`\b(?:bp|blood pressure|pressure)\b[^.!?\n]{0,25}\b\d{2,3} ?/ ?(?:1[2-9]\d)\b`,
    ],
  },
  // Poisoning and ingestions
  {
    id: 'poisoning',
    label: 'poisoning or accidental ingestion',
    group: 'poisoning',
    action: 'poison_control',
    terms: ['accidental overdose', 'accidental ingestion', 'took a double dose', 'gave a double dose', 'took my pills twice', 'carbon monoxide poisoning'],
    patterns: [
      String.raw`\b(?:swallowed|ate|drank|got into|chewed|ingested|sipped|licked)\b[^.!?\n]{0,20}\b(?:bleach|cleaner|detergent|laundry pods?|dishwasher pods?|tide pods?|antifreeze|rat poison|bug spray|pesticide|weed killer|lamp oil|lighter fluid|gasoline|mouthwash|hand sanitizer|nail polish remover|essential oils?|edibles?|weed gummies|thc gummies|iron pills|nicotine|vape (?:juice|liquid))\b`,
      String.raw`\b(?:son|daughter|toddler|kid|child|baby|grandson|granddaughter|grandchild|twins)\b[^.!?\n]{0,30}\b(?:got into|(?:swallowed|ate|chewed(?: up)?) (?=some|a bunch|a handful|a whole|all|several|a few|an unknown|two|three|\d))(?: ?(?:some|a bunch|a handful|a whole bottle|all|several|a few|an unknown number|two|three|\d+))?(?: of)?(?: (?:my|his|her|the|their|grandma['’]?s|grandpa['’]?s|mom['’]?s|dad['’]?s|someone['’]?s))? (?:pills?|tablets?|medicine|medication|meds|gummies|vitamins|iron pills)\b`,
      String.raw`\b(?:accidentally|accidently|mistakenly|by mistake) (?:took|swallowed|ate|drank|gave (?:him|her|them|my \w{1,12}))\b`,
      String.raw`\b(?:took|taken|gave (?:him|her|them)|given) (?:a |an )?(?:double|triple|twice the) (?:dose|doses|amount|insulin)\b`,
    ],
  },
  {
    id: 'button-battery',
    label: 'swallowed a battery or magnets',
    group: 'poisoning',
    action: 'ed',
    terms: ['swallowed a battery', 'swallowed a button battery', 'swallowed a magnet', 'swallowed magnets'],
    patterns: [String.raw`\b(?:swallowed|ate|put in (?:his|her) (?:nose|ear|mouth))\b[^.!?\n]{0,20}\b(?:button batter(?:y|ies)|batter(?:y|ies)|magnets?|coin cell)\b`],
  },
  // Post-operative and wounds
  {
    id: 'post-op',
    label: 'warning sign after surgery',
    group: 'post-operative',
    action: 'ed',
    patterns: [
      String.raw`\b(?:after|since) (?:my |his |her |the )?(?:surgery|operation|procedure|c-section|c section)\b[^.!?\n]{0,60}\b(?:can['’]?t breathe|short of breath|chest pain|bleeding through|soaked through|calf (?:is )?(?:swollen|painful)|fever of 10[1-5]|temp(?:erature)? of 10[1-5])`,
      String.raw`\b(?:incision|wound|surgical site|stitches|staples)\b[^.!?\n]{0,40}\b(?:opened up|came apart|coming apart|split open|bursting|gaping|something (?:is )?sticking out|organs?|intestines?)\b`,
    ],
  },
  {
    id: 'wound-infection',
    label: 'spreading infection',
    group: 'post-operative',
    action: 'same_day',
    terms: ['red streaks', 'red streak', 'spreading redness'],
    patterns: [
      String.raw`\b(?:incision|wound|surgical site|stitches|staples|bite|cut)\b[^.!?\n]{0,60}\b(?:pus|oozing (?:yellow|green|pus)|foul[- ]smelling|smells (?:bad|foul|rotten)|red streaks?|spreading redness|hot to the touch)`,
      String.raw`\b(?:redness|red area|rash|swelling) (?:is )?(?:spreading|getting bigger|growing) (?:fast|quickly|rapidly|past the line|beyond the line)\b`,
    ],
  },
  // Dehydration, jaundice and other same-day problems
  {
    id: 'dehydration',
    label: 'cannot keep fluids down',
    group: 'gi',
    action: 'same_day',
    terms: ["can't keep anything down", "can't keep fluids down", "can't keep water down", "can't keep liquids down", 'sunken soft spot', 'no tears when crying'],
    patterns: [String.raw`\b(?:can['’]?t|cannot|couldn['’]?t|unable to|not able to) keep (?:anything|any fluids|fluids|water|liquids|food or water|anything at all) down\b`],
  },
  {
    id: 'newborn-jaundice',
    label: 'yellow newborn',
    group: 'pediatric',
    action: 'same_day',
    patterns: [
      String.raw`\b(?:newborn|baby|infant)\b[^.!?\n]{0,30}\b(?:looks|is|turning|getting|seems|more) (?:very |really |more )?(?:yellow|jaundiced|orange)\b`,
      String.raw`\b(?:whites of (?:his|her) eyes|baby['’]?s eyes) (?:are |look |turning )?yellow\b`,
    ],
  },
  {
    id: 'kidney-stone-fever',
    label: 'kidney stone with fever',
    group: 'urology',
    action: 'ed',
    patterns: [
      String.raw`\b(?:kidney stone|flank pain|kidney pain|side pain|pain (?:on|in) (?:my |the )?(?:right|left|lower right|lower left) side)\b[^.!?\n]{0,60}\b(?:fever|chills|temp(?:erature)? of 10\d|can['’]?t keep (?:anything|fluids) down)`,
    ],
  },
  {
    id: 'sickle-cell-crisis',
    label: 'sickle cell crisis',
    group: 'hematology',
    action: 'ed',
    terms: ['sickle cell crisis', 'pain crisis', 'acute chest syndrome'],
  },
  {
    id: 'alcohol-withdrawal',
    label: 'severe withdrawal',
    group: 'substance-use',
    action: 'ed',
    terms: ['withdrawal seizure', 'the DTs', 'DTs'],
    patterns: [String.raw`\b(?:withdrawal|withdrawing|detoxing|stopped drinking)\b[^.!?\n]{0,40}\b(?:shaking badly|hallucinat|seeing things|seizure|confused|can['’]?t stop shaking)`],
  },
  {
    id: 'heat-illness',
    label: 'heat stroke',
    group: 'environmental',
    action: '911',
    terms: ['heat stroke', 'heatstroke'],
  },
  {
    id: 'impending-doom',
    label: 'feeling of impending doom',
    group: 'cardiac',
    action: '911',
    terms: ['sense of impending doom', 'feeling of impending doom', 'feel like I am dying', "feel like I'm dying"],
    patterns: [String.raw`\bfeel(?:s|ing)? like (?:i['’]?m|i am|he['’]?s|she['’]?s|he is|she is) (?:dying|going to die)\b`],
  },
  {
    id: 'medication-reaction',
    label: 'severe reaction to a medicine',
    group: 'allergy',
    action: 'ed',
    terms: ['Stevens-Johnson', 'skin is peeling off', 'skin peeling off', 'blistering rash'],
    patterns: [String.raw`\b(?:rash|hives|reaction)\b[^.!?\n]{0,40}\b(?:blisters? in (?:my|his|her) (?:mouth|eyes)|skin (?:is )?peeling|sores in (?:my|his|her) mouth and eyes)`],
  },
  {
    id: 'respiratory-infant',
    label: 'baby breathing problem',
    group: 'pediatric',
    action: 'ed',
    patterns: [
      String.raw`\b(?:baby|infant|newborn|toddler)\b[^.!?\n]{0,30}\b(?:breathing (?:really |very |so )?fast|stops? breathing|stopped breathing|pauses in (?:his|her) breathing|grunting|wheezing and)\b`,
    ],
  },
  {
    id: 'not-breathing',
    label: 'not breathing',
    group: 'breathing',
    action: '911',
    terms: ['not breathing', 'stopped breathing', 'no pulse'],
  },
  {
    id: 'severe-dizziness',
    label: 'sudden dizziness with neurologic signs',
    group: 'stroke',
    action: '911',
    patterns: [
      String.raw`\b(?:dizzy|dizziness|vertigo|room (?:is )?spinning)\b[^.!?\n]{0,40}\b(?:double vision|can['’]?t walk|slurr|numb(?:ness)? on one side|face (?:is )?drooping|worst headache)`,
    ],
  },
  {
    id: 'heart-failure-worsening',
    label: 'rapid weight gain or cannot lie flat',
    group: 'cardiac',
    action: 'same_day',
    patterns: [
      String.raw`\b(?:[3-9]|1\d) ?(?:lbs?|pounds) (?:in|over) (?:a|one|1|2|two|3|three|the last|the past) ?(?:days?|nights?|couple (?:of )?days)\b`,
      String.raw`\b(?:have to|need to|can only|had to) sleep (?:sitting up|propped up|in (?:a|my|the) (?:recliner|chair))\b`,
      String.raw`\bcan['’]?t (?:lie|lay) (?:down )?flat\b`,
    ],
  },
  {
    id: 'vomiting-fast-breathing',
    label: 'vomiting with fast or deep breathing',
    group: 'metabolic',
    action: 'ed',
    patterns: [
      String.raw`\b(?:vomiting|throwing up|threw up|puking)\b[^.!?\n]{0,40}\bbreathing (?:really |very |so )?(?:fast|hard|heavy|deep|funny)\b`,
      String.raw`\bbreathing (?:really |very |so )?(?:fast|hard|heavy|deep)\b[^.!?\n]{0,40}\b(?:vomiting|throwing up|threw up|puking)\b`,
    ],
  },
  {
    id: 'new-diabetes-symptoms',
    label: 'very thirsty, urinating a lot, losing weight',
    group: 'metabolic',
    action: 'same_day',
    patterns: [
      String.raw`\b(?:peeing|urinating) (?:a lot|constantly|all the time|so much|nonstop)\b[^.!?\n]{0,40}\b(?:drinking|thirsty|lost weight|losing weight)`,
      String.raw`\b(?:drinking (?:a lot|tons|constantly|so much)|so thirsty|always thirsty)\b[^.!?\n]{0,40}\b(?:peeing|urinating)\b`,
    ],
  },
  {
    id: 'gross-hematuria',
    label: 'blood in the urine',
    group: 'urology',
    action: 'same_day',
    terms: ['peeing blood', 'blood clots in my urine', 'blood clots in his urine', 'urine is bright red'],
    patterns: [String.raw`\b(?:peeing|urinating|passing) (?:pure |straight |bright red |a lot of |only )?blood\b`],
  },
  {
    id: 'eye-infection-contacts',
    label: 'painful red eye',
    group: 'eye',
    action: 'same_day',
    patterns: [
      String.raw`\b(?:red|painful|sore) (?:and (?:painful|red|sore) )?eye\b[^.!?\n]{0,60}\b(?:light hurts|sensitive to light|light sensitivity|blurry|blurred|contacts?|contact lens(?:es)?)\b`,
      String.raw`\blight (?:hurts|is hurting|bothers) (?:my|his|her) eyes?\b`,
    ],
  },
];
