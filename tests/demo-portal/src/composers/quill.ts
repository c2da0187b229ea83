import Quill from 'quill';
import { h } from '../dom';
import type { CreateComposer } from './composer';

// Quill 2 (snow theme). Bindings given in the config run before Quill's own Enter handling.
export const createQuillComposer: CreateComposer = async ({ host, label, onShortcutSend, enterToSend }) => {
  const container = h('div', { class: 'composer-quill' });
  host.append(container);
  const quill = new Quill(container, {
    theme: 'snow',
    placeholder: 'Write a reply to the patient…',
    modules: {
      toolbar: [['bold', 'italic'], [{ list: 'ordered' }, { list: 'bullet' }]],
      keyboard: {
        bindings: {
          sendShortcut: {
            key: 'Enter',
            shortKey: true,
            handler: () => {
              onShortcutSend();
              return false;
            },
          },
          enterToSend: {
            key: 'Enter',
            shiftKey: false,
            handler: () => {
              if (!enterToSend?.()) return true;
              onShortcutSend();
              return false;
            },
          },
        },
      },
    },
  });
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-multiline', 'true');
  quill.root.setAttribute('aria-label', label);
  quill.root.setAttribute('data-testid', 'composer-quill');
  return {
    getText: () => quill.getText().replace(/\n$/, ''),
    setText: (text) => {
      quill.setText(text, 'api');
    },
    clear: () => {
      quill.setText('', 'api');
    },
    focus: () => quill.focus(),
    destroy: () => host.replaceChildren(),
  };
};
