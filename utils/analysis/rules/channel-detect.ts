import {
  alwaysPersonalPhoneCues,
  appChannelNouns,
  appNounTraps,
  appPrepositions,
  appVerbs,
  clauseWords,
  consumerApps,
  emailInvitations,
  insecureRoutes,
  insecureSendVerbs,
  personalChannelPhrases,
  personalPhoneCues,
  phoneCueFillers,
  recordKeepingContexts,
  routePrepositions,
  sensitiveMaterial,
  textingInvitations,
} from '../data/channels';
import type { Doc, Span } from '../document';
import { alternation, findAll, phraseRegex } from '../phrases';
import type { Organization } from '../schema';
import {
  findAddresses,
  findPhoneNumbers,
  introducedAsInstitution,
  isClinicNumber,
  isPersonalDomain,
  isPublicNumber,
  type PhoneNumber,
} from './channel-addresses';
import { trimmedSentence } from './shared';

// Finds the places where a reply moves care to an unsecured channel. Each candidate names the
// text to underline and the span a one-click fix replaces, with the grammatical form of that
// span so the fix can be worded to fit: "text me at 555-..." (invite), "I'll text you" (promise),
// "on WhatsApp" (route), "email me a photo of the rash" (request), or the whole sentence.

export type ChannelRule = 'personal_email' | 'text_message' | 'personal_phone' | 'consumer_app' | 'insecure_request';
export type Form = 'invite' | 'promise' | 'route' | 'modifier' | 'request' | 'sentence';

export interface Candidate {
  rule: ChannelRule;
  /** What is underlined. */
  start: number;
  end: number;
  /** What the fix replaces. */
  fix: Span;
  form: Form;
  /** e-mail domain, app name, "text", "phone" or the material asked for. */
  concept: string;
  /** A consumer video app (FaceTime): the secure video visit is the better offer. */
  video?: boolean;
  /** For routes: "on WhatsApp" reads "here in the portal", "via WhatsApp" "through the portal". */
  here?: boolean;
  /** For requests: the material as written ("a photo of the rash") and who receives it. */
  request?: { object: string; toPatient: boolean };
}

const W = '[ \\t]+';
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

