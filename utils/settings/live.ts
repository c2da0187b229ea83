import type { ReviewMode as ShownMode } from '@/components/overlay-contract';
import { type ResolvedSettings, resolveSettings } from './resolve';
import type { Settings } from './schema';
import { watchResolved } from './storage';

// The settings in force for this page, kept current as storage and policy change. The overlay
// sees `reviewMode` as what to show: `shadow` (compute and audit, show nothing) is shown as
// `off`, with `shadow: true` so the send check can still audit.

export type PageSettings = Omit<Settings, 'reviewMode'> & { reviewMode: ShownMode; shadow: boolean };

function forPage({ settings }: ResolvedSettings): PageSettings {
  const { reviewMode } = settings;
  return { ...settings, reviewMode: reviewMode === 'shadow' ? 'off' : reviewMode, shadow: reviewMode === 'shadow' };
}

let current: PageSettings = forPage(resolveSettings({}));
const subscribers = new Set<(settings: PageSettings) => void>();

export function currentSettings(): PageSettings {
  return current;
}

export function onSettingsChange(callback: (settings: PageSettings) => void, signal: AbortSignal): void {
  subscribers.add(callback);
  signal.addEventListener('abort', () => subscribers.delete(callback));
}

export async function startSettings(signal: AbortSignal): Promise<void> {
  await watchResolved((resolved) => {
    current = forPage(resolved);
    for (const callback of subscribers) callback(current);
  }, signal);
}
