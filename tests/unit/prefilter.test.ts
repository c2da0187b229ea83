import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileContextRules } from '../../utils/analysis/context';
import { redFlags } from '../../utils/analysis/lexicons';
import { foldCase, normalizePunctuation } from '../../utils/analysis/matcher';
import { createPrefilter, requiredFactors } from '../../utils/analysis/prefilter';

// The prefilter may only skip a regex that cannot match: for every text a regex matches, one of
// its required literals must be found in the folded text.

const fold = (text: string) => foldCase(normalizePunctuation(text));

describe('requiredFactors', () => {
  it('takes literal runs, alternations and required groups, and skips optional parts', () => {
    expect(requiredFactors('\\bchest p[ai]{2}ns?\\b')).toEqual(['chest p']);
    expect(requiredFactors('(?:heart rate|pulse|hr) (?:is )?\\d+')).toEqual(['heart rate', 'pulse', 'hr']);
    expect(requiredFactors('(?:very )?sick')).toEqual(['sick']);
    expect(requiredFactors('(?<![\\p{L}])(?:a|b*)x')).toEqual(['x']);
    expect(requiredFactors('[a-z]+\\d*')).toBeNull();
    expect(requiredFactors('(?:stroke|)')).toBeNull();
  });

  it('never throws: unknown syntax means "always run"', () => {
    expect(requiredFactors('(?')).toBeNull();
  });
});

describe('prefilter soundness', () => {
  const sources = [
    ...redFlags.flatMap((entry) => entry.patterns.map((source) => new RegExp(source, 'iu'))),
    ...compileContextRules().patterns.map(({ regex }) => new RegExp(regex.source, 'u')),
  ];

  it('keeps every regex that matches a corpus message, as written and in capitals', () => {
    const prefilter = createPrefilter(sources.map((re) => re.source));
    const texts = ['tests/corpus/incoming.jsonl', 'tests/corpus/replies.jsonl', 'tests/corpus/holdout.jsonl']
      .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean))
      .flatMap((line) => {
        const row = JSON.parse(line) as { reply?: string; incoming?: string };
        return [row.reply ?? '', row.incoming ?? ''].filter(Boolean);
      })
      .flatMap((text) => [text, text.toUpperCase()]);
    let matched = 0;
    for (const text of texts) {
      const candidates = prefilter.candidates(fold(text));
      sources.forEach((re, i) => {
        if (!re.test(text)) return;
        matched++;
        expect(candidates[i], `/${re.source}/ on ${JSON.stringify(text.slice(0, 60))}`).toBe(true);
      });
    }
    // The check is not vacuous: many messages match some pattern.
    expect(matched).toBeGreaterThan(300);
    // Thousands of regex runs: seconds on a busy shared machine.
  }, 30_000);

  it('skips a regex whose words are absent', () => {
    const prefilter = createPrefilter(['\\bchest pain\\b', '\\bstroke\\b']);
    expect(prefilter.candidates(fold('My CHEST PAIN is back'))).toEqual([true, false]);
  });

  it('folds every character that matches an ASCII literal case-insensitively (ſ, K)', () => {
    const prefilter = createPrefilter(['sick', 'kick']);
    expect(prefilter.candidates(fold('ſick'))).toEqual([true, false]);
    expect(prefilter.candidates(fold('\u212Aick'))).toEqual([false, true]);
    for (let code = 128; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (/[\x20-\x7e]/iu.test(ch)) expect(['ſ', '\u212A']).toContain(ch);
    }
  });
});
