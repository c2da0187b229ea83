import { describe, expect, it } from 'vitest';
import { openLoop } from '../../utils/closed-loop/machine';
import { repairStorage } from '../../utils/storage/recovery';
import { describeStorageNote } from '../../utils/storage/notices';
import { type StorageArea, StorageWriteError, writeWithEviction } from '../../utils/storage/write';

// Corrupted storage keeps what validates; full storage gives up the oldest audit entries, then
// reports. Every note has a plain sentence for the options page.

const entry = (n: number) => ({
  time: '2026-11-25T01:00:00.000Z',
  event: 'shadow',
  reviewId: `r-${n}`,
  origin: 'https://ehr.example.org',
  mode: 'shadow',
  findings: [],
});
const loop = openLoop('loop-0001', { thread: { url: 'https://ehr.example.org/t/1' }, categories: ['result'], language: 'en', sentAt: 1 }, 48);

describe('repairing corrupted storage', () => {
  it('settings that are not an object are removed so defaults apply; the policy cache likewise', () => {
    const patch = repairStorage({ settings: 'garbage', policyCache: [1, 2] });
    expect(patch.remove.sort()).toEqual(['policyCache', 'settings']);
    expect(patch.notes.map((n) => n.code).sort()).toEqual(['policy-cache-reset', 'settings-reset']);
  });

  it('an audit log that is not a list is removed; a list keeps its valid entries in order', () => {
    expect(repairStorage({ auditLog: 'oops' })).toEqual({ set: {}, remove: ['auditLog'], notes: [{ code: 'audit-reset', key: 'auditLog' }] });
    const patch = repairStorage({ auditLog: [entry(1), 'x', { ...entry(2), reasonCode: 'free text here' }, entry(3)] });
    expect(patch.set.auditLog).toEqual([entry(1), entry(3)]);
    expect(patch.notes).toEqual([{ code: 'audit-dropped', key: 'auditLog', count: 2, kept: 2 }]);
  });

  it('loops with bad rows keep the good ones', () => {
    const patch = repairStorage({ closedLoops: [loop, { ...loop, id: 'X' }, 7] });
    expect(patch.set.closedLoops).toEqual([loop]);
    expect(patch.notes).toEqual([{ code: 'loops-dropped', key: 'closedLoops', count: 2, kept: 1 }]);
    expect(repairStorage({ closedLoops: { loop } }).remove).toEqual(['closedLoops']);
  });

  it('healthy or absent values are left alone, and keys it does not own are never touched', () => {
    expect(repairStorage({ settings: { reviewMode: 'bogus' }, auditLog: [entry(1)], closedLoops: [loop], someoneElse: 'x' })).toEqual({ set: {}, remove: [], notes: [] });
    expect(repairStorage({})).toEqual({ set: {}, remove: [], notes: [] });
  });
});

/** A storage area that holds `capacity` audit entries' worth of items, as JSON characters. */
function fakeArea(capacity: number, initial: Record<string, unknown> = {}) {
  const items: Record<string, unknown> = { ...initial };
  const area: StorageArea & { items: typeof items } = {
    items,
    async get(key) {
      return { [key]: items[key] };
    },
    async set(update) {
      const next = { ...items, ...update };
      if (JSON.stringify(next).length > capacity) throw new Error('QUOTA_BYTES quota exceeded');
      Object.assign(items, update);
    },
  };
  return area;
}

describe('writing when storage is full', () => {
  const size = JSON.stringify(entry(0)).length;

  it('an audit append that does not fit evicts the oldest entries and keeps the new one', async () => {
    const area = fakeArea(size * 6);
    const log = Array.from({ length: 10 }, (_, i) => entry(i));
    const notes = await writeWithEviction(area, 'auditLog', log);
    const kept = area.items.auditLog as ReturnType<typeof entry>[];
    expect(kept.at(-1)).toEqual(entry(9));
    expect(kept.length).toBeLessThan(10);
    expect(kept).toEqual(log.slice(10 - kept.length));
    expect(notes).toEqual([{ code: 'audit-evicted', key: 'auditLog', count: 10 - kept.length }]);
  });

  it('another write makes room by shrinking the stored audit log', async () => {
    const area = fakeArea(size * 8, { auditLog: Array.from({ length: 7 }, (_, i) => entry(i)) });
    const notes = await writeWithEviction(area, 'closedLoops', [loop]);
    expect(area.items.closedLoops).toEqual([loop]);
    expect((area.items.auditLog as unknown[]).length).toBeLessThan(7);
    expect(notes[0]?.code).toBe('audit-evicted');
  });

  it('a write that fits writes once and reports nothing', async () => {
    const area = fakeArea(10_000);
    expect(await writeWithEviction(area, 'settings', { reviewMode: 'warn' })).toEqual([]);
    expect(area.items.settings).toEqual({ reviewMode: 'warn' });
  });

  it('when nothing is left to evict the write fails with a clear error', async () => {
    const area = fakeArea(10);
    await expect(writeWithEviction(area, 'settings', { reviewMode: 'warn' })).rejects.toBeInstanceOf(StorageWriteError);
    await expect(writeWithEviction(area, 'settings', {})).rejects.toThrow('ReplyGuard could not save "settings"');
  });

  it('every note reads as a sentence for the options page', () => {
    expect(describeStorageNote({ code: 'audit-dropped', key: 'auditLog', count: 2, kept: 5 })).toBe('2 damaged audit entries were removed; the other 5 were kept.');
    expect(describeStorageNote({ code: 'write-failed', key: 'closedLoops' })).toContain('could not save the awaited confirmations');
    expect(describeStorageNote({ code: 'audit-evicted', key: 'auditLog', count: 1 })).toContain('the 1 oldest audit entry was removed');
  });
});
