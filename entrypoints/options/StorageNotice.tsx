import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { clearStorageHealth, readStorageHealth } from '@/utils/storage/health';
import { describeStorageNote } from '@/utils/storage/notices';
import { STORAGE_HEALTH_KEY, type StorageNote } from '@/utils/storage/schema';

/** What ReplyGuard had to repair or could not save in browser storage, until dismissed. */
export function StorageNotice() {
  const [notes, setNotes] = useState<StorageNote[]>([]);
  useEffect(() => {
    const load = () => void readStorageHealth().then(setNotes);
    const listener = (changes: Record<string, unknown>) => {
      if (STORAGE_HEALTH_KEY in changes) load();
    };
    load();
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  if (notes.length === 0) return null;
  return (
    <section className="issues" role="alert" aria-label="Storage problems" data-testid="storage-notice">
      <strong>ReplyGuard had a problem with its stored data</strong>
      <ul>
        {notes.map((note, index) => (
          // An append-only list in which the same note may repeat: the position is the identity.
          <li key={index} data-testid="storage-note" data-code={note.code}>
            {describeStorageNote(note)}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void clearStorageHealth().then(() => setNotes([]))}>
        Dismiss
      </button>
    </section>
  );
}
