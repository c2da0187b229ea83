import type { StorageNote } from './schema';

// Plain sentences for the storage health notes shown on the options page.

const LABELS: Record<string, string> = {
  settings: 'your saved options',
  policyCache: 'the cached organization policy',
  auditLog: 'the audit log',
  closedLoops: 'the awaited confirmations',
  storageVersion: 'the storage version',
};

const what = (key: string) => LABELS[key] ?? `"${key}"`;

export function describeStorageNote(note: StorageNote): string {
  const n = note.count ?? 0;
  switch (note.code) {
    case 'settings-reset':
      return 'Your saved options could not be read and were reset to the defaults; settings from your organization still apply.';
    case 'policy-cache-reset':
      return 'The cached organization policy could not be read; it is read again from the browser.';
    case 'audit-reset':
      return 'The audit log could not be read and was started again.';
    case 'audit-dropped':
      return `${n} damaged audit ${n === 1 ? 'entry was' : 'entries were'} removed; the other ${note.kept ?? 0} were kept.`;
    case 'loops-reset':
      return 'The list of awaited confirmations could not be read and was started again.';
    case 'loops-dropped':
      return `${n} damaged awaited-confirmation ${n === 1 ? 'record was' : 'records were'} removed; the other ${note.kept ?? 0} were kept.`;
    case 'audit-evicted':
      return `Browser storage was full: the ${n} oldest audit ${n === 1 ? 'entry was' : 'entries were'} removed to make room.`;
    case 'write-failed':
      return `Browser storage is full or failing: ReplyGuard could not save ${what(note.key)}. Checking replies still works; export the audit log and free space in the browser.`;
    case 'newer-version':
      return `The stored data comes from a newer ReplyGuard (storage version ${n}); it was left as is.`;
  }
}
