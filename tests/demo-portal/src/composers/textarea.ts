import { h, uniqueId } from '../dom';
import { type CreateComposer, isSendShortcut } from './composer';

// Plain <textarea>; the reply panel puts it inside a <form> with a submit button.
export const createTextareaComposer: CreateComposer = async ({ host, label, onShortcutSend }) => {
  const id = uniqueId('reply-textarea');
  const textarea = h('textarea', {
    id,
    name: 'reply',
    rows: 6,
    class: 'composer-textarea',
    placeholder: 'Write a reply to the patient…',
    'data-testid': 'composer-textarea',
  });
  textarea.addEventListener('keydown', (event) => {
    if (!isSendShortcut(event)) return;
    event.preventDefault();
    onShortcutSend();
  });
  host.append(h('label', { for: id, class: 'visually-hidden' }, label), textarea);
  return {
    getText: () => textarea.value,
    setText: (text) => {
      textarea.value = text;
    },
    clear: () => {
      textarea.value = '';
    },
    focus: () => textarea.focus(),
    destroy: () => host.replaceChildren(),
  };
};
