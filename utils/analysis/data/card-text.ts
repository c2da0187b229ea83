/**
 * Card wording: summaries, reasons, suggested replacement text and override reasons.
 * Sources: AMA "Guidelines for physician-patient electronic communications", ACP/FSMB
 * "Telemedicine and electronic communication" policy (new diagnoses, results and therapy changes
 * are better delivered live; urgent symptoms need a call now), AHRQ teach-back guidance, and the
 * HL7 CDS Hooks card model (summary under 140 characters, detail, suggestions, override reasons).
 * Hand-written in plain words; 2026-11-24. Policy may replace the templates later.
 */

export const OVERRIDE_SYSTEM = 'urn:replyguard:override-reason';

export const overrideReasons = {
  discussedLive: 'Already discussed with the patient by phone, video or in person',
  patientAsked: 'The patient asked to receive this in writing',
  callScheduled: 'A call or visit is already scheduled to go over it',
  knownToPatient: 'The patient already knows this (established condition or plan)',
  notApplicable: 'This finding is not correct for this message',
  alreadyCalled: 'I already called the patient or emergency services',
  patientSafe: 'I confirmed the patient is safe and this is not an emergency',
  proxyAware: 'The patient agreed that this reader may see this information',
} as const;

export type OverrideReasonKey = keyof typeof overrideReasons;

/** What the clinician can insert instead of delivering news by message. */
export const callInsteadText = {
  result:
    "I'd like to go over these results with you by phone so you can ask questions. We will call you today.",
  diagnosis:
    "I'd like to talk with you about what we found by phone or video, so we can answer your questions together. We will call you today.",
  therapy_change:
    "I'd like to talk with you by phone before we change your treatment, so we can go over the plan and answer your questions. We will call you today.",
  sensitive:
    "This is something I'd rather talk about with you directly and privately. We will call you today; please let us know the best number and time.",
} as const;

export const confirmationRequestText =
  'Please reply to confirm you got this message. In your own words, tell us what it means for you and what you will do next. If you feel worse, call the clinic, or call 911 in an emergency.';

/** Emergency instructions to prepend to a reply when the patient's message has a red flag. */
export const emergencyText = {
  '911':
    'What you describe can be an emergency. Please call 911 now or go to the nearest emergency department. Do not drive yourself.',
  '988':
    'Thank you for telling us. Please call or text 988 (Suicide & Crisis Lifeline) now, or call 911 if you might act on these thoughts. We are calling you as soon as possible.',
  poison_control:
    'Please call Poison Control at 1-800-222-1222 now, or 911 if the person is hard to wake, has trouble breathing or has a seizure.',
  ed: 'What you describe needs to be checked today. Please go to the nearest emergency department now, or call 911 if it gets worse.',
  same_day:
    'What you describe needs to be checked today. We are calling you now to arrange it; if you cannot reach us, go to urgent care or call 911.',
} as const;

export const categoryDetail = {
  diagnosis:
    'A new diagnosis is better delivered by phone, video or in person, where the patient can ask questions and you can see how the news lands (AMA, ACP/FSMB guidance). A portal message may be read alone, late at night, or by someone else.',
  result_abnormal:
    'An abnormal result is better explained live, where the patient can ask what it means and what happens next. If you do send it, ask the patient to confirm they received and understood it.',
  result_normal:
    'A normal result is usually fine to send by message. Plain words help: say what was tested and that it was normal.',
  therapy_change:
    'A change in treatment is safer agreed by phone or in person, where you can confirm the patient understands the new plan and can ask about side effects. If you do send it, ask the patient to repeat the plan back in their own words.',
  urgent:
    "The patient's message describes symptoms that may need emergency care. A portal reply can be read hours later: call the patient now, or tell them to call 911 or go to the emergency department.",
  sensitive:
    'This is specially protected information (HIV and other STIs, mental health, substance use, genetic results, pregnancy and reproductive health). A parent, partner or caregiver may read this portal; consider a private call.',
  jargon:
    'Patients understand plain words better than medical terms. Most adults read best at a 6th to 8th grade level (AHRQ, CDC Clear Communication Index).',
  reading_grade:
    'Long sentences and long words make a message hard to follow. Most adults read best at a 6th to 8th grade level (AHRQ, CDC Clear Communication Index).',
} as const;
