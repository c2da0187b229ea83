import { useEffect, useState } from 'react';
import type { ResolvedSettings } from '@/utils/settings/resolve';
import { watchResolved } from '@/utils/settings/storage';

/** The resolved settings, kept current as the clinician's options or the policy change. */
export function useResolved(): ResolvedSettings | null {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void watchResolved(setResolved, controller.signal);
    return () => controller.abort();
  }, []);
  return resolved;
}
