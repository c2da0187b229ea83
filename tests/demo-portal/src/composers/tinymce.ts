import tinymce from 'tinymce';
import { h, uniqueId } from '../dom';
import { blockText } from './block-text';
import type { CreateComposer } from './composer';
import { isSendShortcut } from './composer';

// TinyMCE in classic (iframe) mode. The core is bundled; theme, model, icons, skins and the
// lists plugin load from the copy that scripts/build-demo.mjs puts under /vendor/tinymce.
const BASE_URL = '/vendor/tinymce';

export const createTinymceComposer: CreateComposer = async ({ host, label, onShortcutSend }) => {
  const target = h('textarea', { id: uniqueId('reply-tinymce'), 'aria-label': label });
  const wrapper = h('div', { class: 'composer-tinymce', 'data-testid': 'composer-tinymce' }, target);
  host.append(wrapper);
  const [editor] = await tinymce.init({
    target,
    license_key: 'gpl',
    base_url: BASE_URL,
    suffix: '.min',
    menubar: false,
    statusbar: false,
    promotion: false,
    branding: false,
    plugins: 'lists',
    toolbar: 'undo redo | bold italic | bullist numlist',
    height: 220,
    placeholder: 'Write a reply to the patient…',
    iframe_aria_text: label,
    setup: (setupEditor) => {
      setupEditor.on('keydown', (event) => {
        if (!isSendShortcut(event)) return;
        event.preventDefault();
        onShortcutSend();
      });
      // TinyMCE labels its iframe body but leaves it without a role and the frame untitled (axe).
      setupEditor.on('init', () => {
        const body = setupEditor.getBody();
        body.setAttribute('data-testid', 'composer-tinymce-body');
        body.setAttribute('role', 'textbox');
        body.setAttribute('aria-multiline', 'true');
        setupEditor.iframeElement?.setAttribute('title', label);
      });
    },
  });
  if (!editor) throw new Error('TinyMCE did not create an editor');
  return {
    getText: () => blockText(editor.getBody()),
    setText: (text) => {
      editor.setContent(text.split('\n').map((line) => `<p>${editor.dom.encode(line)}</p>`).join(''));
    },
    clear: () => {
      editor.setContent('');
    },
    focus: () => editor.focus(),
    destroy: () => {
      editor.remove();
      host.replaceChildren();
    },
  };
};
