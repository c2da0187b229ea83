// EHR origins: what an administrator or clinician types ("https://ehr.example.org", optionally
// with a "*." subdomain wildcard and a port) and the match pattern the browser needs.

const ORIGIN = /^(https?):\/\/(\*\.)?([a-z0-9-]+(\.[a-z0-9-]+)*)(:\d{1,5})?$/;

/** Lower-cases and trims; drops a trailing slash so "https://a.org/" and "https://a.org" agree. */
export function normalizeOrigin(value: string): string {
  return value.trim().toLowerCase().replace(/\/$/, '');
}

export function isOrigin(value: string): boolean {
  return ORIGIN.test(normalizeOrigin(value));
}

/**
 * The host-permission / content-script match pattern for an origin. Match patterns cannot name a
 * port (Firefox rejects them), so a port in the origin widens to every port of that host.
 */
export function matchPatternFor(origin: string): string {
  const match = ORIGIN.exec(normalizeOrigin(origin));
  if (!match) throw new Error(`not an origin: ${origin}`);
  return `${match[1]}://${match[2] ?? ''}${match[3]}/*`;
}

/** Whether `origin` (a page's `location.origin`) is the configured origin or under its "*." wildcard. */
export function originMatches(configured: string, origin: string): boolean {
  const wanted = normalizeOrigin(configured);
  const actual = normalizeOrigin(origin);
  const wildcard = /^(https?):\/\/\*\.(.+)$/.exec(wanted);
  if (!wildcard) return wanted === actual;
  const [scheme, host] = actual.split('://') as [string, string | undefined];
  return scheme === wildcard[1] && host !== undefined && (host === wildcard[2] || host.endsWith(`.${wildcard[2]}`));
}
