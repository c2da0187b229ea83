import { beforeAll, describe, expect, it } from 'vitest';

// Catastrophic backtracking checks over every regular expression the engine compiles (lexicon
// patterns, red-flag frames, ConText rules, rule regexes): the RegExp constructor is watched
// while the engine loads and runs once, then each regex is (1) checked statically for nested
// unbounded quantifiers ("(a+)+", the classic exponential shape) and (2) run against
// adversarial inputs built from its own words, with a time bound. Finally the whole engine
// must stay linear on long runs of one word, spaces, punctuation and line breaks.

const compiled = new Map<string, RegExp>();
let analyze: typeof import('../../utils/analysis/analyze').analyze;
let requiredFactors: typeof import('../../utils/analysis/prefilter').requiredFactors;

beforeAll(async () => {
  const Native = RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args: [string | RegExp, string?]) {
      const re = Reflect.construct(target, args) as RegExp;
      // Only the engine's own regexes (not those of zod or the syllable counter it imports).
      const caller = new Error().stack?.split('\n')[2] ?? '';
      if (caller.includes('utils/analysis/')) compiled.set(`/${re.source}/${re.flags}`, re);
      return re;
    },
  });
  try {
    ({ analyze } = await import('../../utils/analysis/analyze'));
    ({ requiredFactors } = await import('../../utils/analysis/prefilter'));
    // Matchers and rule sets compile lazily: run the engine once on both sources.
    analyze({
      reply: 'Your biopsy showed melanoma. Start metformin 500 mg twice daily. Your A1c came back at 9.1.',
      incoming: 'I have crushing chest pain and my face is drooping. My baby has a fever of 101.',
    });
  } finally {
    globalThis.RegExp = Native;
  }
});

/**
 * Star height above one without an anchor: an unbounded quantifier ("*", "+", "{n,}") applied
 * to a group that itself holds an unbounded quantifier and no mandatory word of its own
 * ("(a+)+", "(\\w+\\s*)*"), the shapes that backtrack exponentially. A group that must match
 * a literal word each time round ("(?:[ \\t]+(?:all|also))*") cannot split a run two ways, and
 * bounded outer repetitions ("{0,6}") cost a fixed-degree polynomial at worst.
 */
