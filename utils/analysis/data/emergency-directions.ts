/**
 * What answers a red flag in a reply: sending the patient to emergency or urgent care, or
 * arranging live contact right now. Sources: ACP/AMA guidance that urgent symptoms need a call now,
 * Schmitt-Thompson telephone-triage dispositions ("call 911 now", "go to the ED now", "see today"),
 * 988 Lifeline guidance. Hand-written; 2026-11-24. Telling the patient to rest, wait, push fluids or
 * call back tomorrow is deliberately absent.
 */

/** Regular expression sources, matched case-insensitively on the reply; all linear-time. */
export const emergencyDirections = [
  String.raw`\b(?:call|dial|text)(?:ing)?\s+(?:or\s+text\s+)?(?:911|988)\b`,
  String.raw`\b911\b`,
  String.raw`\b988\b`,
  String.raw`\bpoison control\b`,
  String.raw`\b(?:emergency (?:room|department|dept|care|services)|the er|an er|the ed|nearest ed|nearest er|urgent care|labor (?:and|&) delivery|l&d triage|the hospital|the ambulance)\b`,
  String.raw`\b(?:to|at|in)\s+(?:the\s+)?(?:[a-z']+\s+){0,2}(?:er|ed)\b`,
  String.raw`\b(?:go|get|head|come|drive)\s+(?:in\s+|over\s+|back\s+|straight\s+)?(?:to\s+(?:the\s+)?(?:clinic|office|hospital|er|ed)\s+)?(?:right\s+)?(?:now|right away|immediately|today|tonight|asap)\b`,
  String.raw`\b(?:come|be) seen (?:right away|today|now|immediately)\b`,
];

/** Live contact now: "Dr. Lee is calling you now", "we will call you in the next few minutes". */
export const liveContactNow = [
  String.raw`\b(?:is|am|are|will be|'s|'re|'m)\s+calling\s+you\b`,
  String.raw`\b(?:call|phone|ring)(?:ing)?\s+you\s+(?:right\s+)?(?:now|right away|immediately|in the next (?:few|\d+) minutes|within (?:the next )?(?:\d+|a few|ten|fifteen|five) minutes|shortly|in a few minutes)\b`,
  String.raw`\bcall (?:us|me|the clinic|the office)\s+(?:back\s+)?(?:right\s+)?(?:now|right away|immediately)\b`,
];
