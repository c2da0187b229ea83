import { parseSettings, type Settings } from './schema';
import { readSettings, watchSettings } from './storage';

// The settings in force for this page, kept current as storage changes.

let current: Settings = parseSettings({});
const subscribers = new Set<(settings: Settings) => void>();

export function currentSettings(): Settings {
  return current;
}

export function onSettingsChange(callback: (settings: Settings) => void, signal: AbortSignal): void {
  subscribers.add(callback);
  signal.addEventListener('abort', () => subscribers.delete(callback));
}

export async function startSettings(signal: AbortSignal): Promise<void> {
  const apply = (settings: Settings) => {
    current = settings;
    for (const callback of subscribers) callback(settings);
  };
  watchSettings(apply, signal);
  apply(await readSettings());
}
