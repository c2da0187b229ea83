// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { attach, detachAll } from '../../utils/overlay/registry';
import { composerNear, composerWithin, sendControlIn } from '../../utils/overlay/send-controls';

function page(html: string): void {
  document.body.innerHTML = html;
}

const $ = (selector: string) => document.querySelector(selector) as HTMLElement;
/** The event path from `el` up to the document, as composedPath() would give it. */
const pathOf = (el: Element): EventTarget[] => {
  const path: EventTarget[] = [];
  for (let n: Node | null = el; n; n = n.parentNode) path.push(n);
  return path;
};

afterEach(detachAll);

describe('sendControlIn', () => {
  it('finds a Send button from a click on its icon', () => {
    page('<button type="button" id="send"><svg><path id="icon"></path></svg> Send</button>');
    expect(sendControlIn(pathOf($('#icon')))).toBe($('#send'));
  });

  it('accepts a form submit button whatever its label, and labelled role=button controls', () => {
    page('<form><textarea></textarea><button id="go">Go</button></form><div role="button" id="r" aria-label="Send reply"></div>');
    expect(sendControlIn(pathOf($('#go')))).toBe($('#go'));
    expect(sendControlIn(pathOf($('#r')))).toBe($('#r'));
  });

  it('ignores editor toolbars, disabled buttons and unrelated buttons', () => {
    page(`<form><div class="ql-toolbar"><button id="bold">Bold</button></div>
      <button type="button" id="discard">Discard</button><button id="off" disabled>Send</button></form>`);
    expect(sendControlIn(pathOf($('#bold')))).toBeNull();
    expect(sendControlIn(pathOf($('#discard')))).toBeNull();
    expect(sendControlIn(pathOf($('#off')))).toBeNull();
  });
});

describe('composerNear / composerWithin', () => {
  it('pairs each Send button with the composer in its own panel', () => {
    page(`<section id="a"><textarea id="ta"></textarea><button id="sa">Send</button></section>
      <section id="b"><div contenteditable="true" id="ce"></div><button id="sb">Send</button></section>`);
    const first = attach($('#ta'), 'textarea', null);
    const second = attach($('#ce'), 'contenteditable', null);
    expect(composerNear($('#sa'))).toBe(first);
    expect(composerNear($('#sb'))).toBe(second);
  });

  it('sees composers inside open shadow roots through their host', () => {
    page('<form id="f"><x-composer id="host"></x-composer><button>Send</button></form><form id="empty"></form>');
    const shadow = $('#host').attachShadow({ mode: 'open' });
    const inner = document.createElement('textarea');
    shadow.append(inner);
    const session = attach(inner, 'shadow', null);
    expect(composerWithin($('#f'))).toBe(session);
    expect(composerWithin($('#empty'))).toBeNull();
  });
});