function nestedUnboundedQuantifier(source: string): boolean {
  type Frame = { unbounded: boolean; anchor: boolean };
  const stack: Frame[] = [{ unbounded: false, anchor: false }];
  const top = () => stack[stack.length - 1] as Frame;
  let i = 0;
  /** Consume a quantifier at the cursor: 1 unbounded, -1 bounded or optional, 0 none. */
  const quantifier = (): number => {
    const m = /^(?:[*+?]|\{\d+(,\d*)?\})\??/.exec(source.slice(i));
    if (!m) return 0;
    i += m[0].length;
    return m[0][0] === '*' || m[0][0] === '+' || m[1] === ',' ? 1 : -1;
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (ch === '(') {
      stack.push({ unbounded: false, anchor: false });
      i += (/^\((?:\?(?:<?[=!]|:|<[^>]+>))?/.exec(source.slice(i)) as RegExpExecArray)[0].length;
      continue;
    }
    if (ch === ')') {
      const inner = stack.pop() as Frame;
      i++;
      const q = quantifier();
      if (q > 0 && inner.unbounded && !inner.anchor) return true;
      if (q > 0 || inner.unbounded) top().unbounded = true;
      if (q === 0 && !inner.unbounded) top().anchor = true;
      continue;
    }
    let atomEnd = i + 1;
    let literal = !'.^$|'.includes(ch);
    if (ch === '\\') {
      atomEnd = i + 2;
      literal = !/[dDwWsSpPbB]/.test(source[i + 1] ?? '');
      if (/[pP]/.test(source[i + 1] ?? '') && source[i + 2] === '{') atomEnd = source.indexOf('}', i) + 1;
    } else if (ch === '[') {
      atomEnd = i + 1;
      while (atomEnd < source.length && source[atomEnd] !== ']') atomEnd += source[atomEnd] === '\\' ? 2 : 1;
      atomEnd++;
      literal = false;
    }
    i = atomEnd;
    const q = quantifier();
    if (q > 0) top().unbounded = true;
    else if (q === 0 && literal) top().anchor = true;
  }
  return false;
}

/**
 * Adversarial inputs for one regex: long runs of its own words, with and without separators.
 * Global regexes scan whole messages (20,000 characters here); the others are applied by the
 * rules to bounded windows (a sentence tail of at most 140 characters, a 30-110 character lead),
 * so they get 2,000.
 */
function adversarialInputs(re: RegExp): string[] {
  const size = re.global ? 20_000 : 2_000;
  const run = (unit: string) => unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
  const words = (requiredFactors(re.source) ?? ['a']).slice(0, 3);
  return [run(' '), run('.'), run('a'), run('1'), ...words.flatMap((word) => [run(word), run(`${word} `), run(`${word}\t \t`)])];
}

describe('regex safety', () => {
  it('watches the engine compile its regular expressions', () => {
    // Red-flag patterns alone number over a hundred; an empty list would make the checks vacuous.
    expect(compiled.size).toBeGreaterThan(150);
  });

  it('the nested-quantifier check catches the classic exponential shapes', () => {
    expect(nestedUnboundedQuantifier('(a+)+$')).toBe(true);
    expect(nestedUnboundedQuantifier('(?:\\w+\\s*)*x')).toBe(true);
    expect(nestedUnboundedQuantifier('(?:[a-z]+\\d*){2,}')).toBe(true);
    expect(nestedUnboundedQuantifier('(?:[ \\t]+(?:all|also))*[ \\t]+\\d')).toBe(false);
    expect(nestedUnboundedQuantifier('(?:[ \\t]+\\w+){0,6}')).toBe(false);
    expect(nestedUnboundedQuantifier('\\bchest (?:is |feels )?pain\\b[^.]{0,40}')).toBe(false);
  });

  it('no compiled regex has nested unbounded quantifiers', () => {
    const nested = [...compiled.keys()].filter((key) => nestedUnboundedQuantifier(key.slice(1, key.lastIndexOf('/'))));
    expect(nested).toEqual([]);
  });

  it('every compiled regex scans adversarial inputs quickly', () => {
    const slow: string[] = [];
    for (const [key, re] of compiled) {
      const copy = new RegExp(re.source, re.flags);
      for (const input of adversarialInputs(re)) {
        const scan = () => {
          const start = performance.now();
          copy.lastIndex = 0;
          for (let m = copy.exec(input); m !== null && copy.global; m = copy.exec(input)) {
            if (m[0].length === 0) copy.lastIndex++;
          }
          return performance.now() - start;
        };
        // Linear scans of 20,000 characters take well under a millisecond to a few ms; a
        // backtracking blow-up takes seconds or never ends. A slow first run is retried (best of
        // three) and the bound is generous, so a busy CI machine does not fail a linear regex.
        let ms = scan();
        if (ms > 100) ms = Math.min(ms, scan(), scan());
        if (ms > 1000) slow.push(`${key.slice(0, 80)} on ${JSON.stringify(input.slice(0, 12))}…: ${ms.toFixed(0)} ms`);
      }
    }
    expect(slow).toEqual([]);
  }, 30_000);

  it('the whole engine stays linear on adversarial messages', () => {
    const units = [
      'pain ',
      'a',
      ' ',
      '\n',
      '.',
      '!?.,;:-()"\'',
      'no ',
      'chest pain and shortness of breath, ',
      '120 mg 9.1% ',
      // One unpunctuated sentence full of change verbs: the therapy rule once re-read the sentence per verb.
      'stop the lisinopril and we will start metformin 500 mg and ',
    ];
    const growth: Record<string, number> = {};
    for (const unit of units) {
      const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      /** Best of three, so a busy machine's pauses do not count as growth. */
      const time = (n: number) => {
        const text = make(n);
        let best = Number.POSITIVE_INFINITY;
        for (let i = 0; i < 3; i++) {
          const start = performance.now();
          // A different incoming message each time: the engine reuses the last one's analysis.
          analyze({ reply: text, incoming: i % 2 ? `${text} ` : text });
          best = Math.min(best, performance.now() - start);
        }
        return best;
      };
      time(2_000);
      // A floor of 5 ms keeps fixed costs from turning a tiny baseline into a large ratio.
      const small = Math.max(time(10_000), 5);
      const large = time(80_000);
      growth[JSON.stringify(unit)] = Number((large / small).toFixed(1));
    }
    // 8x the text: linear is ~8x, quadratic 64x. Allow noise (a loaded CI machine) up to 24x.
    expect(Object.entries(growth).filter(([, ratio]) => ratio > 24), JSON.stringify(growth)).toEqual([]);
  }, 60_000);
});
