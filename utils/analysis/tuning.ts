import type { Category, Finding, Severity } from './schema';

// Administrator tuning from policy or options: turn a category or a single rule off, or change
// its severity. A rule's own setting wins over its category's. Pure: findings in, findings out.

export interface TuningEntry {
  enabled?: boolean;
  severity?: Severity;
}

export interface Tuning {
  categories?: Partial<Record<Category, TuningEntry>>;
  rules?: Record<string, TuningEntry>;
}

export function tuneFindings(findings: readonly Finding[], tuning: Tuning): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const rule = tuning.rules?.[finding.ruleId];
    const category = tuning.categories?.[finding.category];
    const enabled = rule?.enabled ?? category?.enabled ?? true;
    if (!enabled) continue;
    const severity = rule?.severity ?? category?.severity;
    out.push(
      severity && severity !== finding.severity
        ? { ...finding, severity, card: { ...finding.card, indicator: severity } }
        : finding,
    );
  }
  return out;
}
