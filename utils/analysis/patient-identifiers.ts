// Patient identifiers in free text, for the data-loss guard: medical record numbers (a generic
// "MRN 1234567" cue plus the organization's own patterns from policy), dates of birth named as
// such ("DOB 3/4/1956", "born 03/04/1956", "date of birth: March 4, 1956"), and phrases that
// point at a patient ("your patient", "Pt John Doe", "pt name: ..."). A date alone is never an
// identifier: "see you on 3/4" is an appointment. Pure: no DOM, no browser APIs.

export type IdentifierKind = 'mrn' | 'dob' | 'patient_reference' | 'patient_name';

export interface IdentifierMatch {
  kind: IdentifierKind;
  start: number;
  end: number;
}

export class MrnPatternError extends Error {
  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`MRN pattern ${JSON.stringify(pattern)} ${reason}`);
    this.name = 'MrnPatternError';
  }
}

const MAX_PATTERN_LENGTH = 200;

/**
 * Why a pattern could backtrack catastrophically, or null. Conservative: an unbounded repeat of
 * a group that itself repeats or alternates ("(\d+)+", "(a|ab)*"), any repeat of a group holding
 * an unbounded quantifier ("(\d{2,}-?){3}"), and back-references are refused; MRN formats never
 * need them. A bounded repeat of a bounded group ("(?:\d{3}-){2}") costs a fixed amount.
 */
export function backtrackingRisk(source: string): string | null {
  if (/\\[1-9]|\\k</.test(source)) return 'uses a back-reference';
  type Group = { repeats: boolean; unbounded: boolean; alternates: boolean };
  const stack: Group[] = [{ repeats: false, unbounded: false, alternates: false }];
  const top = () => stack[stack.length - 1] as Group;
  let i = 0;
  /** The quantifier at `at`: its length, whether it can repeat (max > 1) and whether it is unbounded. */
  const quantifierAt = (at: number) => {
    const m = /^(?:([*+])|\{(\d+)(,(\d*))?\}|\?)\??/.exec(source.slice(at));
    if (!m) return null;
    const max = m[1] ? Number.POSITIVE_INFINITY : m[3] ? (m[4] ? Number(m[4]) : Number.POSITIVE_INFINITY) : m[2] ? Number(m[2]) : 1;
    return { length: m[0].length, repeats: max > 1, unbounded: max === Number.POSITIVE_INFINITY };
  };
  const mark = (group: Group, q: { repeats: boolean; unbounded: boolean }) => {
    group.repeats ||= q.repeats;
    group.unbounded ||= q.unbounded;
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '(') {
      stack.push({ repeats: false, unbounded: false, alternates: false });
      i++;
      continue;
    }
    if (ch === '|') {
      top().alternates = true;
      i++;
      continue;
    }
    if (ch === ')') {
      const inner = stack.pop() as Group;
      if (stack.length === 0) return 'has unbalanced parentheses';
      const q = quantifierAt(++i);
      if (q?.unbounded && (inner.repeats || inner.unbounded)) return 'repeats a group that itself repeats (nested quantifiers)';
      if (q?.unbounded && inner.alternates) return 'repeats a group with alternatives';
      if (q?.repeats && inner.unbounded) return 'repeats a group that itself repeats (nested quantifiers)';
      mark(top(), inner);
      top().alternates ||= inner.alternates;
      if (q) {
        mark(top(), q);
        i += q.length;
      }
      continue;
    }
    if (ch === '\\') i += 2;
    else if (ch === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else i++;
    const q = quantifierAt(i);
    if (q) {
      mark(top(), q);
      i += q.length;
    }
  }
  return null;
}

/** One policy MRN pattern, compiled case-insensitively; throws MrnPatternError with the reason. */
export function compileMrnPattern(source: string): RegExp {
  if (source.trim() === '') throw new MrnPatternError(source, 'is empty');
  if (source.length > MAX_PATTERN_LENGTH) throw new MrnPatternError(source, `is longer than ${MAX_PATTERN_LENGTH} characters`);
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'giu');
  } catch (error) {
    throw new MrnPatternError(source, `is not a valid regular expression (${(error as Error).message})`);
  }
  const risk = backtrackingRisk(source);
  if (risk) throw new MrnPatternError(source, `${risk}, which can make matching hang; write it without that`);
  if (regex.test('')) throw new MrnPatternError(source, 'matches empty text, so it would match everywhere');
  return regex;
}

