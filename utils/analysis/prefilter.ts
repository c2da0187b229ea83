// Skips regular expressions that cannot match a text. From each regex source we derive a set of
// literal strings one of which every match must contain (its "factors"); one Aho-Corasick pass
// over the text finds which factors occur, and only regexes with a factor present are run. A
// skipped regex would have found nothing, so results are unchanged; the point is that most
// red-flag and ConText patterns need not scan a message that lacks their words.

/** A requirement: the match contains one of these strings, or `null` for no requirement. */
type Factors = string[] | null;

/** Characters that a literal factor may hold: printable ASCII, compared lowercased. */
const isLiteralCode = (code: number): boolean => code >= 32 && code < 127;

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'p', 'P']);
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

/** Prefer the requirement whose shortest factor is longest (rarest), then the one with fewer factors. */
function better(a: Factors, b: Factors): Factors {
  if (a === null) return b;
  if (b === null) return a;
  const shortest = (f: string[]) => Math.min(...f.map((s) => s.length));
  return shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.length < a.length) ? b : a;
}

/**
 * A small parser for the regex syntax used in the engine's `u`-mode patterns. Anything it does
 * not recognise as a literal counts as "no requirement", which is always safe.
 */
class FactorParser {
  private i = 0;

  constructor(private readonly src: string) {}

  parse(): Factors {
    const result = this.disjunction();
    if (this.i !== this.src.length) throw new Error(`unexpected "${this.src[this.i]}" at ${this.i} in /${this.src}/`);
    return result;
  }

  private disjunction(): Factors {
    const alternatives: Factors[] = [this.alternative()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.alternative());
    }
    if (alternatives.some((a) => a === null)) return null;
    return [...new Set((alternatives as string[][]).flat())];
  }

  private alternative(): Factors {
    let best: Factors = null;
    let run = '';
    const flush = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (atom.kind === 'char' && min === undefined) {
        run += atom.char;
        continue;
      }
      flush();
      if (atom.kind === 'char' && (min ?? 0) >= 1) best = better(best, [atom.char]);
      if (atom.kind === 'group' && (min === undefined || min >= 1)) best = better(best, atom.factors);
    }
    flush();
    return best;
  }

  /** Minimum repetition of a quantifier at the cursor, or undefined when there is none. */
  private quantifier(): number | undefined {
    const ch = this.src[this.i];
    let min: number | undefined;
    if (ch === '*' || ch === '?') min = 0;
    else if (ch === '+') min = 1;
    else if (ch === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Error(`bad quantifier at ${this.i} in /${this.src}/`);
      this.i += m[0].length - 1;
      min = Number(m[1]);
    } else return undefined;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return min;
  }

  private atom(): { kind: 'char'; char: string } | { kind: 'group'; factors: Factors } | { kind: 'other' } {
    const ch = this.src[this.i] as string;
    if (ch === '(') return this.group();
    if (ch === '[') {
      this.skipClass();
      return { kind: 'other' };
    }
    if (ch === '\\') return this.escape();
    this.i++;
    if (ch === '.' || ch === '^' || ch === '$') return { kind: 'other' };
    return isLiteralCode(ch.charCodeAt(0)) ? { kind: 'char', char: ch.toLowerCase() } : { kind: 'other' };
  }

  private group(): { kind: 'group'; factors: Factors } {
    const rest = this.src.slice(this.i);
    const lookaround = /^\(\?<?[=!]/.exec(rest);
    const head = lookaround ?? /^\(\?(?::|<[A-Za-z_$][\w$]*>|[a-z]*(?:-[a-z]+)?:)?/.exec(rest);
    this.i += (head as RegExpExecArray)[0].length;
    const inner = this.disjunction();
    if (this.src[this.i] !== ')') throw new Error(`unclosed group in /${this.src}/`);
    this.i++;
    // A lookaround consumes nothing; a modifier group ("(?i:") may change case rules, which the
    // lowercase comparison already covers.
    return { kind: 'group', factors: lookaround ? null : inner };
  }

  private skipClass(): void {
    this.i++;
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    if (this.src[this.i] !== ']') throw new Error(`unclosed class in /${this.src}/`);
    this.i++;
  }

  private escape(): { kind: 'char'; char: string } | { kind: 'other' } {
    const next = this.src[this.i + 1] as string;
    this.i += 2;
    if (CLASS_ESCAPES.has(next)) {
      if ((next === 'p' || next === 'P') && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return { kind: 'other' };
    }
    if (next === 'u' || next === 'x') {
      const m = /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4})|([0-9a-fA-F]{2}))/.exec(this.src.slice(this.i));
      if (!m) return { kind: 'other' };
      this.i += m[0].length;
      const code = Number.parseInt(m[1] ?? m[2] ?? m[3] ?? '', 16);
      return isLiteralCode(code) ? { kind: 'char', char: String.fromCharCode(code).toLowerCase() } : { kind: 'other' };
    }
    if (next === 'k') {
      this.i = this.src.indexOf('>', this.i) + 1;
      return { kind: 'other' };
    }
    if (next === 'c') {
      this.i++;
      return { kind: 'other' };
    }
    if (/[0-9bB]/.test(next)) {
      while (/[0-9]/.test(this.src[this.i] ?? '')) this.i++;
      return { kind: 'other' };
    }
    const control = CONTROL_ESCAPES[next];
    if (control) return { kind: 'char', char: control };
    return isLiteralCode(next.charCodeAt(0)) ? { kind: 'char', char: next.toLowerCase() } : { kind: 'other' };
  }
}

