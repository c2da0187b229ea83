// Plain text of a rich editor's editable root: one line per block, so a paragraph break is a
// single "\n" (innerText would add a blank line for paragraph margins). Bare text before the
// first block (Chromium's contenteditable does that) counts as a line of its own. Works across
// iframe realms, so it checks node types rather than `instanceof`.

const BLOCK_TAGS = new Set(['P', 'DIV', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);

export function blockText(root: HTMLElement): string {
  const lines: string[] = [];
  let inline: string | null = null;
  const endInline = () => {
    if (inline !== null) lines.push(inline);
    inline = null;
  };
  for (const node of root.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has(node.nodeName)) {
      endInline();
      lines.push((node as HTMLElement).innerText.replace(/\n$/, ''));
    } else if (node.nodeName === 'BR') {
      lines.push(inline ?? '');
      inline = null;
    } else {
      inline = (inline ?? '') + (node.textContent ?? '');
    }
  }
  endInline();
  return lines.join('\n').replace(/\n+$/, '');
}
