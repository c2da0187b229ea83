import type { Settings } from '../settings/schema';

// Patient identifiers at the level policy allows: none, initials ("A.R."), or the full name.

export type IdentifierLevel = Settings['identifierLevel'];

export function initialsOf(name: string): string {
  const words = name.replace(/,/g, ' ').split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  return words.map((w) => `${(w.match(/\p{L}/u)?.[0] ?? '').toLocaleUpperCase()}.`).join('');
}

/** The label to store or show for a patient; undefined when nothing may be kept. */
export function patientLabel(name: string | undefined, level: IdentifierLevel): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed || level === 'none') return undefined;
  return level === 'full' ? trimmed.slice(0, 120) : initialsOf(trimmed) || undefined;
}

/**
 * A stored label shown under the current policy: never more than policy allows now (a full
 * name stored earlier is shown as initials once policy lowers the level).
 */
export function shownLabel(stored: string | undefined, level: IdentifierLevel): string | undefined {
  if (!stored || level === 'none') return undefined;
  if (level === 'full') return stored;
  return /^(\p{Lu}\.)+$/u.test(stored) ? stored : patientLabel(stored, 'initials');
}
