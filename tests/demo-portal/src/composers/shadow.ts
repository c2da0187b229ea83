import { h } from '../dom';
import type { CreateComposer } from './composer';
import { isSendShortcut } from './composer';

// <demo-composer>: a custom element with a <textarea> in an open shadow root, like design-
// system web components. It announces Ctrl/Cmd+Enter with a composed "demo-composer-send" event.
class DemoComposerElement extends HTMLElement {
  readonly textarea: HTMLTextAreaElement;
  private readonly labelElement: HTMLLabelElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `
      :host { display: block; }
      label { display: block; font: 600 0.85rem system-ui, sans-serif; color: #334155; margin-bottom: 0.35rem; }
      textarea { box-sizing: border-box; width: 100%; min-height: 8rem; padding: 0.6rem 0.7rem;
        font: 0.95rem/1.45 system-ui, sans-serif; color: #0f172a; border: 1px solid #94a3b8;
        border-radius: 6px; resize: vertical; }
      textarea:focus { outline: 2px solid #2563eb; outline-offset: 1px; border-color: #2563eb; }`;
    this.labelElement = h('label', { for: 'field' });
    this.textarea = h('textarea', {
      id: 'field',
      placeholder: 'Write a reply to the patient…',
      'data-testid': 'composer-shadow-textarea',
    });
    this.textarea.addEventListener('keydown', (event) => {
      if (!isSendShortcut(event)) return;
      event.preventDefault();
      this.dispatchEvent(new CustomEvent('demo-composer-send', { bubbles: true, composed: true }));
    });
    root.append(style, this.labelElement, this.textarea);
  }

  static get observedAttributes(): string[] {
    return ['label'];
  }

  attributeChangedCallback(): void {
    this.labelElement.textContent = this.getAttribute('label') ?? '';
  }

  get value(): string {
    return this.textarea.value;
  }

  set value(text: string) {
    this.textarea.value = text;
  }
}

export const createShadowComposer: CreateComposer = async ({ host, label, onShortcutSend }) => {
  if (!customElements.get('demo-composer')) customElements.define('demo-composer', DemoComposerElement);
  const element = document.createElement('demo-composer') as DemoComposerElement;
  element.setAttribute('label', label);
  element.setAttribute('data-testid', 'composer-shadow');
  element.addEventListener('demo-composer-send', onShortcutSend);
  host.append(element);
  return {
    getText: () => element.value,
    setText: (text) => {
      element.value = text;
    },
    clear: () => {
      element.value = '';
    },
    focus: () => element.textarea.focus(),
    destroy: () => host.replaceChildren(),
  };
};
