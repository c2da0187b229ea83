import './styles.css';
import { h } from './dom';
import { markActiveThread, renderThreadList } from './layout/thread-list';
import { renderThreadView } from './layout/thread-view';
import { threadIdFromLocation, threadPath } from './router';
import { threads } from './threads/data';

// Demo EHR "In Basket": a single-page app whose thread switches re-create composers, like real
// EHR web clients. Used by `npm run demo` and the end-to-end tests.

const nav = renderThreadList(threads);
const main = h('main', { id: 'main', class: 'thread-view', 'data-testid': 'thread-view', tabindex: -1 });
let current: AbortController | null = null;

function showThread(id: number): void {
  const thread = threads.find((candidate) => candidate.id === id) ?? threads[0];
  if (!thread) return;
  current?.abort();
  current = new AbortController();
  main.dataset.threadId = String(thread.id);
  main.replaceChildren(renderThreadView(thread, current.signal));
  markActiveThread(nav, thread.id);
  document.title = `${thread.patient.name}: ${thread.subject} · In Basket`;
}

function navigate(id: number): void {
  if (threadIdFromLocation(location) !== id || location.hash) history.pushState({ threadId: id }, '', threadPath(id));
  showThread(id);
}

nav.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.thread-link');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(Number(link.dataset.threadId));
});
window.addEventListener('popstate', () => showThread(threadIdFromLocation(location) ?? 1));
window.addEventListener('hashchange', () => navigate(threadIdFromLocation(location) ?? 1));

window.__demoSent = [];
document.getElementById('app')?.replaceChildren(
  h('a', { class: 'skip-link', href: '#main' }, 'Skip to thread'),
  h(
    'header',
    { class: 'app-header' },
    h('span', { class: 'app-logo', 'aria-hidden': 'true' }, 'NW'),
    h('h1', {}, 'Northwind Health ', h('span', { class: 'app-section' }, 'In Basket')),
    h('p', { class: 'app-user' }, 'Aisha Patel, MD · Internal Medicine'),
  ),
  h('div', { class: 'app-body' }, nav, main),
);
const initial = threadIdFromLocation(location) ?? 1;
if (location.hash) history.replaceState({ threadId: initial }, '', threadPath(initial));
showThread(initial);