/**
 * Literal strings (lowercase) one of which every match of the regex contains; null if none is
 * known, including for syntax the parser does not follow (a regex is then simply always run).
 */
export function requiredFactors(source: string): string[] | null {
  try {
    return new FactorParser(source).parse();
  } catch {
    return null;
  }
}

/**
 * The ASCII character a text character can equal under case-insensitive Unicode matching:
 * ASCII letters, the long s (ſ ~ s) and the Kelvin sign (K ~ k). Other characters never match
 * a printable ASCII literal.
 */
function foldCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0x17f) return 115;
  if (code === 0x212a) return 107;
  return code;
}

/**
 * Aho-Corasick over char codes (the factors are ASCII), reporting which factors occur at all.
 * The failure links are folded into a complete transition table over the factors' alphabet, so
 * each character of the text costs two array lookups; a character in no factor returns to the
 * root.
 */
class FactorAutomaton {
  /** Column of each ASCII code in the table, -1 for a code in no factor. */
  private readonly symbol = new Int16Array(128).fill(-1);
  private readonly width: number;
  private readonly delta: Int32Array;
  private readonly out: number[][] = [[]];

  constructor(factors: readonly string[]) {
    const alphabet: number[] = [];
    for (const factor of factors) {
      for (let i = 0; i < factor.length; i++) {
        const code = factor.charCodeAt(i);
        if (code < 128 && this.symbol[code] === -1) {
          this.symbol[code] = alphabet.length;
          alphabet.push(code);
        }
      }
    }
    const width = alphabet.length;
    const next: Int32Array[] = [new Int32Array(width).fill(-1)];
    factors.forEach((factor, id) => {
      let state = 0;
      for (let i = 0; i < factor.length; i++) {
        const column = this.symbol[factor.charCodeAt(i)] as number;
        let to = (next[state] as Int32Array)[column] as number;
        if (to === -1) {
          to = next.length;
          next.push(new Int32Array(width).fill(-1));
          this.out.push([]);
          (next[state] as Int32Array)[column] = to;
        }
        state = to;
      }
      this.out[state]?.push(id);
    });
    const delta = new Int32Array(next.length * width);
    const fail = new Int32Array(next.length);
    const queue: number[] = [];
    for (let column = 0; column < width; column++) {
      const to = (next[0] as Int32Array)[column] as number;
      if (to > 0) {
        delta[column] = to;
        queue.push(to);
      }
    }
    // Breadth first, so a state's failure state (shallower) is complete before the state itself.
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] as number;
      const f = fail[state] as number;
      this.out[state]?.push(...(this.out[f] ?? []));
      const children = next[state] as Int32Array;
      for (let column = 0; column < width; column++) {
        const to = children[column] as number;
        if (to === -1) {
          delta[state * width + column] = delta[f * width + column] as number;
        } else {
          delta[state * width + column] = to;
          fail[to] = delta[f * width + column] as number;
          queue.push(to);
        }
      }
    }
    this.width = width;
    this.delta = delta;
  }

  /** Which factor ids occur in the text. */
  present(text: string, count: number): Uint8Array {
    const found = new Uint8Array(count);
    const { delta, out, symbol, width } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = foldCode(text.charCodeAt(i));
      const column = code < 128 ? (symbol[code] as number) : -1;
      state = column < 0 ? 0 : (delta[state * width + column] as number);
      const ids = out[state] as number[];
      for (let k = 0; k < ids.length; k++) found[ids[k] as number] = 1;
    }
    return found;
  }
}

export interface Prefilter {
  /** For each regex (in the order given), whether it may match `text` (raw, or case/punctuation-folded). */
  candidates(text: string): boolean[];
}

/** Build a prefilter for regex sources; a regex with no known factor is always a candidate. */
export function createPrefilter(sources: readonly string[]): Prefilter {
  const ids = new Map<string, number>();
  const required = sources.map((source) =>
    requiredFactors(source)?.map((factor) => {
      let id = ids.get(factor);
      if (id === undefined) {
        id = ids.size;
        ids.set(factor, id);
      }
      return id;
    }),
  );
  const automaton = new FactorAutomaton([...ids.keys()]);
  return {
    candidates(text) {
      const found = automaton.present(text, ids.size);
      return required.map((factorIds) => factorIds === undefined || factorIds.some((id) => found[id] === 1));
    },
  };
}
