import { browser } from 'wxt/browser';
import { reportStorage } from './health';
import { planMigration } from './migrations';

// Brings storage.local to the current version, and repairs it, once per service-worker start
// (install, update and browser start all start the worker).

let preparing: Promise<void> | null = null;

async function migrate(): Promise<void> {
  const items = await browser.storage.local.get(null);
  const plan = planMigration(items);
  if (plan.remove.length > 0) await browser.storage.local.remove(plan.remove);
  if (Object.keys(plan.set).length > 0) await browser.storage.local.set(plan.set);
  await reportStorage('local', plan.notes);
}

/** Runs the pending migrations once per service-worker start; never rejects. */
export function prepareStorage(): Promise<void> {
  preparing ??= migrate().catch(async (error) => {
    console.error('[ReplyGuard] storage migration failed', error);
    await reportStorage('session', [{ code: 'write-failed', key: 'storageVersion' }]);
  });
  return preparing;
}
