import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { h } from '../dom';
import type { CreateComposer } from './composer';

// Tiptap (ProseMirror). StarterKit binds Mod-Enter to a hard break, so the send shortcut
// is an extension with a higher priority.
export const createTiptapComposer: CreateComposer = async ({ host, label, onShortcutSend }) => {
  const mount = h('div', { class: 'composer-tiptap' });
  host.append(mount);
  const SendShortcut = Extension.create({
    name: 'demoSendShortcut',
    priority: 1000,
    addKeyboardShortcuts: () => ({
      'Mod-Enter': () => {
        onShortcutSend();
        return true;
      },
    }),
  });
  const editor = new Editor({
    element: mount,
    extensions: [StarterKit, SendShortcut],
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        'data-testid': 'composer-tiptap',
        class: 'tiptap-editable',
      },
    },
  });
  return {
    getText: () => editor.getText({ blockSeparator: '\n' }),
    setText: (text) => {
      editor.commands.setContent({
        type: 'doc',
        content: text.split('\n').map((line) => ({
          type: 'paragraph',
          content: line ? [{ type: 'text', text: line }] : [],
        })),
      });
    },
    clear: () => {
      editor.commands.clearContent();
    },
    focus: () => {
      editor.commands.focus();
    },
    destroy: () => {
      editor.destroy();
      host.replaceChildren();
    },
  };
};
