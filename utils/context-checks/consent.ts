import type { PatientContext } from './schema';

// E-communication consent: documented, and not older than the policy's maximum age.

export type ConsentResult =
  | { status: 'ok' | 'unknown' }
  | { status: 'missing' }
  | { status: 'expired'; signed: string | null };

/** Whole months from `from` to `to` (a consent signed on the 15th has aged a month on the next 15th). */
export function monthsBetween(from: string, to: Date): number {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const months = (to.getUTCFullYear() - y) * 12 + (to.getUTCMonth() + 1 - m);
  return to.getUTCDate() < d ? months - 1 : months;
}

export function checkConsent(consent: PatientContext['consent'], now: Date, maxAgeMonths: number): ConsentResult {
  switch (consent.status) {
    case 'none':
      return { status: 'missing' };
    case 'expired':
      return { status: 'expired', signed: consent.date };
    case 'on-file':
      if (consent.date && monthsBetween(consent.date, now) >= maxAgeMonths) return { status: 'expired', signed: consent.date };
      return { status: 'ok' };
    case 'unknown':
      return { status: 'unknown' };
  }
}
