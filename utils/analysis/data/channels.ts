/**
 * Words for the secure-channel rules: consumer apps, texting and e-mail invitations, requests to
 * send sensitive material by an insecure route, and the contexts that make a phone number an
 * institution's (never personal). Sources: AMA "Guidelines for physician-patient electronic
 * communications", HHS OCR guidance on texting and e-mail under HIPAA, ACP/FSMB telemedicine
 * policy (patient communication belongs on secure platforms that write into the record), and
 * portal replies written for ReplyGuard. Hand-written, 2026-11-25. Lowercase; a space matches any
 * run of spaces.
 */

/** Consumer webmail domains: with no organization allow-list, addresses here are personal. */
export const consumerEmailDomains = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'ymail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.net',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'hey.com',
  'fastmail.com',
] as const;

/** Consumer apps; `video` ones are offered the secure video visit instead of the portal. */
export const consumerApps = [
  { name: 'whatsapp', display: 'WhatsApp', video: false, needsContext: false },
  { name: 'whats app', display: 'WhatsApp', video: false, needsContext: false },
  { name: 'imessage', display: 'iMessage', video: false, needsContext: false },
  { name: 'facetime', display: 'FaceTime', video: true, needsContext: false },
  { name: 'facebook messenger', display: 'Facebook Messenger', video: false, needsContext: false },
  { name: 'fb messenger', display: 'Facebook Messenger', video: false, needsContext: false },
  { name: 'snapchat', display: 'Snapchat', video: false, needsContext: false },
  { name: 'wechat', display: 'WeChat', video: false, needsContext: false },
  { name: 'viber', display: 'Viber', video: false, needsContext: false },
  { name: 'skype', display: 'Skype', video: true, needsContext: false },
  { name: 'instagram', display: 'Instagram', video: false, needsContext: true },
  { name: 'facebook', display: 'Facebook', video: false, needsContext: true },
  { name: 'telegram', display: 'Telegram', video: false, needsContext: true },
  // Ordinary words too ("a signal on the MRI", "messenger RNA"): only as an app, see below.
  { name: 'signal', display: 'Signal', video: false, needsContext: true },
  { name: 'messenger', display: 'Messenger', video: false, needsContext: true },
  { name: 'gmail', display: 'Gmail', video: false, needsContext: false },
] as const;

/** Words right before an app name that make it the channel ("on Signal", "message me via Telegram"). */
export const appPrepositions = ['on', 'via', 'through', 'over', 'using', 'by'] as const;

/** Verbs right before an app name that name the app ("download Signal"). */
export const appVerbs = ['use', 'download', 'add', 'join'] as const;

/** Words after an app name that make it the channel ("a FaceTime call", "Signal app"). */
export const appChannelNouns = ['app', 'call', 'calls', 'video', 'message', 'messages', 'chat', 'group', 'visit'] as const;

/** Words after "signal", "messenger", "facebook" that make them ordinary nouns again. */
export const appNounTraps = [
  'rna',
  'intensity',
  'strength',
  'quality',
  'change',
  'changes',
  'abnormality',
  'loss',
  'on the',
  'in the',
  'of',
  'from',
  'page',
  'post',
  'posts',
  'ad',
  'ads',
] as const;

/** Invitations to move the conversation to text messages. */
export const textingInvitations = [
  'text me',
  'text us',
  'txt me',
  'sms me',
  'send me a text',
  'send me a text message',
  'send us a text',
  'shoot me a text',
  'drop me a text',
  'give me a text',
  'text my cell',
  'text my phone',
  'text my number',
  'text my mobile',
  'text my personal',
  'you can text',
  'feel free to text',
  'just text',
  'i will text you',
  "i'll text you",
  'i can text you',
  'i will send you a text',
  "i'll send you a text",
] as const;

/** Invitations to e-mail the clinician (flagged with a personal address, or "my personal email"). */
export const emailInvitations = [
  'email me',
  'e-mail me',
  'email us',
  'e-mail us',
  'shoot me an email',
  'send me an email',
  'send me an e-mail',
  'drop me an email',
  'reach me',
  'contact me',
  'write to me',
] as const;

/** Phrases naming a personal channel without an address or number. */
export const personalChannelPhrases = [
  'my personal email',
  'my personal e-mail',
  'my personal email address',
  'my private email',
  'my home email',
  'my gmail',
  'my yahoo',
  'my hotmail',
] as const;

/** Cues that need no policy: always personal ("my cell is ..."). */
export const alwaysPersonalPhoneCues = [
  'my cell',
  'my cell phone',
  'my cellphone',
  'my mobile',
  'my personal cell',
  'my personal number',
  'my personal phone',
  'my personal line',
  'my private number',
  'my home number',
  'my home phone',
] as const;

