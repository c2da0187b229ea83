import { browser } from 'wxt/browser';
import { readResolved } from '../settings/storage';
import { writeLocal } from '../storage/write-local';
import { appendEntry, validEntries } from './log';
import { AUDIT_KEY, type AuditEntry, auditEntrySchema } from './schema';

// The background's side of the audit log: one writer, appends serialized so entries from two
// tabs cannot overwrite each other, honouring the `audit` settings in force.

let queue: Promise<void> = Promise.resolve();

export async function readAuditLog(): Promise<AuditEntry[]> {
  const stored = await browser.storage.local.get(AUDIT_KEY);
  return validEntries(stored[AUDIT_KEY]);
}

async function append(entry: AuditEntry): Promise<void> {
  const { audit } = (await readResolved()).settings;
  if (!audit.enabled) return;
  const log = await readAuditLog();
  await writeLocal(AUDIT_KEY, appendEntry(log, entry, audit.maxEntries));
}

/** Validates and queues one entry from a content script; false when it was refused. */
export function recordAuditEntry(raw: unknown): boolean {
  const parsed = auditEntrySchema.safeParse(raw);
  if (!parsed.success) return false;
  queue = queue.then(() => append(parsed.data)).catch(() => {});
  return true;
}

export async function clearAuditLog(): Promise<void> {
  await browser.storage.local.remove(AUDIT_KEY);
}
