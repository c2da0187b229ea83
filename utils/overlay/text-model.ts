// Plain text of a contenteditable composer with a map back to DOM positions. Block boundaries
// and <br> are newlines, an empty block is an empty line, and the placeholder <br> editors put at
// the end of a block (Quill, ProseMirror, CKEditor, TinyMCE) is not.

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

interface TextSegment {
  start: number;
  end: number;
  node: Text;
}

export interface DomPosition {
  node: Node;
  offset: number;
}

export interface TextSnapshot {
  text: string;
  /** DOM position of a text offset; `bias` picks the side when the offset sits on a newline. */
  positionAt(offset: number, bias: 'before' | 'after'): DomPosition;
  /** A live Range over [start, end) of the text. */
  rangeFor(start: number, end: number): Range;
}

function isSkipped(el: Element): boolean {
  return (
    SKIPPED.has(el.localName) ||
    el.getAttribute('data-mce-bogus') === 'all' ||
    el.classList.contains('ProseMirror-separator')
  );
}

function hasContentAfter(node: Node): boolean {
  for (let n = node.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n as Text).data === '') continue;
    return true;
  }
  return false;
}

/** A <br> is a line break unless it is the last thing in its block (a placeholder). */
function isTrailingBreak(br: Element, root: Element): boolean {
  for (let n: Node | null = br; n && n !== root; n = n.parentNode) {
    if (hasContentAfter(n)) return false;
    const parent = n.parentNode as Element | null;
    if (!parent || parent === root || BLOCKS.has(parent.localName)) return true;
  }
  return true;
}

export function readContentEditable(root: HTMLElement): TextSnapshot {
  const segments: TextSegment[] = [];
  let text = '';
  let pendingBreaks = 0;
  let blocksSeen = 0;

  const flush = () => {
    text += '\n'.repeat(pendingBreaks);
    pendingBreaks = 0;
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data === '') return;
      flush();
      segments.push({ start: text.length, end: text.length + data.length, node: node as Text });
      text += data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isSkipped(el)) return;
    if (el.localName === 'br') {
      if (isTrailingBreak(el, root)) return;
      flush();
      text += '\n';
      return;
    }
    const block = BLOCKS.has(el.localName);
    if (!block) {
      for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
      return;
    }
    const lengthBefore = text.length;
    const blocksBefore = ++blocksSeen;
    if (text.length > 0) pendingBreaks = Math.max(pendingBreaks, 1);
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    const emptyLeaf = text.length === lengthBefore && blocksSeen === blocksBefore;
    if (emptyLeaf) pendingBreaks += 1;
    else pendingBreaks = Math.max(pendingBreaks, 1);
  };

  for (let c = root.firstChild; c; c = c.nextSibling) visit(c);
  return snapshot(root, text, segments);
}

function snapshot(root: HTMLElement, text: string, segments: TextSegment[]): TextSnapshot {
  const positionAt = (offset: number, bias: 'before' | 'after'): DomPosition => {
    let previous: TextSegment | undefined;
    for (const seg of segments) {
      if (offset >= seg.start && offset <= seg.end) {
        // On a boundary between two text nodes prefer the one the bias points into.
        if (offset === seg.end && bias === 'after' && seg !== segments.at(-1)) {
          const next = segments[segments.indexOf(seg) + 1];
          if (next && next.start === offset) return { node: next.node, offset: 0 };
        }
        return { node: seg.node, offset: offset - seg.start };
      }
      if (seg.start > offset) {
        if (bias === 'after' || !previous) return { node: seg.node, offset: 0 };
        return { node: previous.node, offset: previous.node.length };
      }
      previous = seg;
    }
    if (previous) return { node: previous.node, offset: previous.node.length };
    return { node: root, offset: 0 };
  };
  return {
    text,
    positionAt,
    rangeFor(start, end) {
      const range = root.ownerDocument.createRange();
      const from = positionAt(start, 'after');
      const to = end === start ? from : positionAt(end, 'before');
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
}
