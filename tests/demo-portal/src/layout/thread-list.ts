import { composerLabels } from '../composers/registry';
import { h } from '../dom';
import { threadPath } from '../router';
import { formatAge, hoursAgo } from '../threads/dates';
import type { Thread } from '../threads/schema';

// Left-hand In Basket list. Links are real hrefs; main.ts turns clicks into pushState.

export function renderThreadList(threads: Thread[]): HTMLElement {
  const items = threads.map((thread) => {
    const latest = Math.min(...thread.messages.map((message) => message.hoursAgo));
    return h(
      'li',
      {},
      h(
        'a',
        { href: threadPath(thread.id), class: 'thread-link', 'data-testid': `thread-link-${thread.id}`, 'data-thread-id': thread.id },
        h('span', { class: 'thread-link-top' }, h('span', { class: 'thread-patient' }, thread.patient.name), h('span', { class: 'thread-age' }, formatAge(hoursAgo(latest)))),
        h('span', { class: 'thread-subject' }, thread.subject),
        h('span', { class: 'thread-tags' }, h('span', { class: 'tag' }, thread.category), h('span', { class: 'tag tag-muted' }, composerLabels[thread.composer])),
      ),
    );
  });
  return h(
    'nav',
    { class: 'thread-list', 'aria-labelledby': 'thread-list-heading' },
    h('h2', { id: 'thread-list-heading' }, 'Patient messages'),
    h('ul', {}, ...items),
  );
}

export function markActiveThread(nav: HTMLElement, threadId: number): void {
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a.thread-link')) {
    if (Number(link.dataset.threadId) === threadId) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