const TEXTING = phraseRegex(textingInvitations);
const PERSONAL_PHRASE = phraseRegex(personalChannelPhrases);
const APPS = phraseRegex(consumerApps.map((a) => a.name));
const PHONE_CUE = phraseRegex(personalPhoneCues);
const ALWAYS_PERSONAL = new Set<string>(alwaysPersonalPhoneCues);
const EMAIL_INVITE_BEFORE = new RegExp(`(?:${alternation(emailInvitations)})(?:${W}(?:at|on|via|to))?[ \\t:]*$`, 'u');
const CUE_TO_NUMBER = new RegExp(`^[ \\t:,#(.-]*(?:(?:${alternation(phoneCueFillers)})[ \\t:,#(-]*){0,3}$`, 'u');
const RECORD_KEEPING = phraseRegex(recordKeepingContexts, 'u');
const FIRST_PERSON_PROMISE = /^(?:i|i'll|i will|i can)[ \t]/u;
const PUBLIC_AFTER = /^[ \t]+(?:at[ \t]+)?(?:911|988|211)(?!\d)/u;
const MATERIAL = alternation(sensitiveMaterial);
const DETERMINERS = '(?:a|an|the|your|my|those|these|that|this|some|any|all|over|back|a copy of|copies of|me|us|you)';
/** A word describing the material ("the biopsy results"), not one starting a new clause. */
const MODIFIER = `(?!(?:${alternation(clauseWords)})${END})[a-z-]{3,20}`;
const REQUEST_VERB = new RegExp(
  `${START}(?<verb>${alternation(insecureSendVerbs)})(?:${W}(?<pron>me|us|you))?(?<obj>(?:${W}${DETERMINERS}){0,3}(?:${W}${MODIFIER}){0,2}${W}(?:${MATERIAL}))${END}`,
  'gu',
);
const OF_PHRASE = /^[ \t]+of[ \t]+(?:(?:the|your|my|that|this|his|her|their)[ \t]+)?[a-z'-]{2,20}(?![\p{L}\p{N}])/u;
const NOT_A_VERB_BEFORE = /(?:^|[^\p{L}\p{N}])(?:the|a|an|this|that|your|my|our|his|her|their|by|via|in|over|per)[ \t]+$/u;
const SUBJECT_WE = /(?:^|[^\p{L}\p{N}'])(?:i|we)(?:'ll|'d|[ \t]+will|[ \t]+can|[ \t]+would|[ \t]+could)?[ \t]+$/u;
const ROUTE = new RegExp(`${START}(?:${alternation(routePrepositions)})${W}(?:${alternation(insecureRoutes)})${END}`, 'gu');
const SEND_THEN_OBJECT = new RegExp(
  `${START}(?:send|forward|share|attach|upload|mail)${END}[^.!?;]{0,60}?${START}(?:it|them|this|that|these|those|${MATERIAL})${END}`,
  'u',
);
const PASSIVE_BEFORE = /(?:was|were|is|are|been|be|get|gets|got|being)[ \t]+$/u;
const APP_PREPOSITIONS = new Set<string>(appPrepositions);
const APP_VERBS = new Set<string>(appVerbs);
const APP_AFTER = new RegExp(`^${W}(?:${alternation(appChannelNouns)})${END}`, 'u');
const TO_ME = /^[ \t]+to[ \t]+(?:me|us)(?![\p{L}\p{N}])/u;
const APP_NOUN_AFTER = new RegExp(`^${W}(?:${alternation(appNounTraps)})${END}`, 'u');
const VERB_US = /^[ \t]+(?:me|us)(?![\p{L}\p{N}])/u;
const PREV_WORD = /([\p{L}']+)[ \t]+$/u;

const appByName = new Map<string, (typeof consumerApps)[number]>(consumerApps.map((a) => [a.name, a]));

function sentenceFix(doc: Doc, at: number): Span {
  return trimmedSentence(doc, doc.sentenceOf(at));
}

/** The first phone number starting within `gap` characters after `from`, in the same clause. */
function numberAfter(doc: Doc, numbers: readonly PhoneNumber[], from: number, gap = 25): PhoneNumber | undefined {
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((numbers[mid] as PhoneNumber).start < from) lo = mid + 1;
    else hi = mid;
  }
  const n = numbers[lo] && (numbers[lo] as PhoneNumber).start - from <= gap ? numbers[lo] : undefined;
  return n && !/[.!?;\n]/.test(doc.text.slice(from, n.start)) ? n : undefined;
}

function emails(doc: Doc, organization: Organization | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const a of findAddresses(doc.folded)) {
    if (!isPersonalDomain(a.domain, organization)) continue;
    const sentence = doc.sentenceOf(a.start);
    if (RECORD_KEEPING.test(doc.folded.slice(sentence.start, sentence.end))) continue;
    const from = Math.max(sentence.start, a.start - 40);
    const invite = EMAIL_INVITE_BEFORE.exec(doc.folded.slice(from, a.start));
    out.push({
      rule: 'personal_email',
      start: a.start,
      end: a.end,
      fix: invite ? { start: from + invite.index, end: a.end } : sentenceFix(doc, a.start),
      form: invite ? 'invite' : 'sentence',
      concept: a.domain,
    });
  }
  for (const m of findAll(PERSONAL_PHRASE, doc.folded)) {
    const sentence = doc.sentenceOf(m.start);
    const from = Math.max(sentence.start, m.start - 40);
    const invite = EMAIL_INVITE_BEFORE.exec(doc.folded.slice(from, m.start));
    out.push({
      rule: 'personal_email',
      start: m.start,
      end: m.end,
      fix: invite ? { start: from + invite.index, end: m.end } : sentenceFix(doc, m.start),
      form: invite ? 'invite' : 'sentence',
      concept: 'personal email',
    });
  }
  return out;
}

function texting(doc: Doc, numbers: readonly PhoneNumber[], organization: Organization | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (const m of findAll(TEXTING, doc.folded)) {
    // "You can text 988", "text us at the clinic number": help lines and the clinic's own line.
    if (PUBLIC_AFTER.test(doc.folded.slice(m.end, m.end + 12))) continue;
    const n = numberAfter(doc, numbers, m.end);
    if (n && (isPublicNumber(n.digits) || isClinicNumber(n.digits, organization))) continue;
    out.push({
      rule: 'text_message',
      start: m.start,
      end: n?.end ?? m.end,
      fix: { start: m.start, end: n?.end ?? m.end },
      form: FIRST_PERSON_PROMISE.test(m.text) ? 'promise' : 'invite',
      concept: 'text',
    });
  }
  return out;
}

/**
 * Signal, Telegram, Messenger, Facebook: ordinary words too ("a signal that", "my signal was
 * weak", "messenger RNA"), so only a capitalized name used as a channel counts ("on Signal",
 * "Signal me", "download Telegram"), or one followed by "app".
 */
function namedAsApp(doc: Doc, start: number, prev: string, after: string, asChannel: boolean): boolean {
  if (/^[ \t]+app(?![\p{L}\p{N}])/u.test(after)) return true;
  const capitalized = /\p{Lu}/u.test(doc.text[start] as string);
  return capitalized && !APP_NOUN_AFTER.test(after) && (asChannel || APP_VERBS.has(prev) || APP_AFTER.test(after));
}

function apps(doc: Doc, numbers: readonly PhoneNumber[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of findAll(APPS, doc.folded)) {
    const app = appByName.get(m.text.replace(/[ \t]+/g, ' '));
    if (!app || doc.folded[m.start - 1] === '@' || doc.folded[m.end] === '.') continue;
    const before = doc.folded.slice(Math.max(0, m.start - 24), m.start);
    const after = doc.folded.slice(m.end, m.end + 24);
    const prevMatch = PREV_WORD.exec(before);
    const prev = prevMatch?.[1] ?? '';
    const viaPreposition = APP_PREPOSITIONS.has(prev);
    const asVerb = VERB_US.exec(after);
    if (app.needsContext && !namedAsApp(doc, m.start, prev, after, Boolean(viaPreposition || asVerb))) continue;
    if (app.name === 'gmail' && !viaPreposition) continue;
    let fix: Span;
    let form: Form;
    let end = m.end;
    let here = false;
    const noun = APP_AFTER.exec(after);
    if (viaPreposition) {
      const appWord = /^[ \t]+app(?![\p{L}\p{N}])/u.exec(after);
      end = m.end + (appWord?.[0].length ?? 0);
      fix = { start: m.start - before.length + (prevMatch?.index ?? before.length), end };
      form = 'route';
      here = prev === 'on';
    } else if (asVerb) {
      end = numberAfter(doc, numbers, m.end + asVerb[0].length)?.end ?? m.end + asVerb[0].length;
      fix = { start: m.start, end };
      form = 'invite';
    } else if (noun) {
      fix = { start: m.start, end: m.end + noun[0].length };
      form = 'modifier';
    } else {
      fix = sentenceFix(doc, m.start);
      form = 'sentence';
    }
    out.push({ rule: 'consumer_app', start: m.start, end: m.end, fix, form, concept: app.display, video: app.video, here });
  }
  return out;
}

function phones(doc: Doc, numbers: readonly PhoneNumber[], organization: Organization | undefined): Candidate[] {
  const out: Candidate[] = [];
  const knowsClinicLines = (organization?.clinicPhones ?? []).length > 0;
  for (const n of numbers) {
    if (isPublicNumber(n.digits) || isClinicNumber(n.digits, organization)) continue;
    const sentence = doc.sentenceOf(n.start);
    const from = Math.max(sentence.start, n.start - 40);
    const cue = findAll(PHONE_CUE, doc.folded.slice(from, n.start)).at(-1);
    if (!cue || !CUE_TO_NUMBER.test(doc.folded.slice(from + cue.end, n.start))) continue;
    // "call me at 555-..." is personal only when we know the clinic's own lines; "my cell" always.
    const always = ALWAYS_PERSONAL.has(cue.text.replace(/[ \t]+/g, ' '));
    if (!always && !knowsClinicLines) continue;
    if (introducedAsInstitution(doc.folded, n, sentence, from + cue.end)) continue;
    const cueStart = from + cue.start;
    out.push({
      rule: 'personal_phone',
      start: n.start,
      end: n.end,
      fix: always ? sentenceFix(doc, n.start) : { start: cueStart, end: n.end },
      form: always ? 'sentence' : 'invite',
      concept: 'phone',
    });
  }
  return out;
}

/** "email me a photo of the rash", "I'll text you the results". */
function requestsByVerb(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  REQUEST_VERB.lastIndex = 0;
  for (let m = REQUEST_VERB.exec(doc.folded); m !== null; m = REQUEST_VERB.exec(doc.folded)) {
    const before = doc.folded.slice(Math.max(0, m.index - 16), m.index);
    if (NOT_A_VERB_BEFORE.test(before)) continue;
    const groups = m.groups ?? {};
    const objStart = m.index + m[0].length - (groups.obj?.length ?? 0);
    let end = m.index + m[0].length;
    end += OF_PHRASE.exec(doc.folded.slice(end, end + 40))?.[0].length ?? 0;
    const objectEnd = end;
    end += TO_ME.exec(doc.folded.slice(end, end + 12))?.[0].length ?? 0;
    out.push({
      rule: 'insecure_request',
      start: m.index,
      end,
      fix: { start: m.index, end },
      form: 'request',
      concept: groups.verb ?? 'email',
      request: {
        object: doc.text.slice(objStart, objectEnd).trim(),
        toPatient: groups.pron === 'you' || (groups.pron === undefined && SUBJECT_WE.test(before)),
      },
    });
  }
  return out;
}

/** "send the photo by email", "forward it to my gmail". */
function requestsByRoute(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const r of findAll(ROUTE, doc.folded)) {
    const sentence = doc.sentenceOf(r.start);
    const from = Math.max(sentence.start, r.start - 80);
    const window = doc.folded.slice(from, r.start);
    const send = SEND_THEN_OBJECT.exec(window);
    if (!send || PASSIVE_BEFORE.test(window.slice(0, send.index))) continue;
    const route = r.text.split(/[ \t]+/);
    out.push({ rule: 'insecure_request', start: r.start, end: r.end, fix: r, form: 'route', concept: route.slice(1).join(' '), here: route[0] === 'in' });
  }
  return out;
}

/**
 * Every candidate, most specific first: a request wins over the invitation inside it, an e-mail
 * address over the app name in its domain.
 */
export function channelCandidates(doc: Doc, organization?: Organization): Candidate[] {
  // Each detector runs only when its words occur at all: most replies have none of them.
  const has = (words: RegExp) => words.test(doc.folded);
  const numbers = has(/\d{3}/u) ? findPhoneNumbers(doc.text) : [];
  return [
    ...(has(/mail|text|txt|whats|imessage/u) ? requestsByVerb(doc) : []),
    ...(has(/mail|text|sms|whats|imessage|my cell|my phone/u) ? requestsByRoute(doc) : []),
    ...(has(/@|mail|yahoo/u) ? emails(doc, organization) : []),
    ...(has(/text|txt|sms/u) ? texting(doc, numbers, organization) : []),
    ...(has(/whats|imessage|face|messenger|snap|wechat|viber|skype|instagram|telegram|signal|gmail/u) ? apps(doc, numbers) : []),
    ...(numbers.length > 0 ? phones(doc, numbers, organization) : []),
  ];
}
