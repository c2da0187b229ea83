import { browser } from 'wxt/browser';
import { writeLocal } from '../storage/write-local';
import { type ResolvedSettings, resolveSettings } from './resolve';
import { SETTINGS_KEY, type SettingKey, type Settings } from './schema';

// Reading the two layers from the browser: the clinician's options in storage.local and the
// organization's policy in storage.managed. The background keeps a copy of the last policy it
// read in storage.local, because Chromium's first managed read takes seconds while policy loads
// and a page must not run on the user's values alone in the meantime.

export const POLICY_CACHE_KEY = 'policyCache';

export async function readPolicy(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    // Firefox rejects when no policies.json names the add-on: no policy is not an error.
    return undefined;
  }
}

export async function readUser(): Promise<unknown> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return stored[SETTINGS_KEY];
}

async function readCachedPolicy(): Promise<unknown> {
  const stored = await browser.storage.local.get(POLICY_CACHE_KEY);
  return stored[POLICY_CACHE_KEY];
}

/** Resolved settings from the live policy (slow on a cold Chromium start). */
export async function readResolved(): Promise<ResolvedSettings> {
  const [user, policy] = await Promise.all([readUser(), readPolicy()]);
  return resolveSettings({ user, policy });
}

export async function readSettings(): Promise<Settings> {
  return (await readResolved()).settings;
}

/**
 * Calls `onChange` with resolved settings: at once from the cached policy, again once the live
 * policy has been read, and whenever either layer changes.
 */
export function watchResolved(onChange: (resolved: ResolvedSettings) => void, signal: AbortSignal): Promise<void> {
  let user: unknown;
  let policy: unknown;
  const emit = () => {
    if (!signal.aborted) onChange(resolveSettings({ user, policy }));
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      user = changes[SETTINGS_KEY]?.newValue;
      emit();
    } else if (area === 'managed') {
      // A managed change lists only the keys that changed: read the whole policy again.
      void readPolicy().then((value) => {
        policy = value;
        emit();
      });
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
  return (async () => {
    [user, policy] = await Promise.all([readUser(), readCachedPolicy()]);
    emit();
    policy = await readPolicy();
    emit();
  })();
}

/** Saves one of the clinician's own values (the options page checks locks before calling). */
export async function saveUserValue(key: SettingKey, value: unknown): Promise<void> {
  const current = (await readUser()) ?? {};
  const next = typeof current === 'object' && !Array.isArray(current) ? { ...(current as object) } : {};
  await writeLocal(SETTINGS_KEY, { ...next, [key]: value });
}

export async function clearUserValue(key: SettingKey): Promise<void> {
  const current = (await readUser()) ?? {};
  if (typeof current !== 'object' || Array.isArray(current)) return;
  const { [key]: _removed, ...rest } = current as Record<string, unknown>;
  await writeLocal(SETTINGS_KEY, rest);
}
