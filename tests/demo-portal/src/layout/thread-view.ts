import { h } from '../dom';
import { createReplyPanel } from '../reply/reply-panel';
import { type SentMessage, sentMessages } from '../reply/sent-log';
import type { Thread } from '../threads/schema';
import { appendClinicianMessage, renderMessageList } from './message-list';
import { renderPatientBanner } from './patient-banner';

// One thread: banner, messages, the reply composer, and any "New message" composers.

export function renderThreadView(thread: Thread, signal: AbortSignal): DocumentFragment {
  const messages = renderMessageList(thread, sentMessages(thread.id));
  const extraPanels = h('div', { class: 'new-message-panels' });
  const newMessageButton = h('button', { type: 'button', class: 'button', 'data-testid': 'new-message-button' }, 'New message');
  const onSent = (message: SentMessage) => appendClinicianMessage(messages, message);

  newMessageButton.addEventListener(
    'click',
    () => {
      const own = new AbortController();
      const panel = createReplyPanel({
        thread,
        testId: 'new-message-composer',
        heading: `New message to ${thread.patient.name}`,
        signal: AbortSignal.any([signal, own.signal]),
        onSent,
        onDiscard: () => {
          own.abort();
          panel.remove();
        },
      });
      extraPanels.append(panel);
    },
    { signal },
  );

  const fragment = document.createDocumentFragment();
  fragment.append(
    renderPatientBanner(thread.patient),
    h(
      'div',
      { class: 'thread-toolbar' },
      h('div', {}, h('p', { class: 'thread-category' }, thread.category), h('h2', { 'data-testid': 'thread-subject' }, thread.subject)),
      newMessageButton,
    ),
    messages,
    createReplyPanel({ thread, testId: 'reply-composer', heading: `Reply to ${thread.patient.name}`, signal, onSent, withAiDraft: true }),
    extraPanels,
  );
  return fragment;
}
