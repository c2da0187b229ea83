import { browser } from 'wxt/browser';
import { writeLocal } from '../storage/write-local';
import { type Loop, loopSchema } from './schema';

// The loops in storage.local. Every read validates record by record, so one damaged record is
// dropped alone; writes are serialized so two messages cannot lose each other's change.

export const LOOPS_KEY = 'closedLoops';

export function validLoops(raw: unknown): Loop[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item) => {
    const parsed = loopSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function readLoops(): Promise<Loop[]> {
  const stored = await browser.storage.local.get(LOOPS_KEY);
  return validLoops(stored[LOOPS_KEY]);
}

let queue: Promise<unknown> = Promise.resolve();

/** Read, change and write the loops as one step; resolves with what was written. */
export function updateLoops(change: (loops: Loop[]) => Loop[]): Promise<Loop[]> {
  const run = queue.then(async () => {
    const next = change(await readLoops());
    await writeLocal(LOOPS_KEY, next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}
