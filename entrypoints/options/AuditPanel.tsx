import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { toCsv, toJson } from '@/utils/audit/export';
import { validEntries } from '@/utils/audit/log';
import { AUDIT_KEY, type AuditEntry } from '@/utils/audit/schema';

export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Entry count and CSV/JSON downloads of the local audit log. */
export function AuditPanel() {
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
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <p>
      <span data-testid="audit-count">{entries.length}</span> entries stored on this computer.{' '}
      <button type="button" onClick={() => download(`replyguard-audit-${stamp}.csv`, 'text/csv', toCsv(entries))}>
        Export CSV
      </button>
      <button type="button" onClick={() => download(`replyguard-audit-${stamp}.json`, 'application/json', toJson(entries))}>
        Export JSON
      </button>
    </p>
  );
}
