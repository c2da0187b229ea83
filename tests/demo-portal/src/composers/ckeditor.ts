import { Bold, ClassicEditor, Essentials, Italic, List, Paragraph, Undo } from 'ckeditor5';
import { h } from '../dom';
import { blockText } from './block-text';
import type { CreateComposer } from './composer';

// CKEditor 5 classic editor, self-hosted under the GPL key (no cloud services, no telemetry).
export const createCkeditorComposer: CreateComposer = async ({ host, label, onShortcutSend }) => {
  const source = h('div');
  host.append(source);
  const editor = await ClassicEditor.create({
    attachTo: source,
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, List, Undo],
    toolbar: ['undo', 'redo', '|', 'bold', 'italic', '|', 'bulletedList', 'numberedList'],
    placeholder: 'Write a reply to the patient…',
    label,
  });
  editor.editing.view.change((writer) => {
    const root = editor.editing.view.document.getRoot();
    if (root) {
      writer.setAttribute('data-testid', 'composer-ckeditor', root);
      writer.setAttribute('aria-label', label, root);
    }
  });
  // CKEditor maps "Ctrl" to Cmd on macOS.
  editor.keystrokes.set('Ctrl+Enter', (_data, cancel) => {
    cancel();
    onShortcutSend();
  });
  return {
    getText: () => {
      const editable = editor.ui.getEditableElement();
      return editable ? blockText(editable) : '';
    },
    setText: (text) => {
      editor.setData(text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join(''));
    },
    clear: () => {
      editor.setData('');
    },
    focus: () => editor.editing.view.focus(),
    destroy: () => {
      editor.destroy().finally(() => host.replaceChildren());
    },
  };
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
