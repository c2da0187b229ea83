import { describe, expect, it } from 'vitest';
import {
  backtrackingRisk,
  compileMrnPattern,
  compileMrnPatterns,
  findPatientIdentifiers,
  type IdentifierKind,
  MrnPatternError,
} from '../../utils/analysis/patient-identifiers';

// Patient identifiers for the data-loss guard, and the traps that must stay quiet: a plain
// appointment date, "your patient portal", "PT" as physical therapy, a year alone.

const kinds = (text: string, mrn: RegExp[] = []): IdentifierKind[] => findPatientIdentifiers(text, mrn).map((m) => m.kind);
const spans = (text: string, mrn: RegExp[] = []): string[] => findPatientIdentifiers(text, mrn).map((m) => text.slice(m.start, m.end));

describe('dates of birth', () => {
  it.each([
    ['Pt John Doe DOB 3/4/1956 was diagnosed with melanoma', 'DOB 3/4/1956'],
    ['born 03/04/1956, seen today', 'born 03/04/1956'],
    ['Her date of birth is March 4, 1956.', 'date of birth is March 4, 1956'],
    ['D.O.B.: 1956-03-04', 'D.O.B.: 1956-03-04'],
    ['birthdate 3/4/56 per chart', 'birthdate 3/4/56'],
    ['He was born on March 4, 1956 in Ohio.', 'born on March 4, 1956'],
  ])('%s', (text, expected) => {
    expect(findPatientIdentifiers(text).filter((m) => m.kind === 'dob').map((m) => text.slice(m.start, m.end))).toEqual([expected]);
  });

  it.each([
    'see you at lunch on 3/4',
    'Your appointment is on 03/04/2026 at 9:00.',
    'The meeting moved to March 4, 1956 Street.',
    'Born in 1956, like my dad.',
    'The baby was born yesterday.',
    'Please confirm your date of birth when you call.',
  ])('no date of birth in: %s', (text) => {
    expect(kinds(text)).not.toContain('dob');
  });
});

describe('medical record numbers', () => {
  it('finds the generic "MRN 1234567" cue', () => {
    expect(spans('Re: MRN: 00123456 labs')).toEqual(['MRN: 00123456']);
    expect(spans('medical record number #A1234567')).toEqual(['medical record number #A1234567']);
  });

  it("uses the organization's own patterns from policy", () => {
    const ours = compileMrnPattern('\\bE\\d{7}\\b');
    expect(spans('chart E1234567 attached', [ours])).toEqual(['E1234567']);
    expect(kinds('chart E1234567 attached')).toEqual([]);
  });

  it('leaves other numbers alone', () => {
    expect(kinds('Order 1234567 shipped; call 555-010-2000.')).toEqual([]);
  });
});

describe('patient references and names', () => {
  it.each([
    ['Hi Bob, your patient was seen in the ED.', 'your patient'],
    ['Pt John Doe DOB 3/4/1956 was diagnosed with melanoma', 'Pt John Doe'],
    ['Patient: Mary Smith', 'Patient: Mary Smith'],
    ['pt name: jane roe', 'pt name'],
  ])('%s', (text, expected) => {
    expect(spans(text)).toContain(expected);
  });

  it.each([
    'Log in to your patient portal to see it.',
    'Thank you for your patience.',
    'PT Monday at 3, then lunch.',
    'Patient Portal Login instructions are attached.',
    'The patient experience survey is out.',
  ])('no identifier in: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('MRN patterns from policy are compiled safely', () => {
  it('accepts ordinary formats', () => {
    for (const source of ['MRN\\s*\\d{7}', '\\b[A-Z]{2}\\d{6,8}\\b', '(?:\\d{3}-){2}\\d{4}', '(?<!\\d)\\d{8}(?!\\d)', 'E(?:\\d{7}|\\d{9})']) {
      expect(() => compileMrnPattern(source), source).not.toThrow();
    }
  });

  it.each([
    ['(\\d+)+$', /nested quantifiers/],
    ['(?:\\w+\\s?)*x', /nested quantifiers/],
    ['(\\d{2,}-?){3,}', /nested quantifiers/],
    ['(a|ab)*c', /alternatives/],
    ['(\\d)\\1', /back-reference/],
    ['MRN[', /not a valid regular expression/],
    ['\\d*', /matches empty text/],
    ['   ', /is empty/],
    ['\\d'.repeat(101), /longer than 200/],
  ])('refuses %s with a clear reason', (source, reason) => {
    expect(() => compileMrnPattern(source)).toThrow(MrnPatternError);
    expect(() => compileMrnPattern(source)).toThrow(reason);
  });

  it('names the pattern in the message and keeps the valid ones', () => {
    const { patterns, errors } = compileMrnPatterns(['MRN\\d{7}', '(a+)+']);
    expect(patterns.map((p) => p.source)).toEqual(['MRN\\d{7}']);
    expect(errors).toEqual([expect.stringContaining('"(a+)+"')]);
  });

  it('reads bounded repetition of a fixed group as safe and escaped brackets as literals', () => {
    expect(backtrackingRisk('(?:\\d{3}-){2}\\d{4}')).toBeNull();
    expect(backtrackingRisk('\\(\\d+\\)+')).toBeNull();
    expect(backtrackingRisk('[(+]+\\d{7}')).toBeNull();
  });
});

describe('refused shapes hidden one group deeper', () => {
  it('sees alternatives and repeats inside an inner group', () => {
    expect(backtrackingRisk('((a|ab))*c')).toMatch(/alternatives/);
    expect(backtrackingRisk('(?:x(?:\\d+))+')).toMatch(/nested/);
  });
});

describe('policy validation of MRN patterns', () => {
  it('explains a refused pattern on the options page and keeps the guard at its safe default', async () => {
    const { resolveSettings } = await import('../../utils/settings/resolve');
    const resolved = resolveSettings({ policy: { dataLossGuard: { enabled: true, origins: ['https://mail.example.com'], mrnPatterns: ['(\\d+)+'] } } });
    expect(resolved.settings.dataLossGuard.enabled).toBe(false);
    expect(resolved.issues[0]?.message).toMatch(/dataLossGuard.*nested quantifiers/);
    const ok = resolveSettings({ policy: { dataLossGuard: { enabled: true, origins: ['https://mail.example.com'], mrnPatterns: ['E\\d{7}'] } } });
    expect(ok.settings.dataLossGuard).toEqual({ enabled: true, origins: ['https://mail.example.com'], mrnPatterns: ['E\\d{7}'] });
  });
});
