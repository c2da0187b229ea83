import { type AuditEntry, auditEntrySchema } from './schema';

// The stored log is a list, oldest first, capped at `maxEntries`: appending past the cap evicts
// the oldest entries. Stored values that no longer validate are dropped rather than exported.

export function validEntries(stored: unknown): AuditEntry[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = auditEntrySchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function appendEntry(log: readonly AuditEntry[], entry: AuditEntry, maxEntries: number): AuditEntry[] {
  const next = [...log, entry];
  return next.length > maxEntries ? next.slice(next.length - maxEntries) : next;
}
