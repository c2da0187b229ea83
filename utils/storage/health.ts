import { browser } from 'wxt/browser';
import { type StorageHealth, type StorageNote, STORAGE_HEALTH_KEY, storageHealthSchema } from './schema';

// The storage health record the options page shows. Repairs at start are kept in storage.local
// (they matter after a restart); failed writes go to storage.session, which has its own quota and
// still works when storage.local is full. Written by whoever failed to write (the background, or
// the options page saving an option).

type Area = 'local' | 'session';

const sessionArea = () => (browser.storage as { session?: typeof browser.storage.local }).session;

function areaOf(area: Area) {
  return area === 'local' ? browser.storage.local : sessionArea();
}

export function parseHealth(raw: unknown): StorageHealth | null {
  const parsed = storageHealthSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Adds notes to the record in `area`; never throws (reporting must not become a second failure). */
export async function reportStorage(area: Area, notes: readonly StorageNote[], now = new Date()): Promise<void> {
  if (notes.length === 0) return;
  console.error('[ReplyGuard] storage problem', notes.map((note) => note.code).join(', '));
  try {
    const storage = areaOf(area);
    if (!storage) return;
    const previous = parseHealth((await storage.get(STORAGE_HEALTH_KEY))[STORAGE_HEALTH_KEY]);
    const merged = [...(previous?.notes ?? []), ...notes].slice(-50);
    await storage.set({ [STORAGE_HEALTH_KEY]: { time: now.toISOString(), notes: merged } });
  } catch {
    // Nowhere left to write: the console line above is the report.
  }
}

/** The notes in both areas, for the options page. */
export async function readStorageHealth(): Promise<StorageNote[]> {
  const read = async (area: Area) => {
    try {
      const storage = areaOf(area);
      return storage ? (parseHealth((await storage.get(STORAGE_HEALTH_KEY))[STORAGE_HEALTH_KEY])?.notes ?? []) : [];
    } catch {
      return [];
    }
  };
  return [...(await read('local')), ...(await read('session'))];
}

export async function clearStorageHealth(): Promise<void> {
  await Promise.allSettled([browser.storage.local.remove(STORAGE_HEALTH_KEY), sessionArea()?.remove(STORAGE_HEALTH_KEY)]);
}
