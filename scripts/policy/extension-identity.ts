// ReplyGuard's pinned identity, shared by the manifest (wxt.config.ts) and the policy templates.
// MANIFEST_KEY is the public half of the development signing key (RSA 2048, base64 DER, created
// 2025-06); the Chromium id is derived from it (first 32 hex digits of its SHA-256, 0-f -> a-p).
// A deployment that signs its own CRX sets RG_MANIFEST_KEY and RG_EXTENSION_ID at build time.

export const MANIFEST_KEY = process.env.RG_MANIFEST_KEY ?? 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAiqO9LGgZFqoJOt99gyqK3wAjzDAlqXE+7rNsP32GgDBHxl3JYwWkME9pjYzPh/dsqiDrxqGAHRs3XnCfVVPi4o0vzG+uJrhnUQLwla85WErgw+0vaQbYC8KLhEB6dbkiKLF0sg6xfeI+YYOoIB8TRWmxDmM654lR7ZGxqEx86CsZQ8hcuKSRY8kv2kEWZ6guJuFy3gI8u+T4lYxKi3Pme+7bKBYmR+T9ww+L9uy57rXDYxh7etoJ1B2Cv4D19MwtAL7O8yZrHJ+NY0sQFHnL0ah1n+nEDHqFZvZtpKTrLjuWiXCF7f65gld+kATNsQgYUluArD/XKJH7WCtuSyDoRQIDAQAB';

export const CHROME_EXTENSION_ID = process.env.RG_EXTENSION_ID ?? 'bhkajfdndihelimobhagkjcgkkjgbnpi';

export const GECKO_ID = 'replyguard@replyguard.org';

/** Where a self-hosting organization serves updates.xml (templates show it as a placeholder). */
export const UPDATE_URL_PLACEHOLDER = 'https://extensions.example.org/replyguard/updates.xml';
