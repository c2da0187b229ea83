import { validEntries } from '../audit/log';
import { AUDIT_KEY } from '../audit/schema';
import { LOOPS_KEY, validLoops } from '../closed-loop/store';
import { POLICY_CACHE_KEY } from '../settings/storage';
import { SETTINGS_KEY } from '../settings/schema';
import type { StorageNote } from './schema';

// Corrupted storage is repaired by keeping what validates: a list keeps its valid rows, a value
// of the wrong shape is removed so its defaults apply. Per-key problems inside valid settings are
// left to settings/resolve.ts, which explains them on the options page.

export interface StoragePatch {
  set: Record<string, unknown>;
  remove: string[];
  notes: StorageNote[];
}

export const emptyPatch = (): StoragePatch => ({ set: {}, remove: [], notes: [] });

const isRecord = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

function repairList(
  items: Record<string, unknown>,
  key: string,
  keep: (raw: unknown) => unknown[],
  codes: { reset: StorageNote['code']; dropped: StorageNote['code'] },
  patch: StoragePatch,
): void {
  if (!(key in items) || items[key] === undefined) return;
  const raw = items[key];
  if (!Array.isArray(raw)) {
    patch.remove.push(key);
    patch.notes.push({ code: codes.reset, key });
    return;
  }
  const kept = keep(raw);
  if (kept.length === raw.length) return;
  patch.set[key] = kept;
  patch.notes.push({ code: codes.dropped, key, count: raw.length - kept.length, kept: kept.length });
}

/** What to write so every value ReplyGuard reads validates, keeping every valid row. */
export function repairStorage(items: Record<string, unknown>): StoragePatch {
  const patch = emptyPatch();
  for (const [key, code] of [
    [SETTINGS_KEY, 'settings-reset'],
    [POLICY_CACHE_KEY, 'policy-cache-reset'],
  ] as const) {
    if (key in items && items[key] !== undefined && !isRecord(items[key])) {
      patch.remove.push(key);
      patch.notes.push({ code, key });
    }
  }
  repairList(items, AUDIT_KEY, validEntries, { reset: 'audit-reset', dropped: 'audit-dropped' }, patch);
  repairList(items, LOOPS_KEY, validLoops, { reset: 'loops-reset', dropped: 'loops-dropped' }, patch);
  return patch;
}
