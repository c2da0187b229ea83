import type { Finding, Severity } from '@/utils/analysis/schema';

// How each severity is named and ordered in the overlay. Severity is always shown as text and an
// icon as well as color, so it survives color blindness, forced colors and screen readers.

export const severityOrder: readonly Severity[] = ['critical', 'warning', 'info'];

export const severityLabel: Record<Severity, { one: string; many: string }> = {
  critical: { one: 'Critical', many: 'Critical' },
  warning: { one: 'Warning', many: 'Warnings' },
  info: { one: 'Note', many: 'Notes' },
};

const rank = (severity: Severity): number => severityOrder.indexOf(severity);

/** Most severe first; ties keep text order (Array.prototype.sort is stable). */
export function bySeverity(a: Finding, b: Finding): number {
  return rank(a.severity) - rank(b.severity);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The findings the pre-send review is about: never plain-language notes; a missing required footer is listed. */
export function isReviewable(finding: Finding): boolean {
  return finding.severity !== 'info' || finding.category === 'expectations';
}
