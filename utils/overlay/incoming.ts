// The patient message the reply answers. For now the demo portal's markup; site adapters will
// replace this with per-EHR knowledge.

const PATIENT_MESSAGE = '[data-role="patient-message"]';

export function readIncoming(doc: Document = document): string | undefined {
  const messages = doc.querySelectorAll<HTMLElement>(PATIENT_MESSAGE);
  const visible = [...messages].filter((m) => m.getClientRects().length > 0);
  const latest = visible.at(-1) ?? [...messages].at(-1);
  return latest?.innerText.trim() || latest?.textContent?.trim() || undefined;
}
