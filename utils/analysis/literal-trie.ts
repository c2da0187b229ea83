// Every occurrence of a set of literal strings in a text, found by walking a trie from each
// allowed start position. The lexicons' and ConText's callers only accept matches that start
// where a word may start, so walking from those positions (at most the longest literal's length
// each) is linear in the text and an order of magnitude cheaper than a general Aho-Corasick
// scan over every character. Matches start and end on grapheme boundaries: a literal never
// ends before a combining mark or inside a surrogate pair ("e" is not found in "é" written as
// e + U+0301).

export interface LiteralHit<T> {
  start: number;
  end: number;
  literal: string;
  data: T;
}

/** The trie while it is built; `flatten` turns it into typed arrays for matching. */
interface Node<T> {
  codes: number[];
  kids: Node<T>[];
  /** Literals ending here, in the order they were added. */
  out: { literal: string; data: T }[] | undefined;
}

const newNode = <T>(): Node<T> => ({ codes: [], kids: [], out: undefined });

/** Nodes with more children than this get an ASCII table; the others are scanned. */
const FAN_OUT = 6;

/** Per node, four ints: its edges' range in `codes`/`targets`, its ASCII table (or -1), its outputs (or -1). */
const STRIDE = 4;

/**
 * The trie as a few typed arrays, nodes numbered depth first so a literal's path lies mostly in
 * consecutive cells. Matching reads a handful of contiguous cells per character instead of
 * chasing three objects per node, which mattered: a lexicon trie of ~50,000 object nodes was
 * mostly cache misses inside a full analysis.
 */
interface FlatTrie<T> {
  nodes: Int32Array;
  codes: Uint16Array;
  targets: Int32Array;
  /** 128 cells per tabled node: the child for each ASCII code, or -1. */
  tables: Int32Array;
  outs: { literal: string; data: T }[][];
}

function flatten<T>(root: Node<T>): FlatTrie<T> {
  const order: Node<T>[] = [];
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    order.push(node);
    stack.push(...[...node.kids].reverse());
  }
  const id = new Map(order.map((node, i) => [node, i]));
  const edges = order.reduce((sum, node) => sum + node.codes.length, 0);
  const tabled = order.filter((node) => node.codes.length > FAN_OUT).length;
  const flat: FlatTrie<T> = {
    nodes: new Int32Array(order.length * STRIDE),
    codes: new Uint16Array(edges),
    targets: new Int32Array(edges),
    tables: new Int32Array(tabled * 128).fill(-1),
    outs: [],
  };
  let edge = 0;
  let table = 0;
  order.forEach((node, n) => {
    const at = n * STRIDE;
    flat.nodes[at] = edge;
    node.codes.forEach((code, k) => {
      flat.codes[edge] = code;
      flat.targets[edge++] = id.get(node.kids[k] as Node<T>) as number;
    });
    flat.nodes[at + 1] = edge;
    flat.nodes[at + 2] = node.codes.length > FAN_OUT ? table : -1;
    if (node.codes.length > FAN_OUT) {
      node.codes.forEach((code, k) => {
        if (code < 128) flat.tables[table + code] = id.get(node.kids[k] as Node<T>) as number;
      });
      table += 128;
    }
    flat.nodes[at + 3] = node.out ? flat.outs.push(node.out) - 1 : -1;
  });
  return flat;
}

/** The child of `node` along `code`, or -1. */
function step<T>(trie: FlatTrie<T>, node: number, code: number): number {
  const at = node * STRIDE;
  const table = trie.nodes[at + 2] as number;
  if (table >= 0 && code < 128) return trie.tables[table + code] as number;
  const to = trie.nodes[at + 1] as number;
  for (let i = trie.nodes[at] as number; i < to; i++) if (trie.codes[i] === code) return trie.targets[i] as number;
  return -1;
}

function childOf<T>(node: Node<T>, code: number): Node<T> | undefined {
  const i = node.codes.indexOf(code);
  return i < 0 ? undefined : node.kids[i];
}

const EXTENDS_GRAPHEME = /^[\p{M}\u200c\u200d]/u;

/** False where the code unit at `index` continues the grapheme before it. */
export function isGraphemeBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  const code = text.charCodeAt(index);
  if (code < 0x300) return !(code === 10 && text.charCodeAt(index - 1) === 13);
  // A low surrogate after a high one, or an emoji skin-tone modifier, continues the character.
  if (code >= 0xdc00 && code <= 0xdfff) {
    const before = text.charCodeAt(index - 1);
    if (before >= 0xd800 && before <= 0xdbff) return false;
  }
  if (code === 0xd83c) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdffb && low <= 0xdfff) return false;
  }
  return !EXTENDS_GRAPHEME.test(text.slice(index, index + 2));
}

export interface LiteralTrie<T> {
  /**
   * Every occurrence starting at a position for which `mayStart` holds, by start, then shortest
   * first, literals of one length in the order they were added.
   */
  findAll(text: string, mayStart: (index: number) => boolean): LiteralHit<T>[];
}

export function createLiteralTrie<T>(literals: readonly { literal: string; data: T }[]): LiteralTrie<T> {
  const root = newNode<T>();
  for (const { literal, data } of literals) {
    if (literal === '') continue;
    let node = root;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      let next = childOf(node, code);
      if (!next) {
        next = newNode<T>();
        node.codes.push(code);
        node.kids.push(next);
      }
      node = next;
    }
    (node.out ??= []).push({ literal, data });
  }
  const trie = flatten(root);
  return {
    findAll(text, mayStart) {
      const hits: LiteralHit<T>[] = [];
      for (let start = 0; start < text.length; start++) {
        let node = step(trie, 0, text.charCodeAt(start));
        if (node < 0 || !mayStart(start) || !isGraphemeBoundary(text, start)) continue;
        for (let end = start + 1; node >= 0; end++) {
          const out = trie.nodes[node * STRIDE + 3] as number;
          if (out >= 0 && isGraphemeBoundary(text, end)) {
            for (const { literal, data } of trie.outs[out] as { literal: string; data: T }[]) hits.push({ start, end, literal, data });
          }
          node = end < text.length ? step(trie, node, text.charCodeAt(end)) : -1;
        }
      }
      return hits;
    },
  };
}
