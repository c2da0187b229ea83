import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { conditions, drugs, jargon, redFlags, sensitive, tests } from '../../utils/analysis/lexicons';
import { type AnalyzeInput, type Finding, findingSchema } from '../../utils/analysis/schema';

// Property-based tests of the engine (fast-check) on random and adversarial text: it never
// throws, every finding validates and points inside its own source text without splitting a
// surrogate pair, the same input gives the same output, and no run takes super-linear time.
// A failure prints fast-check's seed and path; replay with FC_SEED=<seed>.

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, seed, endOnFailure: true });

/** Generous per-run bound: catches quadratic blow-ups, not a loaded machine (budgets are `npm run bench`). */
const boundMs = (input: AnalyzeInput) => 4000 + ((input.reply.length + (input.incoming?.length ?? 0)) / 1024) * 60;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Offset `at` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

function sourceText(input: AnalyzeInput, finding: Finding): string {
  return finding.source === 'reply' ? input.reply : (input.incoming ?? '');
}

/** Runs the engine once, checking every invariant; returns the findings. */
function checked(input: AnalyzeInput): Finding[] {
  const started = performance.now();
  const findings = analyze(input);
  const elapsed = performance.now() - started;
  expect(elapsed, `analysis of ${input.reply.length}+${input.incoming?.length ?? 0} chars took ${Math.round(elapsed)} ms`).toBeLessThan(boundMs(input));
  for (const finding of findings) {
    expect(findingSchema.safeParse(finding).success, finding.ruleId).toBe(true);
    const text = sourceText(input, finding);
    if (finding.source === 'incoming') expect(input.incoming, finding.ruleId).toBeDefined();
    expect(finding.start, finding.ruleId).toBeGreaterThanOrEqual(0);
    expect(finding.end, finding.ruleId).toBeGreaterThan(finding.start);
    expect(finding.end, finding.ruleId).toBeLessThanOrEqual(text.length);
    expect(splitsPair(text, finding.start) || splitsPair(text, finding.end), `${finding.ruleId} splits a surrogate pair`).toBe(false);
    // A finding points at something, never at whitespace alone (an unanswered red flag marks the
    // reply's first sentence, whatever it holds).
    expect(text.slice(finding.start, finding.end), finding.ruleId).toMatch(/\S/u);
  }
  return findings;
}

function deterministic(input: AnalyzeInput): void {
  expect(analyze(input)).toEqual(checked(input));
}

// --- generators --------------------------------------------------------------------------

const lexiconWords = [
  ...conditions.flatMap((e) => e.terms),
  ...drugs.flatMap((e) => e.terms),
  ...tests.flatMap((e) => e.terms),
  ...redFlags.flatMap((e) => e.terms),
  ...sensitive.flatMap((e) => e.terms),
  ...jargon.flatMap((e) => e.terms),
];
const cueWords = [
  'your', 'showed', 'came back', 'is', 'at', 'start', 'stop', 'increase', 'to', 'mg', 'no', 'not', 'denies', 'history of',
  'mother', 'if', 'you have', 'consistent with', 'positive', 'negative', 'high', 'low', '9.1', '500', 'chest pain',
  'call 911', 'hold', 'switch', 'biopsy', 'melanoma', 'started', 'since', 'yesterday', 'please', '"', '(', ')',
];
const punctuation = ['.', ',', ';', ':', '!', '?', '...', '-', '—', '/', '(', ')', '"', "'", '\n', '\n\n', '\t', '  '];
const emoji = ['😀', '👍🏽', '❤️', '👨‍👩‍👧', '🇺🇸', '\u{1F9EA}', '\u0301', '\u200d', '\uFEFF'];