/** Cues before a phone number that make it the clinician's own ("my cell", "call me at"). */
export const personalPhoneCues = [
  ...alwaysPersonalPhoneCues,
  'my number',
  'call me',
  'call me at',
  'call me on',
  'reach me',
  'reach me at',
  'reach me on',
  'text me',
  'text me at',
] as const;

/** Words a clinician may put between "my cell" and the number ("my cell anytime: 555-..."). */
export const phoneCueFillers = ['is', 'at', 'on', 'number', 'phone', 'line', 'cell', 'anytime', 'any time', 'directly', 'here'] as const;

/** An address mentioned as a record ("we have jane@gmail.com on file"), not a channel offered. */
export const recordKeepingContexts = ['on file', 'in your chart', 'in our records', 'in our system', 'on your account', 'on record'] as const;

/**
 * Words shortly before a number that make it an institution's line: a pharmacy's, a lab's, a
 * crisis or poison line, a hospital's. Such numbers are never personal.
 */
export const institutionalNumberContexts = [
  'pharmacy',
  'pharmacist',
  'walgreens',
  'cvs',
  'rite aid',
  'lab',
  'labs',
  'laboratory',
  'quest',
  'labcorp',
  'imaging',
  'radiology',
  'hospital',
  'poison',
  'poison control',
  'crisis',
  'lifeline',
  'hotline',
  'helpline',
  'nurse line',
  'nurse advice line',
  'scheduling',
  'front desk',
  'office',
  'clinic',
  'department',
  'center',
  'insurance',
  'member services',
  'billing',
  'urgent care',
  'emergency',
  'answering service',
  'after-hours',
  'after hours',
  'on-call',
  'on call',
] as const;

/** Numbers that are always public safety or help lines. */
export const publicServiceNumbers = ['911', '988', '211', '311', '411', '711'] as const;

/** US toll-free prefixes: an organization's line (poison control is 1-800-222-1222). */
export const tollFreePrefixes = ['800', '833', '844', '855', '866', '877', '888'] as const;

/** Things a patient should not send by e-mail or text ("email me a photo of the rash"). */
export const sensitiveMaterial = [
  'photo',
  'photos',
  'picture',
  'pictures',
  'pic',
  'pics',
  'image',
  'images',
  'screenshot',
  'screenshots',
  'result',
  'results',
  'lab results',
  'labs',
  'report',
  'reports',
  'records',
  'medical records',
  'insurance card',
  'id',
  'license',
  "driver's license",
  'social security number',
  'ssn',
  'date of birth',
  'medication list',
  'list of medications',
  'blood pressure log',
  'blood pressure readings',
  'readings',
  'log',
  'glucose log',
  'sugar log',
  'video',
] as const;

/** Verbs that, with an insecure channel, ask the patient to send (or promise to send) material. */
export const insecureSendVerbs = ['email', 'e-mail', 'text', 'txt', 'whatsapp', 'imessage'] as const;

/** Words that start a new clause, so never describe the material ("text me if the results ..."). */
export const clauseWords = ['if', 'when', 'once', 'after', 'before', 'about', 'with', 'and', 'or', 'but', 'so', 'because', 'until', 'while', 'whether', 'then', 'any', 'anytime', 'know'] as const;

/** Insecure routes after "send ... by/via/to": "send the photo by email", "to my gmail". */
export const insecureRoutes = [
  'email',
  'e-mail',
  'text',
  'text message',
  'texts',
  'sms',
  'whatsapp',
  'imessage',
  'gmail',
  'my email',
  'my e-mail',
  'my personal email',
  'my gmail',
  'my cell',
  'my phone',
  'my cell phone',
] as const;

/** Prepositions that introduce a route ("by email", "to my gmail"). */
export const routePrepositions = ['by', 'via', 'over', 'through', 'in a', 'in an', 'to', 'as a', 'as an'] as const;

/**
 * Local negation the rules check besides ConText: a channel named only to rule it out ("we
 * do not use text messages", "instead of FaceTime", "rather than email").
 */
export const channelNegations = [
  'instead of',
  'rather than',
  'not by',
  'not over',
  'not through',
  'not via',
  'not on',
  'please do not',
  "please don't",
  'do not',
  "don't",
  'never',
  'cannot',
  "can't",
  'not able to',
  'unable to',
  'we do not use',
  "we don't use",
  'we no longer',
  'no longer',
  'avoid',
  'not secure',
  'not a secure',
  'is not',
  "isn't",
  // The patient's own question repeated back, not an invitation.
  'asked if',
  'asked whether',
  'asked about',
  'asked me if',
  'asked us if',
  'wondered if',
  'wondering if',
] as const;
