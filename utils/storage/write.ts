import { validEntries } from '../audit/log';
import { AUDIT_KEY } from '../audit/schema';
import type { StorageNote } from './schema';

// Writing when storage may be full. storage.local has a quota (QUOTA_BYTES, 10 MB in Chromium
// without unlimitedStorage) and a write can fail for other reasons too. On any failed write the
// oldest audit entries are the one thing ReplyGuard may give up: halve the log (from the value
// being written, when that is the log) and retry, until the write succeeds or the log is empty.

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export class StorageWriteError extends Error {
  constructor(
    readonly key: string,
    readonly cause: unknown,
  ) {
    super(`ReplyGuard could not save "${key}": ${String(cause)}`);
  }
}

/** At most this many halvings: 2^12 is above any allowed audit log size. */
const MAX_EVICTIONS = 12;

async function readQuietly(area: StorageArea, key: string): Promise<unknown> {
  try {
    return (await area.get(key))[key];
  } catch {
    return undefined;
  }
}

const newestHalf = <T>(list: readonly T[]): T[] => list.slice(Math.ceil(list.length / 2));

/**
 * Writes `key`, evicting the oldest audit entries on failure. Resolves with the notes to report
 * (`audit-evicted`); rejects with StorageWriteError once there is nothing left to evict.
 */
export async function writeWithEviction(area: StorageArea, key: string, value: unknown): Promise<StorageNote[]> {
  let pending = value;
  let evicted = 0;
  let lastError: unknown;
  for (let attempt = 0; attempt <= MAX_EVICTIONS; attempt += 1) {
    try {
      await area.set({ [key]: pending });
      return evicted > 0 ? [{ code: 'audit-evicted', key: AUDIT_KEY, count: evicted }] : [];
    } catch (error) {
      lastError = error;
    }
    const log = validEntries(key === AUDIT_KEY ? pending : await readQuietly(area, AUDIT_KEY));
    if (log.length === 0) break;
    const kept = newestHalf(log);
    evicted += log.length - kept.length;
    if (key === AUDIT_KEY) {
      pending = kept;
      continue;
    }
    // Shrinking the log frees space; if even that write fails, storage is not just full.
    try {
      await area.set({ [AUDIT_KEY]: kept });
    } catch (error) {
      lastError = error;
      break;
    }
  }
  throw new StorageWriteError(key, lastError);
}
