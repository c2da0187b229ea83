import { patientMessages } from '@/utils/adapters/read';
import type { AdapterSpec } from '@/utils/adapters/schema';

// The patient message the reply answers: the latest visible one of the thread, where the site
// adapter (built in, or described by policy) says patient messages are.

export function readIncoming(spec: AdapterSpec, doc: Document = document): string | undefined {
  const messages = patientMessages(doc, spec);
  const visible = messages.filter((m) => m.getClientRects().length > 0);
  const latest = visible.at(-1) ?? messages.at(-1);
  return latest?.innerText.trim() || latest?.textContent?.trim() || undefined;
}
