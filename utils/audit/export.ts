import type { AuditEntry } from './schema';

// CSV and JSON exports of the audit log, for the options page's download buttons. CSV has one
// row per entry; lists (rule ids, categories, severities, from-draft flags) are joined with "|" in
// finding order.

const SEVERITY_RANK = { info: 0, warning: 1, critical: 2 } as const;

export const CSV_COLUMNS = [
  'time',
  'event',
  'reviewId',
  'origin',
  'mode',
  'composerKind',
  'action',
  'reasonCode',
  'elapsedMs',
  'maxSeverity',
  'ruleIds',
  'categories',
  'severities',
  'fromDraft',
] as const;

function maxSeverity(entry: AuditEntry): string {
  let best: AuditEntry['findings'][number]['severity'] | '' = '';
  for (const { severity } of entry.findings) {
    if (best === '' || SEVERITY_RANK[severity] > SEVERITY_RANK[best]) best = severity;
  }
  return best;
}

/** RFC 4180 quoting; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function cell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((entry) =>
    [
      entry.time,
      entry.event,
      entry.reviewId,
      entry.origin,
      entry.mode,
      entry.composerKind,
      entry.action,
      entry.reasonCode,
      entry.elapsedMs,
      maxSeverity(entry),
      entry.findings.map((f) => f.ruleId).join('|'),
      entry.findings.map((f) => f.category).join('|'),
      entry.findings.map((f) => f.severity).join('|'),
      entry.findings.map((f) => (f.fromDraft ? 'yes' : 'no')).join('|'),
    ]
      .map(cell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function toJson(entries: readonly AuditEntry[]): string {
  return `${JSON.stringify({ format: 'replyguard-audit/1', entries }, null, 2)}\n`;
}
