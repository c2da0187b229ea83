import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { validEntries } from '@/utils/audit/log';
import { AUDIT_KEY, type AuditEntry } from '@/utils/audit/schema';

/** The stored audit log (valid entries only), kept current as the background appends to it. */
export function useAuditLog(): AuditEntry[] {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  useEffect(() => {
    const load = async () => setEntries(validEntries((await browser.storage.local.get(AUDIT_KEY))[AUDIT_KEY]));
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && AUDIT_KEY in changes) void load();
    };
    void load();
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return entries;
}
