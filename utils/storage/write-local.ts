import { browser } from 'wxt/browser';
import { reportStorage } from './health';
import { StorageWriteError, writeWithEviction } from './write';

/**
 * Writes one storage.local key through the full-storage path (oldest audit entries evicted, then
 * retried); a write that still fails is reported on the options page and rethrown.
 */
export async function writeLocal(key: string, value: unknown): Promise<void> {
  try {
    await reportStorage('session', await writeWithEviction(browser.storage.local, key, value));
  } catch (error) {
    if (error instanceof StorageWriteError) await reportStorage('session', [{ code: 'write-failed', key }]);
    throw error;
  }
}
