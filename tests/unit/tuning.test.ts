import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { tuneFindings } from '../../utils/analysis/tuning';

// Policy tuning: categories and single rules can be turned off or re-graded; rules win.

const findings = analyze({
  reply: 'Your potassium was 5.9. Please stop the lisinopril. You were febrile overnight.',
  incoming: 'I have crushing chest pain right now.',
});
const categories = (list: { category: string }[]) => [...new Set(list.map((f) => f.category))].sort();

describe('tuneFindings', () => {
  it('changes nothing without tuning', () => {
    expect(tuneFindings(findings, {})).toEqual(findings);
  });

  it('turns a category off', () => {
    const tuned = tuneFindings(findings, { categories: { plain_language: { enabled: false } } });
    expect(categories(tuned)).not.toContain('plain_language');
    expect(tuned.length).toBeLessThan(findings.length);
  });

  it('re-grades a category, card indicator included', () => {
    const tuned = tuneFindings(findings, { categories: { therapy_change: { severity: 'info' } } });
    const therapy = tuned.filter((f) => f.category === 'therapy_change');
    expect(therapy.length).toBeGreaterThan(0);
    for (const f of therapy) expect([f.severity, f.card.indicator]).toEqual(['info', 'info']);
  });

  it('lets a rule override its category, both ways', () => {
    const urgentRule = findings.find((f) => f.category === 'urgent')?.ruleId as string;
    const off = tuneFindings(findings, { rules: { [urgentRule]: { enabled: false } } });
    expect(off.some((f) => f.ruleId === urgentRule)).toBe(false);
    const back = tuneFindings(findings, {
      categories: { urgent: { enabled: false } },
      rules: { [urgentRule]: { enabled: true, severity: 'warning' } },
    });
    expect(back.find((f) => f.ruleId === urgentRule)?.severity).toBe('warning');
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(findings);
    tuneFindings(findings, { categories: { result: { severity: 'critical' } } });
    expect(findings).toEqual(copy);
  });
});
