import { createHash } from 'node:crypto';

/** Chromium's extension id for a manifest key: sha256 of the DER public key, 32 hex digits mapped 0-f -> a-p. */
export function extensionIdFromKey(base64Der: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Der, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}
