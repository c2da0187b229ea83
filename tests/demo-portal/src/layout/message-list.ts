import { h } from '../dom';
import type { SentMessage } from '../reply/sent-log';
import { formatAge, formatStamp, hoursAgo } from '../threads/dates';
import type { Thread } from '../threads/schema';

// The thread's messages, oldest first. Message text is always set as text, never as HTML.

export const CLINICIAN_NAME = 'Aisha Patel, MD';

function messageArticle(role: 'patient' | 'clinician', author: string, sentAt: Date, text: string): HTMLElement {
  return h(
    'article',
    {
      class: `message message-${role}`,
      'data-role': `${role}-message`,
      'data-sent-at': sentAt.toISOString(),
      'aria-label': `Message from ${author}`,
    },
    h(
      'header',
      { class: 'message-meta' },
      h('span', { class: 'message-author' }, author),
      h('time', { datetime: sentAt.toISOString() }, `${formatStamp(sentAt)} · ${formatAge(sentAt)}`),
    ),
    h('p', { class: 'message-text' }, text),
  );
}

export function renderMessageList(thread: Thread, sent: SentMessage[]): HTMLElement {
  const list = h('section', { class: 'message-list', 'aria-label': 'Messages', 'data-testid': 'message-list' });
  for (const message of thread.messages) {
    list.append(messageArticle('patient', thread.patient.name, hoursAgo(message.hoursAgo), message.text));
  }
  for (const message of sent) appendClinicianMessage(list, message);
  return list;
}

export function appendClinicianMessage(list: HTMLElement, message: SentMessage): void {
  list.append(messageArticle('clinician', CLINICIAN_NAME, message.sentAt, message.text));
}
