// Deterministic identifiers: the same input must always give the same findings, so ids are
// derived from content (FNV-1a) rather than random UUIDs.

/** FNV-1a of `text` from four seeds, in one pass over the text. */
function fnv1a4(text: string): [number, number, number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  let c = 0x2545f491;
  let d = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193) >>> 0;
    c = Math.imul(c ^ code, 0x01000193) >>> 0;
    d = Math.imul(d ^ code, 0x01000193) >>> 0;
  }
  return [a, b, c, d];
}

const HEX = '0123456789abcdef';

/** Eight lowercase hex digits of an unsigned 32-bit number: `toString(16)` is slow in V8. */
function hex8(n: number): string {
  let out = '';
  for (let shift = 28; shift >= 0; shift -= 4) out += HEX[(n >>> shift) & 15];
  return out;
}

/** A UUID-shaped (8-4-4-4-12 hex) id derived from the given parts. */
export function stableUuid(...parts: (string | number)[]): string {
  const hex = fnv1a4(parts.join('\u241f')).map(hex8).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
