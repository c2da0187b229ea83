/**
 * Card wording: summaries, reasons, suggested replacement text and override reasons.
 * Sources: AMA "Guidelines for physician-patient electronic communications", ACP/FSMB
 * "Telemedicine and electronic communication" policy (new diagnoses, results and therapy changes
 * are better delivered live; urgent symptoms need a call now; patient communication belongs on
 * secure platforms that write into the record), HHS OCR guidance on e-mail and texting under
 * HIPAA, AHRQ teach-back guidance, and the HL7 CDS Hooks card model (summary under 140
 * characters, detail, suggestions, override reasons). Hand-written in plain words; 2026-11-24,
 * channel texts and kinder call messages 2026-11-25. Policy may replace the templates later.
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
  approvedChannel: 'My organization approves this channel for patient messages',
} as const;

export type OverrideReasonKey = keyof typeof overrideReasons;

/**
 * What the clinician can insert instead of delivering news by message. Each says kindly why a
 * conversation is better (a chance to ask questions, safety, privacy), never that the clinician
 * cannot answer in writing.
 */
export const callInsteadText = {
  result:
    "I'd like to go over these results with you by phone, so you have a chance to ask questions and we can talk about next steps together. We will call you today.",
  diagnosis:
    "I'd like to talk with you about what we found by phone or video, so you have a chance to ask questions and we can plan the next steps together. We will call you today.",
  therapy_change:
    "Before we change your treatment, I'd like to talk it over with you by phone, so we can make sure the new plan is safe for you and answer your questions. We will call you today.",
  sensitive:
    "This is something I'd like to talk about with you privately by phone, so it stays between us and you can ask anything you like. We will call you today; please let us know the best number and time.",
  /** One message for a reply with several things better said live (the review's "Offer a call instead"). */
  several:
    "There are a few things here I'd like to go over with you by phone, so you have a chance to ask questions and we can make sure the plan is clear and safe for you. We will call you today.",
} as const;

/**
 * Secure-channel cards: why in one plain sentence, and the portal wording a one-click fix puts in
 * place of the offending text, in the grammatical shape of what it replaces.
 */
export const channelDetail = {
  personal_email:
    "Personal email is not encrypted, stays out of the patient's record and may be read by others; keep the conversation in the portal or call from the clinic line.",
  text_message:
    "Text messages are not encrypted, stay out of the patient's record and may be read by others on a shared phone; keep the conversation in the portal or call from the clinic line.",
  personal_phone:
    "Calls and texts to a personal number stay out of the patient's record and blur after-hours coverage; call from the clinic line or keep the conversation in the portal.",
  consumer_app:
    "Consumer messaging and video apps are outside the patient's record and your organization's protections, and may be seen by others; use the portal or the organization's secure video visit.",
  insecure_request:
    "Photos, results and documents sent by email or text are not encrypted, stay out of the record and can be forwarded or seen by others; the portal keeps them private and in the chart.",
} as const;

export const secureChannelText = {
  portal: {
    invite: 'reply here in the portal',
    promise: "I'll send you a message here in the portal",
    route: 'through the portal',
    here: 'here in the portal',
    modifier: 'portal message',
    sentence: 'If you have questions, please reply here in the portal.',
  },
  call: {
    invite: 'ask us to call you from the clinic line',
    promise: 'we will call you from the clinic line',
    sentence: 'If you would like to talk, we will call you from the clinic line.',
  },
  /** The organization's secure video link from policy. */
  video: {
    invite: (url: string) => `join a secure video visit at ${url}`,
    route: (url: string) => `by secure video visit (${url})`,
    modifier: (url: string) => `secure video visit (${url})`,
    sentence: (url: string) => `For a video visit, please use our secure video link: ${url}`,
  },
  /** A consumer video app when no secure link is configured: the portal's own video visit. */
  videoInPortal: {
    invite: 'set up a video visit through the portal',
    route: 'by a video visit through the portal',
    modifier: 'video visit through the portal',
    sentence: 'If you would like a video visit, we can set one up through the portal.',
  },
  request: (object: string, toPatient: boolean) => `send ${toPatient ? 'you' : 'us'} ${object} through the portal`,
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
