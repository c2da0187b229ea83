import { originMatches } from '../settings/origins';

// Whether a page is a secure place for patient messages. Two things make it not: the composer
// is served over plain http:// from a host other than this computer (anyone on the network can
// read or change it), or it is framed inside a page whose top origin is not an approved EHR (a
// third-party site embedding the EHR). Loopback over http is fine: nothing crosses a network.

export type InsecureReason = 'plain-http' | 'third-party-frame';

export interface PageFacts {
  protocol: string;
  hostname: string;
  /** The page is in a frame of a page from another origin. */
  framed: boolean;
  /** The top page's origin when known (ancestorOrigins, else the referrer's origin). */
  topOrigin: string | null;
}

/** localhost (and *.localhost), 127.0.0.0/8 and [::1]. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(host) || host === '[::1]' || host === '::1';
}

/** The top page's origin: the last ancestor origin, else the referrer's origin, else unknown. */
export function topOriginOf(ancestorOrigins: readonly string[] | undefined, referrer: string): string | null {
  const last = ancestorOrigins?.[ancestorOrigins.length - 1];
  if (last && last !== 'null') return last;
  try {
    const origin = referrer ? new URL(referrer).origin : 'null';
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Why this page is not secure for patient messages, or null. A framed page whose top origin
 * cannot be known (no ancestorOrigins, no referrer) is given the benefit of the doubt.
 */
export function insecurePageReason(facts: PageFacts, approvedOrigins: readonly string[]): InsecureReason | null {
  if (facts.protocol === 'http:' && !isLoopback(facts.hostname)) return 'plain-http';
  if (facts.framed && facts.topOrigin && !approvedOrigins.some((approved) => originMatches(approved, facts.topOrigin as string))) {
    return 'third-party-frame';
  }
  return null;
}
