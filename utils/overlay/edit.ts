import type { Edit } from '@/utils/analysis/schema';
import { applyEditToText, editSpan, sameText } from './edit-text';
import { isTextarea, readText } from './read-text';
import type { ComposerSession } from './registry';
import { readContentEditable } from './text-model';

// Changes the reply only through the editor's own input path, so its model, undo stack and
// framework state stay right: execCommand('insertText') for textareas; for rich editors a
// cancelable beforeinput the editor may handle, else execCommand in the editor's document.
// The result is read back and compared with what the edit should have produced.

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function focusComposer(session: ComposerSession): void {
  session.frame?.contentWindow?.focus();
  session.element.focus({ preventScroll: true });
}

function insertIntoTextarea(textarea: HTMLTextAreaElement, start: number, end: number, insert: string): void {
  const before = textarea.value;
  textarea.setSelectionRange(start, end);
  const handled = textarea.ownerDocument.execCommand('insertText', false, insert);
  if (handled && textarea.value !== before) return;
  textarea.setRangeText(insert, start, end, 'end');
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: insert }));
}

/** Offer the edit as a beforeinput; true when the editor took it (cancelled the event). */
function offerBeforeInput(el: HTMLElement, range: Range, inputType: string, data: string | null): boolean {
  const win = el.ownerDocument.defaultView!;
  const target = new win.StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
  const event = new win.InputEvent('beforeinput', {
    inputType,
    data,
    bubbles: true,
    cancelable: true,
    composed: true,
    targetRanges: [target],
  });
  el.dispatchEvent(event);
  return event.defaultPrevented;
}

async function select(el: HTMLElement, range: Range): Promise<void> {
  const selection = el.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  // Editors sync their model selection on the (asynchronous) selectionchange event.
  await nextTask();
}

/** One input step: offered as a beforeinput first, performed with execCommand if no one took it. */
async function inputStep(el: HTMLElement, inputType: 'insertText' | 'insertParagraph', data: string | null): Promise<void> {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  if (!selection?.rangeCount) return;
  const textBefore = readContentEditable(el).text;
  const taken = offerBeforeInput(el, selection.getRangeAt(0), inputType, data);
  // Some editors act on the event without cancelling it; never insert twice.
  if (!taken && readContentEditable(el).text === textBefore) {
    if (inputType === 'insertParagraph') doc.execCommand('insertParagraph', false);
    else if (data === '') doc.execCommand('delete', false);
    else doc.execCommand('insertText', false, data ?? '');
  }
  // Let the editor render its new selection before the next step reads it.
  await nextTask();
}

async function insertIntoEditable(session: ComposerSession, start: number, end: number, insert: string): Promise<void> {
  const el = session.element;
  const [first = '', ...rest] = insert.split('\n');
  const range = readContentEditable(el).rangeFor(start, end);
  await select(el, range);
  if (first !== '' || !range.collapsed) await inputStep(el, 'insertText', first);
  for (const line of rest) {
    await inputStep(el, 'insertParagraph', null);
    if (line !== '') await inputStep(el, 'insertText', line);
  }
  // TinyMCE's undo manager records non-typing changes only on this input type (it is what a
  // spellchecker replacement fires); without it, undo jumps back past the user's own typing.
  if (session.kind === 'tinymce') {
    const InputEventCtor = el.ownerDocument.defaultView!.InputEvent;
    el.dispatchEvent(new InputEventCtor('input', { inputType: 'insertReplacementText', bubbles: true }));
  }
}

/** Apply `edit` (offsets into `session.text`) and report whether the editor now holds the result. */
export async function applyEdit(session: ComposerSession, edit: Edit): Promise<boolean> {
  const el = session.element;
  const before = readText(session);
  const expected = applyEditToText(before, edit);
  const { start, end, insert } = editSpan(before, edit);
  focusComposer(session);
  if (isTextarea(el)) insertIntoTextarea(el, start, end, insert);
  else await insertIntoEditable(session, start, end, insert);
  await nextTask();
  return sameText(readText(session), expected);
}
