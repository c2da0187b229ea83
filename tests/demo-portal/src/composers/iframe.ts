import { h } from '../dom';
import { blockText } from './block-text';
import type { CreateComposer } from './composer';
import { isSendShortcut } from './composer';

// A contenteditable <div> inside a same-origin <iframe> loaded from its own URL
// (/frames/composer.html), as older EHR messaging modules do.
const FRAME_URL = '/frames/composer.html';

export const createIframeComposer: CreateComposer = async ({ host, label, onShortcutSend }) => {
  const frame = h('iframe', {
    src: FRAME_URL,
    title: label,
    class: 'composer-iframe',
    'data-testid': 'composer-iframe',
  });
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  host.append(frame);
  await loaded;
  const editable = frame.contentDocument?.querySelector<HTMLElement>('[data-testid="composer-frame-editable"]');
  if (!editable) throw new Error(`No editable element in ${FRAME_URL}`);
  editable.setAttribute('aria-label', label);
  editable.addEventListener('keydown', (event) => {
    if (!isSendShortcut(event)) return;
    event.preventDefault();
    onShortcutSend();
  });
  const setText = (text: string) => {
    editable.replaceChildren(...text.split('\n').map((line) => h('div', {}, line || h('br'))));
  };
  return {
    getText: () => blockText(editable),
    setText,
    clear: () => editable.replaceChildren(),
    focus: () => editable.focus(),
    destroy: () => host.replaceChildren(),
  };
};
