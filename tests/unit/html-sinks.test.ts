import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Everything ReplyGuard puts into a page or its own pages is built as elements and text nodes
// (React, textContent, execCommand('insertText')): no source file may use a raw HTML sink, so
// text from the page or from policy can never become markup. If one is ever needed it must go
// through DOMPurify, and this list names the file and the reason.

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];
const SINKS = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|document\.write|['"]insertHTML['"]|\bsrcdoc\b|new DOMParser|new Function\(|\beval\(/;
const SANITIZED: Record<string, string> = {};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('HTML sinks', () => {
  it('no source file writes raw HTML or evaluates strings as code', () => {
    const files = SOURCE_DIRS.flatMap((dir) => sources(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(50);
    const found = files
      .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }))
      .filter(({ path, text }) => SINKS.test(text) && !(path in SANITIZED))
      .map(({ path, text }) => `${path}: ${text.match(SINKS)?.[0]}`);
    expect(found).toEqual([]);
  });

  it('the check does find a sink when there is one', () => {
    for (const line of ['el.innerHTML = text;', '<div dangerouslySetInnerHTML={{ __html: x }} />', "document.execCommand('insertHTML', false, x)"]) {
      expect(SINKS.test(line)).toBe(true);
    }
  });
});
