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

interface Node<T> {
  /** Children as parallel arrays: most nodes have one or two, where a scan beats a hash. */
  codes: number[];
  kids: Node<T>[];
  /** Children by ASCII code, for the few nodes with many children (near the root). */
  ascii: (Node<T> | undefined)[] | undefined;
  /** Literals ending here, in the order they were added. */
  out: { literal: string; data: T }[] | undefined;
}

const newNode = <T>(): Node<T> => ({ codes: [], kids: [], ascii: undefined, out: undefined });

/** Nodes with more children than this get an ASCII table. */
const FAN_OUT = 6;

function child<T>(node: Node<T>, code: number): Node<T> | undefined {
  if (node.ascii !== undefined && code < 128) return node.ascii[code];
  const { codes } = node;
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) return node.kids[i];
  return undefined;
}

function tabulate<T>(node: Node<T>): void {
  for (const kid of node.kids) tabulate(kid);
  if (node.codes.length <= FAN_OUT) return;
  const ascii: (Node<T> | undefined)[] = new Array(128).fill(undefined);
  node.codes.forEach((code, i) => {
    if (code < 128) ascii[code] = node.kids[i];
  });
  node.ascii = ascii;
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
      let next = child(node, code);
      if (!next) {
        next = newNode<T>();
        node.codes.push(code);
        node.kids.push(next);
      }
      node = next;
    }
    (node.out ??= []).push({ literal, data });
  }
  tabulate(root);
  return {
    findAll(text, mayStart) {
      const hits: LiteralHit<T>[] = [];
      for (let start = 0; start < text.length; start++) {
        const first = text.charCodeAt(start);
        let node = child(root, first);
        if (!node || !mayStart(start) || !isGraphemeBoundary(text, start)) continue;
        for (let end = start + 1; node; end++) {
          if (node.out && isGraphemeBoundary(text, end)) {
            for (const { literal, data } of node.out) hits.push({ start, end, literal, data });
          }
          node = end < text.length ? child(node, text.charCodeAt(end)) : undefined;
        }
      }
      return hits;
    },
  };
}
