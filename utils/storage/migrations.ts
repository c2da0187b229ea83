import { repairStorage, type StoragePatch } from './recovery';
import { CURRENT_STORAGE_VERSION, STORAGE_VERSION_KEY } from './schema';

// storage.local is versioned (`storageVersion`); each migration takes the stored items of the
// version before it to its own version. The background runs the pending ones, in order, at
// install, update and every start, then repairs whatever still does not validate.

export interface Migration {
  /** The version this migration produces. */
  version: number;
  describe: string;
  migrate: (items: Readonly<Record<string, unknown>>) => StoragePatch;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    describe: 'unversioned -> 1: keep the settings, policy cache, audit entries and loops that validate',
    migrate: repairStorage,
  },
];

export function storedVersion(items: Readonly<Record<string, unknown>>): number {
  const raw = items[STORAGE_VERSION_KEY];
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : 0;
}

function apply(items: Record<string, unknown>, patch: StoragePatch): Record<string, unknown> {
  const next = { ...items, ...patch.set };
  for (const key of patch.remove) delete next[key];
  return next;
}

function merge(into: StoragePatch, patch: StoragePatch): void {
  for (const key of patch.remove) delete into.set[key];
  into.remove = [...into.remove.filter((key) => !(key in patch.set)), ...patch.remove];
  Object.assign(into.set, patch.set);
  into.notes.push(...patch.notes);
}

/**
 * The writes that bring `items` to `target`: pending migrations in order, then a repair pass.
 * Data from a newer version is left untouched (a downgrade must not destroy it).
 */
export function planMigration(
  items: Readonly<Record<string, unknown>>,
  migrations: readonly Migration[] = MIGRATIONS,
  target = CURRENT_STORAGE_VERSION,
): StoragePatch {
  const from = storedVersion(items);
  if (from > target) return { set: {}, remove: [], notes: [{ code: 'newer-version', key: STORAGE_VERSION_KEY, count: from }] };
  const plan: StoragePatch = { set: {}, remove: [], notes: [] };
  let current: Record<string, unknown> = { ...items };
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= from || migration.version > target) continue;
    const patch = migration.migrate(current);
    current = apply(current, patch);
    merge(plan, patch);
  }
  const repair = repairStorage(current);
  merge(plan, repair);
  if (from !== target) plan.set[STORAGE_VERSION_KEY] = target;
  return plan;
}
