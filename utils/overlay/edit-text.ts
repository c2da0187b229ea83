import type { Edit } from '@/utils/analysis/schema';

/** The [start, end) span an edit replaces in `text`, and what it puts there. */
export function editSpan(text: string, edit: Edit): { start: number; end: number; insert: string } {
  switch (edit.kind) {
    case 'replace':
      return { start: edit.start, end: edit.end, insert: edit.text };
    case 'append':
      return { start: text.length, end: text.length, insert: edit.text };
    case 'prepend':
      return { start: 0, end: 0, insert: edit.text };
  }
}

export function applyEditToText(text: string, edit: Edit): string {
  const { start, end, insert } = editSpan(text, edit);
  return text.slice(0, start) + insert + text.slice(end);
}

/** Editors store spaces as no-break spaces and may keep a trailing newline; compare loosely. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[\u00a0]/g, ' ').replace(/[\u200b\u2060\ufeff]/g, '').trimEnd();
  return norm(a) === norm(b);
}
