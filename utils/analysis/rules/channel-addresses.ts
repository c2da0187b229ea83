import {
  consumerEmailDomains,
  institutionalNumberContexts,
  publicServiceNumbers,
  tollFreePrefixes,
} from '../data/channels';
import type { Span } from '../document';
import { phraseRegex } from '../phrases';
import type { Organization } from '../schema';

// E-mail addresses and phone numbers in a reply, and whether each belongs to the organization.
// Addresses are found from each '@' outwards with bounded loops (a regex scanning for "x+@"
// would retry every start in a long word, which is quadratic); numbers with one bounded regex.

export interface Address extends Span {
  domain: string;
}

const LOCAL_CHAR = /[a-z0-9._%+-]/;
const DOMAIN_CHAR = /[a-z0-9.-]/;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** Every e-mail address in `folded` (lowercased text). */
export function findAddresses(folded: string): Address[] {
  const out: Address[] = [];
  for (let at = folded.indexOf('@'); at >= 0; at = folded.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && LOCAL_CHAR.test(folded[start - 1] as string)) start--;
    let end = at + 1;
    while (end < folded.length && end - at <= MAX_DOMAIN && DOMAIN_CHAR.test(folded[end] as string)) end++;
    while (end > at + 1 && /[.-]/.test(folded[end - 1] as string)) end--;
    const domain = folded.slice(at + 1, end);
    if (start < at && /^[a-z0-9-]+\.[a-z0-9.-]*[a-z]$/.test(domain) && !domain.includes('..')) out.push({ start, end, domain });
  }
  return out;
}

const onDomain = (domain: string, owner: string): boolean => domain === owner || domain.endsWith(`.${owner}`);

const cleanDomain = (d: string): string => d.trim().toLowerCase().replace(/^@/, '');

/**
 * Personal: not on the organization's allow-list; with no allow-list, only consumer webmail is
 * known to be personal (any other domain may be a partner institution's).
 */
export function isPersonalDomain(domain: string, organization?: Organization): boolean {
  const allowed = (organization?.emailDomains ?? []).map(cleanDomain).filter((d) => d !== '');
  if (allowed.length > 0) return !allowed.some((owner) => onDomain(domain, owner));
  return consumerEmailDomains.some((webmail) => onDomain(domain, webmail));
}

export interface PhoneNumber extends Span {
  digits: string;
}

// (555) 123-4567, 555-123-4567, +1 555.123.4567, 1-800-222-1222, and local 123-4567.
const PHONE =
  /(?<![\d-])(?:(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}|\d{3}-\d{4})(?![\d-]|\.\d)/g;

export function findPhoneNumbers(text: string): PhoneNumber[] {
  const out: PhoneNumber[] = [];
  for (const m of text.matchAll(PHONE)) {
    out.push({ start: m.index, end: m.index + m[0].length, digits: m[0].replace(/\D/g, '') });
  }
  return out;
}

/** The number without a leading US country code. */
const national = (digits: string): string => (digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits);

/** The same line: compared on digits only, a 7-digit local number against the last 7 digits. */
export function sameNumber(a: string, b: string): boolean {
  const x = national(a.replace(/\D/g, ''));
  const y = national(b.replace(/\D/g, ''));
  if (x === '' || y === '') return false;
  if (x.length === y.length) return x === y;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length === 7 && long.endsWith(short);
}

/** Help lines and toll-free numbers are never personal. */
export function isPublicNumber(digits: string): boolean {
  const n = national(digits);
  return (publicServiceNumbers as readonly string[]).includes(n) || (n.length === 10 && (tollFreePrefixes as readonly string[]).includes(n.slice(0, 3)));
}

export function isClinicNumber(digits: string, organization?: Organization): boolean {
  return (organization?.clinicPhones ?? []).some((phone) => sameNumber(phone, digits));
}

const INSTITUTION = phraseRegex(institutionalNumberContexts, 'u');
/** How far before a number an institution's name still introduces it. */
const INSTITUTION_WINDOW = 60;

/** "the pharmacy's number is 555-...", "Poison Control at 1-800-...": an institution's line. */
export function introducedAsInstitution(folded: string, number: Span, sentence: Span, cueEnd: number): boolean {
  const from = Math.max(sentence.start, cueEnd, number.start - INSTITUTION_WINDOW);
  return INSTITUTION.test(folded.slice(from, number.start));
}
