import type { PatientContext } from '../context-checks/schema';
import { parseAge, parseConsentStatus, parseDate, parseInstant, parseJurisdiction, parseLanguage, parseProxyReader } from './parse';
import type { AdapterSpec, FieldReader } from './schema';

// Reads a page's patient context through an adapter. Any selector that finds nothing, or a
// value that does not parse, leaves that field unknown.

export function readField(base: Element | null, reader: FieldReader | undefined): string | null {
  if (!base || !reader) return null;
  const el = reader.selector ? query(base, reader.selector) : base;
  if (!el) return null;
  const raw = reader.attribute ? el.getAttribute(reader.attribute) : el.textContent;
  if (raw === null) return null;
  if (!reader.match) return raw.trim();
  const found = new RegExp(reader.match, 'iu').exec(raw);
  return found ? (found[1] ?? found[0]).trim() : null;
}

function query(root: ParentNode, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** The thread's patient messages, oldest first (as the page lists them). */
export function patientMessages(root: ParentNode, spec: AdapterSpec): HTMLElement[] {
  if (!spec.patientMessages) return [];
  try {
    return [...root.querySelectorAll<HTMLElement>(spec.patientMessages)];
  } catch {
    return [];
  }
}

/**
 * The first patient message after the practice's last message: the one waiting longest. Without
 * a selector for the practice's messages, the latest patient message (never over-report).
 */
export function oldestUnanswered(root: ParentNode, spec: AdapterSpec): HTMLElement | null {
  const patient = new Set(patientMessages(root, spec));
  if (!spec.clinicianMessages) return [...patient].at(-1) ?? null;
  let all: HTMLElement[];
  try {
    all = [...root.querySelectorAll<HTMLElement>(`${spec.patientMessages}, ${spec.clinicianMessages}`)];
  } catch {
    return null;
  }
  let waiting: HTMLElement | null = null;
  for (const message of all) {
    if (!patient.has(message)) waiting = null;
    else waiting ??= message;
  }
  return waiting;
}

export function readPatientContext(root: ParentNode, spec: AdapterSpec): PatientContext {
  const banner = query(root, spec.patientBanner);
  const read = (reader: FieldReader | undefined) => readField(banner, reader);
  const { fields } = spec;
  const consentRaw = read(fields.consentStatus);
  const consentDate = parseDate(read(fields.consentDate));
  // An adapter that only knows a date says "on file since then".
  const status = consentRaw === null && consentDate ? 'on-file' : parseConsentStatus(consentRaw, spec);
  return {
    state: parseJurisdiction(read(fields.state)),
    consent: { status, date: consentDate },
    proxyReader: parseProxyReader(read(fields.proxyReader), spec),
    ageYears: parseAge(read(fields.age)),
    language: parseLanguage(read(fields.language)),
    waitingSince: parseInstant(readField(oldestUnanswered(root, spec), spec.sentAt)),
  };
}
