import type { Category } from '../analysis/schema';
import { categoryLabel } from './labels';
import type { Loop } from './schema';

// The note a clinician may copy into the chart: what was sent (by category, never the text),
// that confirmation was requested and by when, and what came back. Identifiers are what the
// caller passes, already reduced to the policy level.

export interface ChartNoteOptions {
  now: number;
  patient?: string;
  timeZone?: string;
}

function stamp(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
}

function topics(categories: readonly Category[]): string {
  return categories.length ? categories.map(categoryLabel).join(', ') : 'clinical information';
}

export function chartNote(loop: Loop, { now, patient, timeZone }: ChartNoteOptions): string {
  const at = (t: number) => stamp(t, timeZone);
  const lines = [
    ...(patient ? [`Patient: ${patient}`] : []),
    `Patient portal message sent ${at(loop.sentAt)} regarding ${topics(loop.categories)}.`,
    `Confirmation of receipt and understanding (teach-back) requested${loop.language === 'es' ? ' in Spanish' : ''}, due ${at(loop.dueAt)}.`,
  ];
  if (loop.status === 'confirmed' && loop.confirmedAt !== undefined) {
    lines.push(`Patient confirmed receipt and understanding by portal message ${at(loop.confirmedAt)}.`);
  } else if (loop.status === 'closed' && loop.closedAt !== undefined) {
    lines.push(`Loop closed by clinician ${at(loop.closedAt)} without a portal confirmation.`);
  } else {
    lines.push(`No confirmation received as of ${at(now)}${now >= loop.dueAt ? ' (overdue)' : ''}.`);
  }
  return lines.join('\n');
}
