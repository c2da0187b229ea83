import { JURISDICTIONS, type Jurisdiction } from '../context-checks/data/jurisdictions';
import type { ConsentStatus } from '../context-checks/schema';
import type { AdapterSpec } from './schema';

// Turning what a page shows ("Florida (FL)", "15 y", "Expired 3/1/2025") into context values.
// Pure: strings in, values or null out.

const NAMES = new Map(Object.entries(JURISDICTIONS).map(([code, name]) => [name.toLowerCase(), code as Jurisdiction]));

export function parseJurisdiction(raw: string | null): Jurisdiction | null {
  const value = raw?.trim();
  if (!value) return null;
  const upper = value.toUpperCase();
  if (upper in JURISDICTIONS) return upper as Jurisdiction;
  const inParens = /\(([A-Za-z]{2})\)/.exec(value)?.[1]?.toUpperCase();
  if (inParens && inParens in JURISDICTIONS) return inParens as Jurisdiction;
  const name = value.toLowerCase().replace(/^the\s+/, '').replace(/\s*\(.*\)$/, '');
  return NAMES.get(name) ?? NAMES.get(name.replace(/^us\s+|^u\.s\.\s+/, 'u.s. ')) ?? null;
}

export function parseAge(raw: string | null): number | null {
  const match = raw ? /\d{1,3}/.exec(raw) : null;
  const age = match ? Number(match[0]) : Number.NaN;
  return Number.isInteger(age) && age <= 130 ? age : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A calendar date as YYYY-MM-DD: ISO dates as they are, other formats through Date. */
export function parseDate(raw: string | null): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function parseInstant(raw: string | null): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const test = (pattern: string, value: string): boolean => new RegExp(pattern, 'iu').test(value);

/** Expired is checked before on-file: "signed, expired" is expired. */
export function parseConsentStatus(raw: string | null, spec: AdapterSpec): ConsentStatus {
  if (raw === null) return 'unknown';
  const value = raw.trim();
  if (test(spec.consentExpired, value)) return 'expired';
  if (test(spec.consentNone, value)) return 'none';
  if (test(spec.consentOnFile, value)) return 'on-file';
  return 'unknown';
}

export function parseProxyReader(raw: string | null, spec: AdapterSpec): boolean | null {
  if (raw === null) return null;
  return !test(spec.proxyNone, raw.trim());
}

export function parseLanguage(raw: string | null): string | null {
  const value = raw?.trim().toLowerCase();
  if (!value) return null;
  // A language tag ("es", "es-MX"); names ("Spanish") are not guessed at.
  return /^([a-z]{2,3})(?:-|_|$)/.exec(value)?.[1] ?? null;
}
