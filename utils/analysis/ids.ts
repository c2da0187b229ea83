// Deterministic identifiers: the same input must always give the same findings, so ids are
// derived from content (FNV-1a) rather than random UUIDs.

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A UUID-shaped (8-4-4-4-12 hex) id derived from the given parts. */
export function stableUuid(...parts: (string | number)[]): string {
  const key = parts.join('\u241f');
  const hex = [0x811c9dc5, 0x01000193, 0x2545f491, 0x9e3779b9]
    .map((seed) => fnv1a(key, seed).toString(16).padStart(8, '0'))
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
