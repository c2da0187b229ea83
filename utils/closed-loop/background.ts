import { browser } from 'wxt/browser';
import { validatedListener } from '../messages/runtime';
import { readSettings } from '../settings/storage';
import { NOTIFICATION_ICON } from './data/notification-icon';
import { shownLabel } from './identifiers';
import { categoryLabel } from './labels';
import { badgeCount, closeByHand, confirm, markNotified, needsReminder, nextWake, openLoop, prune, snooze } from './machine';
import { isLoopMessage, type LoopMessage, loopMessageSchema } from './messages';
import type { Loop } from './schema';
import { readLoops, updateLoops } from './store';

// The background side of the closed loop: it opens, confirms, closes and snoozes loops, keeps
// the badge count, and raises one notification per overdue loop. The wake-up is a
// chrome.alarms alarm (it outlives the stopped service worker); every start and browser start
// recomputes everything from storage, so a lost alarm costs nothing.

const WAKE_ALARM = 'replyguard-loop-wake';
const SWEEP_ALARM = 'replyguard-loop-sweep';
const NOTIFICATION_PREFIX = 'replyguard-loop:';
const OVERDUE_COLOR = '#b3261e';
const PENDING_COLOR = '#1f5fa8';

// MV3 has `action`; Firefox's MV2 build has `browserAction`.
const badge = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

async function showBadge(loops: Loop[], now: number): Promise<void> {
  const { pending, overdue } = badgeCount(loops, now);
  await badge().setBadgeText({ text: pending ? String(pending) : '' });
  await badge().setBadgeBackgroundColor({ color: overdue ? OVERDUE_COLOR : PENDING_COLOR });
  await badge().setTitle({ title: pending ? `ReplyGuard: ${pending} confirmation${pending > 1 ? 's' : ''} awaited, ${overdue} overdue` : 'ReplyGuard' });
}

async function remind(loop: Loop): Promise<void> {
  const { identifierLevel } = await readSettings();
  const who = shownLabel(loop.patient, identifierLevel);
  const about = loop.categories.map(categoryLabel).join(', ') || 'a portal message';
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${loop.id}`, {
    type: 'basic',
    iconUrl: NOTIFICATION_ICON,
    title: 'Patient confirmation overdue',
    message: `No confirmation yet${who ? ` from ${who}` : ''} about ${about}. Open the thread or call the patient.`,
  });
}

/** Reminders, retention, badge and the next alarm, from the stored loops. */
export async function refreshLoops(now = Date.now()): Promise<Loop[]> {
  const due: Loop[] = [];
  const loops = await updateLoops((stored) =>
    prune(stored, now).map((loop) => {
      if (!needsReminder(loop, now)) return loop;
      due.push(loop);
      return markNotified(loop, now);
    }),
  );
  for (const loop of due) await remind(loop).catch((error) => console.error('[ReplyGuard] reminder failed', error));
  await showBadge(loops, now);
  const wake = nextWake(loops, now);
  if (wake === undefined) await browser.alarms.clear(WAKE_ALARM);
  else await browser.alarms.create(WAKE_ALARM, { when: wake });
  return loops;
}

const change = (id: string, fn: (loop: Loop) => Loop) => (loops: Loop[]) => loops.map((l) => (l.id === id ? fn(l) : l));

async function handle(message: LoopMessage): Promise<unknown> {
  const now = Date.now();
  switch (message.type) {
    case 'replyguard:loop-open': {
      const { closedLoop, identifierLevel } = await readSettings();
      // The page already reduced the patient label; reduce again here, the only writer.
      const opening = { ...message.opening, patient: shownLabel(message.opening.patient, identifierLevel) };
      const loop = openLoop(crypto.randomUUID(), opening, closedLoop.dueHours);
      await updateLoops((loops) => [...loops, loop]);
      await refreshLoops(now);
      return { id: loop.id };
    }
    case 'replyguard:loops-for-thread': {
      const loops = await readLoops();
      return loops.filter((l) => l.thread.url === message.thread.url && (l.status === 'open' || l.status === 'snoozed'));
    }
    case 'replyguard:loop-confirm':
      // Only a patient message newer than the request can confirm it.
      await updateLoops(change(message.id, (l) => (message.at > l.sentAt ? confirm(l, Math.min(message.at, now)) : l)));
      break;
    case 'replyguard:loop-close':
      await updateLoops(change(message.id, (l) => closeByHand(l, now)));
      break;
    case 'replyguard:loop-snooze':
      await updateLoops(change(message.id, (l) => snooze(l, now, message.hours)));
      break;
  }
  await refreshLoops(now);
  return true;
}

export function startClosedLoop(): void {
  const refresh = () => void refreshLoops().catch((error) => console.error('[ReplyGuard] closed-loop refresh failed', error));
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM || alarm.name === SWEEP_ALARM) refresh();
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const id = notificationId.slice(NOTIFICATION_PREFIX.length);
    void readLoops().then((loops) => {
      const loop = loops.find((l) => l.id === id);
      if (loop) void browser.tabs.create({ url: loop.thread.url });
    });
    void browser.notifications.clear(notificationId);
  });
  browser.runtime.onMessage.addListener(validatedListener(loopMessageSchema, isLoopMessage, handle));
  // A periodic sweep as well, in case a browser drops one-shot alarms over a restart.
  void browser.alarms.create(SWEEP_ALARM, { periodInMinutes: 30 });
  refresh();
}
