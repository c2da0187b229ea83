import type { ComposerSession } from './registry';
import { readContentEditable } from './text-model';

export function isTextarea(element: HTMLElement): element is HTMLTextAreaElement {
  return element.localName === 'textarea';
}

/** The composer's current plain text. */
export function readText(session: ComposerSession): string {
  const el = session.element;
  return isTextarea(el) ? el.value : readContentEditable(el).text;
}

