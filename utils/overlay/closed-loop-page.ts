import { parseInstant } from '@/utils/adapters/parse';
import { patientMessages as adapterMessages, readField, readPatientContext } from '@/utils/adapters/read';
import { currentAdapter } from './patient-context';

// What the closed loop reads from the page: the thread's address, the patient's preferred
// language and name, and the patient's messages with their times. Language and messages come
// from the site adapter (built in or described by policy); the name only from a banner that
// offers `data-patient-name` (adapters have no name field, and identifiers are optional).

const BANNER = '[data-testid="patient-banner"], [data-patient-name]';

/** The thread's address without query string, so a later visit finds the same loop. */
export function threadUrl(location: Pick<Location, 'origin' | 'pathname' | 'hash'>): string {
  return `${location.origin}${location.pathname}${location.hash}`;
}

export function preferredLanguage(doc: Document = document): string | undefined {
  return readPatientContext(doc, currentAdapter()).language ?? undefined;
}

export function bannerPatientName(doc: Document = document): string | undefined {
  return doc.querySelector<HTMLElement>(BANNER)?.dataset.patientName || undefined;
}

export interface PatientMessage {
  at: number;
  text: string;
}

export function patientMessages(doc: Document = document): PatientMessage[] {
  const spec = currentAdapter();
  return adapterMessages(doc, spec).flatMap((el) => {
    const at = Date.parse(parseInstant(readField(el, spec.sentAt)) ?? '');
    const text = (el.querySelector('.message-text') ?? el).textContent?.trim() ?? '';
    return Number.isFinite(at) && text ? [{ at, text }] : [];
  });
}