const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 });
const fullUnicode = fc.string({ unit: 'binary', maxLength: 400 });
const graphemes = fc.string({ unit: 'grapheme', maxLength: 400 });
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...lexiconWords) },
  { weight: 3, arbitrary: fc.constantFrom(...cueWords) },
  { weight: 2, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 1, arbitrary: fc.constantFrom(...emoji) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const joiner = fc.constantFrom(' ', ' ', ' ', '', '. ', ', ', '\n', '😀');
const clinicalish = (maxTokens: number) =>
  fc.array(fc.tuple(token, joiner), { maxLength: maxTokens }).map((parts) => parts.map(([t, j]) => t + j).join(''));

const ASCII_UNITS = ['chest pain ', 'no ', 'pain ', ' ', '.', '!?', '\n', 'not ', 'a'];
/** Known super-linear in the therapy rule (README, Performance): 100 KB takes 4-7 s under load. */
const CHANGE_VERBS = 'start metformin increase to 500 mg ';
const UNICODE_UNITS = ['😀', 'fiebre 🤒 ', 'dolor de pecho ', '\u{1F9EA}\u0301'];

/** Text of about `size` characters repeating one unit, the shapes that expose super-linear work. */
const run = (size: number, units: readonly string[]) =>
  fc
    .tuple(
      fc.constantFrom(...units),
      fc.constantFrom('', '. ', '\n', ' '),
    )
    .map(([unit, separator]) => {
      const block = unit.repeat(Math.max(1, Math.floor(200 / unit.length))) + separator;
      return block.repeat(Math.ceil(size / block.length)).slice(0, size);
    });

/** A large mixed paste: lexicon words, cues, punctuation and emoji, repeated to `size`. */
const largeMixed = (size: number) => clinicalish(400).map((seedText) => (seedText.length === 0 ? 'x' : seedText).repeat(Math.ceil(size / Math.max(1, seedText.length))).slice(0, size));

const input = (text: fc.Arbitrary<string>) =>
  fc.record({ reply: text, incoming: fc.option(text, { nil: undefined }) }, { requiredKeys: ['reply'] }) as fc.Arbitrary<AnalyzeInput>;

// --- properties --------------------------------------------------------------------------

describe('engine properties on random text', () => {
  it('any UTF-16 (lone surrogates included): never throws, valid findings in range, deterministic', () => {
    fc.assert(fc.property(input(anyUtf16), deterministic), params(150));
  });

  it('full Unicode and graphemes: the same', () => {
    fc.assert(fc.property(input(fc.oneof(fullUnicode, graphemes)), deterministic), params(150));
  });

  it('mixed lexicon words, clinical cues, punctuation and emoji: the same', () => {
    fc.assert(fc.property(input(clinicalish(120)), deterministic), params(250));
  });
});

describe('engine properties on adversarial text', () => {
  it('long runs of one word, spaces, punctuation, emoji and change verbs (20 KB)', () => {
    fc.assert(fc.property(input(run(20_000, [...ASCII_UNITS, CHANGE_VERBS, ...UNICODE_UNITS])), (i) => void checked(i)), params(12));
  });

  it('mixed pastes of lexicon words and punctuation (20 KB)', () => {
    fc.assert(fc.property(largeMixed(20_000).map((reply) => ({ reply })), (i) => void checked(i)), params(6));
  });

  it('100 KB runs of one ASCII unit', () => {
    fc.assert(fc.property(run(100_000, ASCII_UNITS).map((reply) => ({ reply })), (i) => void checked(i)), params(4));
  });

  // Once super-linear: the Aho-Corasick library walked non-ASCII text grapheme by grapheme through
  // Intl.Segmenter (40 KB of emoji took 1.7 s), and the therapy rule re-scanned run-on sentences.
  it('100 KB runs of emoji, accented letters and change verbs', () => {
    fc.assert(fc.property(run(100_000, [CHANGE_VERBS, ...UNICODE_UNITS]).map((reply) => ({ reply, incoming: reply })), (i) => void checked(i)), params(4));
  });
});

describe('offsets stay on the right text', () => {
  const risky = 'Your biopsy showed melanoma.';
  const alone = analyze({ reply: risky }).map((f) => ({ ruleId: f.ruleId, text: risky.slice(f.start, f.end) }));
  const neutral = fc.constantFrom('Thanks for your message.', 'We will see you soon.', 'Have a good day.', '😀👍🏽', '🇺🇸 …', '\u{1F9EA}\u{1F9EA}');

  it('the reference sentence has findings to follow', () => {
    expect(alone.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['diagnosis.serious']));
  });

  it('a risky sentence among neutral ones and astral characters keeps its findings on its own words', () => {
    fc.assert(
      fc.property(fc.array(neutral, { maxLength: 8 }), fc.array(neutral, { maxLength: 8 }), (before, after) => {
        const prefix = before.map((s) => `${s}\n\n`).join('');
        const reply = `${prefix}${risky}${after.map((s) => `\n\n${s}`).join('')}`;
        const found = checked({ reply }).map((f) => ({ ruleId: f.ruleId, text: reply.slice(f.start, f.end), start: f.start }));
        for (const expected of alone) {
          expect(found).toContainEqual(expect.objectContaining({ ruleId: expected.ruleId, text: expected.text }));
        }
        expect(found.every((f) => f.start >= prefix.length)).toBe(true);
      }),
      params(60),
    );
  });
});
