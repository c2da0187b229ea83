import type { Category } from '../analysis/schema';
import { cell as csvCell } from './export';
import { NOT_HELPFUL_REASONS, type NotHelpfulReason } from './feedback';
import type { AuditAction, AuditEntry } from './schema';

// Per-rule statistics from the audit log, for tuning (docs/admin-guide.md, "Measuring rules").
// Counts are per send or per card, never per mention: a rule found twice in one reply fired once.
// - fired: sends the rule was found in: a pre-send review shown ('review-shown') or, in shadow
//   mode, the review that would have been shown ('shadow');
// - actedOn: reviews containing the rule that ended in an edit or a fix ('action' entries whose
//   action is edited, called-instead, added-*, applied-other-fix); the clinician may have fixed
//   another finding of the same review;
// - overridden: reviews containing the rule that ended in "send anyway" ('sent-anyway');
// - notHelpful: cards of the rule marked "Not helpful" ('feedback' entries), with their reasons.
// A card marked "Not helpful" is dismissed and so does not reach the review: notHelpfulShare
// divides by fired + notHelpful, every time a clinician met the rule at a send or on a card.
// Pure: entries and a period in, rows out.

export const STATS_PERIODS = [7, 30, 90, 'all'] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

const FIXES: ReadonlySet<AuditAction> = new Set([
  'edited',
  'called-instead',
  'added-confirmation',
  'added-emergency-instructions',
  'applied-other-fix',
]);

/**
 * When to suggest turning a rule off or down by policy. DLP programs are rolled back to audit-only
 * once false positives pass about 10%; an alert overridden in most decisions is being ignored.
 * Below `minEvents` the shares are noise and no hint is given.
 */
export const HINT_THRESHOLDS = { minEvents: 5, notHelpfulShare: 0.1, overrideShare: 0.5 } as const;

export type TuningHint = 'often-not-helpful' | 'often-overridden';

export interface RuleStats {
  ruleId: string;
  category: Category;
  fired: number;
  actedOn: number;
  overridden: number;
  notHelpful: number;
  notHelpfulReasons: Record<NotHelpfulReason, number>;
  hint: TuningHint | null;
}

/** The earliest entry time counted for `period`, or null for all time. */
export function periodStart(period: StatsPeriod, now: Date): Date | null {
  return period === 'all' ? null : new Date(now.getTime() - period * 24 * 60 * 60 * 1000);
}

function emptyReasons(): Record<NotHelpfulReason, number> {
  return Object.fromEntries(NOT_HELPFUL_REASONS.map((r) => [r.code, 0])) as Record<NotHelpfulReason, number>;
}

/** Which counter an entry adds to, for each rule it names; null when it counts for none. */
function counterOf(entry: AuditEntry): 'fired' | 'actedOn' | 'overridden' | 'notHelpful' | null {
  switch (entry.event) {
    case 'review-shown':
    case 'shadow':
      return 'fired';
    case 'action':
      if (entry.action === 'sent-anyway') return 'overridden';
      return entry.action && FIXES.has(entry.action) ? 'actedOn' : null;
    case 'feedback':
      return 'notHelpful';
    default:
      return null;
  }
}

export function tuningHint(stats: Pick<RuleStats, 'fired' | 'actedOn' | 'overridden' | 'notHelpful'>): TuningHint | null {
  const { minEvents, notHelpfulShare, overrideShare } = HINT_THRESHOLDS;
  const met = stats.fired + stats.notHelpful;
  if (met >= minEvents && stats.notHelpful / met >= notHelpfulShare) return 'often-not-helpful';
  const decisions = stats.actedOn + stats.overridden;
  if (decisions >= minEvents && stats.overridden / decisions >= overrideShare) return 'often-overridden';
  return null;
}

/** One row per rule named in the period's entries, most fired first (then most marked, then id). */
export function ruleStats(entries: readonly AuditEntry[], since: Date | null): RuleStats[] {
  const rows = new Map<string, RuleStats>();
  for (const entry of entries) {
    if (since && Date.parse(entry.time) < since.getTime()) continue;
    const counter = counterOf(entry);
    if (!counter) continue;
    const seen = new Set<string>();
    for (const { ruleId, category } of entry.findings) {
      if (seen.has(ruleId)) continue;
      seen.add(ruleId);
      let row = rows.get(ruleId);
      if (!row) {
        row = { ruleId, category, fired: 0, actedOn: 0, overridden: 0, notHelpful: 0, notHelpfulReasons: emptyReasons(), hint: null };
        rows.set(ruleId, row);
      }
      row[counter] += 1;
      const reason = counter === 'notHelpful' ? (entry.reasonCode as NotHelpfulReason | undefined) : undefined;
      if (reason && reason in row.notHelpfulReasons) row.notHelpfulReasons[reason] += 1;
    }
  }
  return [...rows.values()]
    .map((row) => ({ ...row, hint: tuningHint(row) }))
    .sort((a, b) => b.fired - a.fired || b.notHelpful - a.notHelpful || a.ruleId.localeCompare(b.ruleId));
}

export const RULE_STATS_COLUMNS = [
  'ruleId',
  'category',
  'fired',
  'actedOn',
  'overridden',
  'notHelpful',
  ...NOT_HELPFUL_REASONS.map((r) => `notHelpful:${r.code}`),
  'hint',
] as const;

export function ruleStatsCsv(rows: readonly RuleStats[]): string {
  const lines = rows.map((row) =>
    [
      row.ruleId,
      row.category,
      row.fired,
      row.actedOn,
      row.overridden,
      row.notHelpful,
      ...NOT_HELPFUL_REASONS.map((r) => row.notHelpfulReasons[r.code]),
      row.hint ?? '',
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[RULE_STATS_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
