import { toCsv, toJson } from '@/utils/audit/export';
import { useAuditLog } from './useAuditLog';

export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Entry count and CSV/JSON downloads of the local audit log. */
export function AuditPanel() {
  const entries = useAuditLog();
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
