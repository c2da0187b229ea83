// Cues for reading a patient's answer to a confirmation request, English and Spanish. Written
// for ReplyGuard (2026-11) from teach-back practice (AHRQ Health Literacy Universal Precautions
// Toolkit, Tool 5): receipt and understanding, or the plan restated in the patient's own words,
// confirm; a question, confusion or a refusal does not, whatever else the message says.

/** "received", "got it", "understood", "makes sense", "recibido", "entendido". */
export const RECEIPT_CUES: readonly RegExp[] = [
  /\b(received|got (it|this|that|your (message|note|reply))|understood|understand( (it|this|that|now))?|makes (total |perfect )?sense|will do|sounds good|ok(ay)?,? (thanks|thank you|got it)|thanks,? (got|understood)|noted)\b/i,
  /\b(recibid[oa]|lo recib[ií]|recib[ií] (el|su) mensaje|entendid[oa]|entiendo|de acuerdo|est[aá] bien|claro que s[ií])\b/i,
];

/** The plan in the patient's own words: a first-person next step. */
export const TEACH_BACK_CUES: readonly RegExp[] = [
  /\b(i('ll| will| am going to|'m going to| need to| have to| should| can)|so i|i'm to|we('ll| will))\s+(\w+\s+){0,3}?(start|stop|take|begin|call|go|come|schedule|book|increase|decrease|lower|raise|reduce|cut|hold|skip|avoid|check|eat|drink|use|pick up|get|watch|make|keep|switch|follow|bring|do)\b/i,
  /\b(that|this|it) means (that )?(i|my)\b/i,
  /\b(voy a|vamos a|tengo que|debo)\s+(\w+\s+){0,2}?(empezar|comenzar|tomar|dejar|llamar|ir|venir|hacer|programar|bajar|subir|evitar|revisar|usar|recoger|seguir|traer)\b/i,
  /\b(empezar[eé]|comenzar[eé]|tomar[eé]|llamar[eé]|dejar[eé]|ir[eé])\b/i,
  /\b(eso|esto) significa que\b/i,
];

/** Confusion: not understood, whatever else the message says. */
export const CONFUSION_CUES: readonly RegExp[] = [
  /\b(do(n't| not)|did(n't| not)|still do(n't| not)) (really |quite |fully )?(understand|get (it|this|that|what))\b/i,
  /\b(not|n't) (sure|clear) (what|how|why|if|whether|about)\b/i,
  /\b(confus(ed|ing)|unclear|lost me|makes no sense|does(n't| not) make sense)\b/i,
  /\bwhat (does|do) (this|that|it|these|those) mean\b/i,
  /\b(no (entiendo|entend[ií]|comprendo)|confundid[oa]|no (me )?qued[oó] claro|no est[oá]y segur[oa])\b/i,
  /\bqu[eé] significa\b/i,
];

/** Refusal of the plan. */
export const REFUSAL_CUES: readonly RegExp[] = [
  /\b(i('m| am) not (going to|gonna)|i won'?t|i will not|i refuse|i do(n't| not) want to|i('d| would) rather not|no way i)\s+(\w+\s+){0,2}?(take|start|do|go|come|stop|call|follow|get)\b/i,
  /\b(i refuse|not taking (it|that|this))\b/i,
  /\b(do(n't| not) think i('ll| will| should| can)|can(no|')t afford|can(no|')t (take|start|do|get|go|come))\b/i,
  /\b(no (voy a|quiero|pienso)\s+(\w+\s+){0,2}?(tomar|empezar|hacer|ir|venir|dejar|seguir))\b/i,
];

/** A question: "?"/"¿", or a sentence opened like one. */
export const QUESTION_CUES: readonly RegExp[] = [
  /[?¿]/,
  /^\s*(what|why|how|when|where|which|who|should i|can i|could i|can you|could you|would you|do i|does (it|this|that)|is (it|this|that)|are (these|those|they)|will (it|this|that|i))\b/i,
  /^\s*(qu[eé]|por qu[eé]|c[oó]mo|cu[aá]ndo|d[oó]nde|cu[aá]l|debo|puedo)\b/i,
];
