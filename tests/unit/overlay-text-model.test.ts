// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readContentEditable } from '../../utils/overlay/text-model';

function editable(html: string): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('readContentEditable', () => {
  it.each([
    ['<p>Hello</p><p>world</p>', 'Hello\nworld'],
    ['<p>a</p><p><br></p><p>c</p>', 'a\n\nc'],
    ['<p><br></p><p>b</p>', '\nb'],
    ['<p><br></p>', ''],
    ['<p>a<br>b</p>', 'a\nb'],
    ['<p>a<br><br></p><p>c</p>', 'a\n\nc'],
    ['<p>a<strong>b<br></strong></p><p>c</p>', 'ab\nc'],
    ['<div>text<p>x</p>tail</div>', 'text\nx\ntail'],
    ['<ul><li>one</li><li>two</li></ul><p>after</p>', 'one\ntwo\nafter'],
    ['plain <em>inline</em> text', 'plain inline text'],
    ['<p>keep<br class="ProseMirror-trailingBreak"></p>', 'keep'],
    ['<p>x<img class="ProseMirror-separator"><br class="ProseMirror-trailingBreak"></p>', 'x'],
    ['<p>a</p><script>evil()</script><p>b</p>', 'a\nb'],
    ['<p>a</p><div data-mce-bogus="all">ui</div><p>b</p>', 'a\nb'],
  ])('%s → %j', (html, text) => {
    expect(readContentEditable(editable(html)).text).toBe(text);
  });

  it('maps text offsets to ranges over the right DOM text, across nodes and blocks', () => {
    const root = editable('<p>Your <b>biopsy</b> showed</p><p>melanoma today</p>');
    const snapshot = readContentEditable(root);
    expect(snapshot.text).toBe('Your biopsy showed\nmelanoma today');
    const find = (word: string) => {
      const start = snapshot.text.indexOf(word);
      return snapshot.rangeFor(start, start + word.length).toString();
    };
    expect(find('biopsy')).toBe('biopsy');
    expect(find('Your biopsy')).toBe('Your biopsy');
    expect(find('melanoma')).toBe('melanoma');
    expect(find('showed\nmelanoma')).toBe('showedmelanoma');
  });

  it('puts a position on a newline into the text on the side the bias asks for', () => {
    const root = editable('<p>ab</p><p>cd</p>');
    const snapshot = readContentEditable(root);
    const before = snapshot.positionAt(2, 'before');
    const after = snapshot.positionAt(3, 'after');
    expect([before.node.textContent, before.offset]).toEqual(['ab', 2]);
    expect([after.node.textContent, after.offset]).toEqual(['cd', 0]);
  });

  it('gives a collapsed range at the end for appends and at the root of an empty editor', () => {
    const full = readContentEditable(editable('<p>end</p>'));
    const atEnd = full.rangeFor(3, 3);
    expect([atEnd.collapsed, atEnd.startContainer.textContent, atEnd.startOffset]).toEqual([true, 'end', 3]);
    const root = editable('<p><br></p>');
    const empty = readContentEditable(root).rangeFor(0, 0);
    expect(empty.startContainer).toBe(root);
  });
});
