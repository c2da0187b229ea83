import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { IdentifierLevel } from '@/utils/closed-loop/identifiers';
import type { Loop } from '@/utils/closed-loop/schema';
import { LOOPS_KEY, readLoops } from '@/utils/closed-loop/store';
import { readSettings } from '@/utils/settings/storage';

// The stored loops and the identifier level in force, kept current while the popup is open.

export function useLoops(): { loops: Loop[]; identifierLevel: IdentifierLevel; loaded: boolean } {
  const [loops, setLoops] = useState<Loop[]>([]);
  const [identifierLevel, setLevel] = useState<IdentifierLevel>('none');
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    const load = () =>
      void Promise.all([readLoops(), readSettings()]).then(([stored, settings]) => {
        if (!live) return;
        setLoops(stored);
        setLevel(settings.identifierLevel);
        setLoaded(true);
      });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || LOOPS_KEY in changes || 'settings' in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    load();
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return { loops, identifierLevel, loaded };
}
