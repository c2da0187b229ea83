import { describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration, planMigration, storedVersion } from '../../utils/storage/migrations';
import { CURRENT_STORAGE_VERSION, STORAGE_VERSION_KEY } from '../../utils/storage/schema';

// Storage layout versions: pending migrations run in order from the stored version, the version
// is recorded, a current store is left alone, and a newer store (a downgrade) is never touched.

const entry = (reviewId: string) => ({
  time: '2026-11-25T01:00:00.000Z',
  event: 'shadow',
  reviewId,
  origin: 'https://ehr.example.org',
  mode: 'shadow',
  findings: [],
});

describe('storage migrations', () => {
  it('the list is ordered, versions are unique, and the last one is the current version', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(CURRENT_STORAGE_VERSION);
  });

  it('an unversioned store is brought to the current version, keeping what validates', () => {
    const plan = planMigration({ settings: { reviewMode: 'inform' }, auditLog: [entry('a'), { bogus: true }, entry('b')] });
    expect(plan.set[STORAGE_VERSION_KEY]).toBe(CURRENT_STORAGE_VERSION);
    expect(plan.set.auditLog).toEqual([entry('a'), entry('b')]);
    expect(plan.remove).toEqual([]);
    expect(plan.notes).toEqual([{ code: 'audit-dropped', key: 'auditLog', count: 1, kept: 2 }]);
  });

  it('a current, healthy store needs no write at all', () => {
    const plan = planMigration({ [STORAGE_VERSION_KEY]: CURRENT_STORAGE_VERSION, settings: {}, auditLog: [entry('a')], closedLoops: [] });
    expect(plan).toEqual({ set: {}, remove: [], notes: [] });
  });

  it('runs only the pending migrations, in version order, each on the result of the one before', () => {
    const ran: number[] = [];
    const step = (version: number, rename: [string, string]): Migration => ({
      version,
      describe: `test ${version}`,
      migrate: (items) => {
        ran.push(version);
        return { set: { [rename[1]]: items[rename[0]] }, remove: [rename[0]], notes: [] };
      },
    });
    const migrations = [step(3, ['b', 'c']), step(1, ['x', 'y']), step(2, ['a', 'b'])];
    const plan = planMigration({ [STORAGE_VERSION_KEY]: 1, a: 42 }, migrations, 3);
    expect(ran).toEqual([2, 3]);
    expect(plan.set).toEqual({ c: 42, [STORAGE_VERSION_KEY]: 3 });
    expect(plan.remove.sort()).toEqual(['a', 'b']);
  });

  it('data from a newer version is left untouched and reported', () => {
    const items = { [STORAGE_VERSION_KEY]: CURRENT_STORAGE_VERSION + 1, auditLog: 'not a list' };
    expect(planMigration(items)).toEqual({ set: {}, remove: [], notes: [{ code: 'newer-version', key: STORAGE_VERSION_KEY, count: CURRENT_STORAGE_VERSION + 1 }] });
  });

  it('a damaged version number counts as unversioned', () => {
    for (const raw of ['1', -1, 1.5, null, {}]) expect(storedVersion({ [STORAGE_VERSION_KEY]: raw })).toBe(0);
  });
});
