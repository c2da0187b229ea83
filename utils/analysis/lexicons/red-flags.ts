// Red-flag symptoms a patient (or parent) may write in a portal message that need a call now,
// 911, 988 or emergency care rather than a routine reply.
// Compiled from the AHA/ASA stroke and heart-attack warning signs (BE FAST), the 988 Suicide &
// Crisis Lifeline and ASQ screening phrasings, ACOG urgent maternal warning signs (AIM), AAP
// fever-in-infants guidance, ADA hypo/hyperglycemia guidance, the Schmitt-Thompson telephone
// triage "go to ED now" dispositions and Poison Control (1-800-222-1222) guidance; hand-reviewed.
// Updated 2026-11-24.
// Terms are fixed phrases (whole words, case-insensitive, optional plural). Patterns are regex
// sources matched case-insensitively with the "u" flag; they must stay linear-time: no nested
// quantifiers, only bounded gaps such as [^.!?\n]{0,60}, and at most one gap per pattern.
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
      String.raw`\b(?:inhaler|albuterol|nebulizer|neb|rescue inhaler|breathing treatments?)\b[^.!?\n]{0,40}\b(?:not (?:helping|working)|isn['’]?t (?:helping|working)|doesn['’]?t (?:help|work)|didn['’]?t (?:help|work)|is not (?:helping|working)|every (?:hour|30 minutes|20 minutes))`,
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
      String.raw`\b(?:want|wanted|wanna|ready|planning|plan) (?:to )?(?:die|end it|end things|be dead|not be here|disappear forever)\b`,
      String.raw`\b(?:don['’]?t|dont|do not|no longer) (?:want|wanna) (?:to )?(?:live|be alive|be here anymore|exist|go on)\b`,
      String.raw`\b(?:don['’]?t|dont|do not) (?:want|wanna) (?:to )?wake up (?:anymore|again|ever)\b`,
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
    patterns: [String.raw`\b(?:he|she|they|my (?:husband|wife|boyfriend|girlfriend|partner|ex)) (?:is going to|will|threatened to|said (?:he|she|they) would) (?:kill|hurt) me\b`],
  },
  // Bleeding
  {
    id: 'heavy-vaginal-bleeding',
    label: 'heavy vaginal bleeding',
    group: 'bleeding',
    action: 'ed',
    terms: ['soaking a pad every hour', 'soaking through a pad an hour', 'hemorrhaging'],
    patterns: [
      String.raw`\bsoak(?:ed|ing|s)? (?:through )?(?:a|one|two|\d+|my|multiple|several) (?:maxi )?(?:pad|pads|tampon|tampons)\b[^.!?\n]{0,20}\b(?:an|every|each|per|in an|in (?:one|1|less than an?)) (?:hour|hr)\b`,
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
      String.raw`\b(?:bleeding|blood|nose ?bleed|wound|cut) (?:still )?(?:won['’]?t|wont|will not|doesn['’]?t|does not|hasn['’]?t|has not|isn['’]?t going to) stop(?:ped)?\b`,
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
      String.raw`\b(?:vomit(?:ing|ed|s)?|throw(?:ing|s)? up|threw up|puk(?:ing|ed|es)?) (?:up )?(?:some |a lot of |bright red )?(?:blood|coffee grounds?)\b`,
      String.raw`\bblood in (?:my|his|her|the) (?:vomit|throw ?up|puke)\b`,
      String.raw`\bvomit (?:looks|looked|that looks|looking) like coffee grounds\b`,
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
      String.raw`\b(?:stools?|poops?|bowel movements?) (?:is |are |was |were |looks? |looked |has been |have been |turned )?(?:black and tarry|tarry|like tar|maroon)\b`,
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
      String.raw`\b(?:(?:\d|1[0-2]) ?(?:week|wk)s?|(?:\d|[1-8]\d) ?days?|(?:one|two|1|2) ?(?:month|mo)s?)[- ]old\b[^.!?\n]{0,60}\b(?:fever|temp(?:erature)?|febrile|100\.[4-9]|10[1-5](?:\.\d)?)\b`,
      String.raw`\b(?:fever|temp(?:erature)?|febrile)\b[^.!?\n]{0,60}\b(?:(?:\d|1[0-2]) ?(?:week|wk)s?|(?:\d|[1-8]\d) ?days?|(?:one|two|1|2) ?(?:month|mo)s?)[- ]old\b`,
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
];
