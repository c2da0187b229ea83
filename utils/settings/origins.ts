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
