// What the closed loop reads from the page: the thread's address, the patient's preferred
// language and name, and the patient's messages with their times. For now the demo portal's
// markup (data-* attributes); site adapters (issue #4) will replace these few functions.

const BANNER = '[data-testid="patient-banner"], [data-patient-name]';
const PATIENT_MESSAGE = '[data-role="patient-message"][data-sent-at]';

/** The thread's address without query string, so a later visit finds the same loop. */
export function threadUrl(location: Pick<Location, 'origin' | 'pathname' | 'hash'>): string {
  return `${location.origin}${location.pathname}${location.hash}`;
}

export function preferredLanguage(doc: Document = document): string | undefined {
  return doc.querySelector<HTMLElement>('[data-language]')?.dataset.language || undefined;
}

export function bannerPatientName(doc: Document = document): string | undefined {
  return doc.querySelector<HTMLElement>(BANNER)?.dataset.patientName || undefined;
}

export interface PatientMessage {
  at: number;
  text: string;
}

export function patientMessages(doc: Document = document): PatientMessage[] {
  return [...doc.querySelectorAll<HTMLElement>(PATIENT_MESSAGE)].flatMap((el) => {
    const at = Date.parse(el.dataset.sentAt ?? '');
    const text = (el.querySelector('.message-text') ?? el).textContent?.trim() ?? '';
    return Number.isFinite(at) && text ? [{ at, text }] : [];
  });
}