/** Every valid pattern compiled, and a plain message for each one refused. */
export function compileMrnPatterns(sources: readonly string[]): { patterns: RegExp[]; errors: string[] } {
  const patterns: RegExp[] = [];
  const errors: string[] = [];
  for (const source of sources) {
    try {
      patterns.push(compileMrnPattern(source));
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  return { patterns, errors };
}

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const NUMERIC_DATE = '\\d{1,2}[/.-]\\d{1,2}(?:[/.-](?:\\d{4}|\\d{2}))?|\\d{4}-\\d{2}-\\d{2}';
const NAMED_DATE = `(?:${MONTH})\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s{1,3}\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?(?:${MONTH})\\.?(?:,?\\s{1,3}\\d{4})?`;
const YEAR_REQUIRED = `\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|(?:${MONTH})\\.?\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?,?\\s{1,3}\\d{4}`;

/** Words that look like a name after "Patient" but are not one ("Patient Portal Login"). */
const NOT_NAMES =
  /^(?:portal|education|instructions|information|info|services?|advocate|relations|experience|safety|care|access|login|account|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

function isName(text: string): boolean {
  return text
    .split(/[ \t:.]+/)
    .slice(1)
    .every((word) => !NOT_NAMES.test(word));
}

/** Each built-in cue; `accept` rejects look-alikes the pattern cannot. */
const CUES: readonly { kind: IdentifierKind; regex: RegExp; accept?: (text: string) => boolean }[] = [
  // "MRN 1234567", "MRN: A1234567", "medical record number #12345678".
  { kind: 'mrn', regex: /\b(?:mrn|medical record (?:number|no\.?|#))[ \t]{0,3}[:#]?[ \t]{0,3}[a-z]{0,2}\d{5,12}\b/giu },
  // "DOB 3/4/1956", "D.O.B.: 1956-03-04", "date of birth March 4, 1956", "birthdate 3/4/56".
  {
    kind: 'dob',
    regex: new RegExp(`\\b(?:dob|d\\.o\\.b\\.?|date of birth|birth ?date)[ \\t]{0,3}(?:is|was)?[ \\t]{0,3}[:#-]?[ \\t]{0,3}(?:${NUMERIC_DATE}|${NAMED_DATE})(?![\\d/])`, 'giu'),
  },
  // "born 03/04/1956", "born on March 4, 1956": "born" alone is loose, so a year is required.
  { kind: 'dob', regex: new RegExp(`\\bborn[ \\t]{1,3}(?:on[ \\t]{1,3})?(?:${YEAR_REQUIRED})(?![\\d/])`, 'giu') },
  // "your patient", "our patient" (not "your patient portal"); "my patient" written to a colleague.
  { kind: 'patient_reference', regex: /\b(?:your|our|my) (?:pt|patient)\b(?!['’]?s? (?:portal|account|app|login|site|page|id\b|number))/giu },
  // "pt name: ...", "patient name ...".
  { kind: 'patient_name', regex: /\b(?:pt|patient)[ \t]?name\b/giu },
  // "Pt John Doe", "Patient: Mary O'Neil": a capitalized name right after pt/patient (case-sensitive).
  { kind: 'patient_name', regex: /\b(?:[Pp]t|[Pp]atient)\.?:?[ \t]{1,3}[A-Z][a-z'’-]+[ \t][A-Z][a-z'’-]+/gu, accept: isName },
];

/** Identifiers in the text, in text order; `mrnPatterns` are the organization's compiled patterns. */
export function findPatientIdentifiers(text: string, mrnPatterns: readonly RegExp[] = []): IdentifierMatch[] {
  const found: IdentifierMatch[] = [];
  const scan = (kind: IdentifierKind, regex: RegExp, accept?: (text: string) => boolean) => {
    const re = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (accept && !accept(m[0])) continue;
      found.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  };
  for (const cue of CUES) scan(cue.kind, cue.regex, cue.accept);
  for (const pattern of mrnPatterns) scan('mrn', pattern);
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
