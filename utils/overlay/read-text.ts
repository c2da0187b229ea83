import type { ComposerSession } from './registry';
import { readContentEditable, type TextSnapshot } from './text-model';

export function isTextarea(element: HTMLElement): element is HTMLTextAreaElement {
  return element.localName === 'textarea';
}

/** The composer's current plain text. */
export function readText(session: ComposerSession): string {
  const el = session.element;
  return isTextarea(el) ? el.value : readContentEditable(el).text;
}

/** The contenteditable snapshot (text plus DOM map), or null for a textarea. */
export function readSnapshot(session: ComposerSession): TextSnapshot | null {
  return isTextarea(session.element) ? null : readContentEditable(session.element);
}
