// What the portal "sent", kept in memory: per thread for display, and on window.__demoSent so
// tests can assert exactly what left the composer and by which path.

export type SendVia = 'button' | 'keyboard' | 'submit';

export interface SentRecord {
  threadId: number;
  text: string;
  via: SendVia;
}

export interface SentMessage {
  text: string;
  sentAt: Date;
}

declare global {
  interface Window {
    __demoSent: SentRecord[];
  }
}

const byThread = new Map<number, SentMessage[]>();

export function recordSent(record: SentRecord): SentMessage {
  window.__demoSent ??= [];
  window.__demoSent.push(record);
  const message = { text: record.text, sentAt: new Date() };
  byThread.set(record.threadId, [...(byThread.get(record.threadId) ?? []), message]);
  return message;
}

export const sentMessages = (threadId: number): SentMessage[] => byThread.get(threadId) ?? [];
