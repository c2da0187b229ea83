import { useState } from 'react';
import { browser } from 'wxt/browser';
import { chartNote } from '@/utils/closed-loop/chart-note';
import { shownLabel } from '@/utils/closed-loop/identifiers';
import { categoryLabel } from '@/utils/closed-loop/labels';
import { isFinished, pendingSoonestFirst, stateAt, wakeAt } from '@/utils/closed-loop/machine';
import type { LoopMessage } from '@/utils/closed-loop/messages';
import type { Loop } from '@/utils/closed-loop/schema';
import { sendRuntimeMessage } from '@/utils/messages/runtime';
import { ComposerList } from './ComposerList';
import { useLoops } from './useLoops';

// The awaited confirmations, soonest due first: open the thread, close or snooze by hand, copy
// the chart note. Changes go through the background, the loops' only writer.

const SNOOZE_HOURS = 24;

const send = (message: LoopMessage) => sendRuntimeMessage(message);

const when = (at: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(at);

function headline(loop: Loop, now: number): string {
  switch (stateAt(loop, now)) {
    case 'overdue':
      return `Overdue since ${when(wakeAt(loop) ?? loop.dueAt)}`;
    case 'snoozed':
      return `Snoozed until ${when(wakeAt(loop) ?? loop.dueAt)}`;
    case 'confirmed':
      return `Confirmed ${when(loop.confirmedAt ?? now)}`;
    case 'closed':
      return `Closed by hand ${when(loop.closedAt ?? now)}`;
    default:
      return `Due ${when(loop.dueAt)}`;
  }
}

function LoopItem({ loop, patient, now }: { loop: Loop; patient?: string; now: number }) {
  const [copied, setCopied] = useState(false);
  const state = stateAt(loop, now);
  const about = loop.categories.map(categoryLabel).join(', ') || 'a portal message';
  const copy = async () => {
    await navigator.clipboard.writeText(chartNote(loop, { now: Date.now(), patient }));
    setCopied(true);
  };
  return (
    <li className="loop" data-testid="loop-item" data-state={state}>
      <div className="due">{headline(loop, now)}</div>
      <div className="meta">
        {patient ? `${patient} · ` : ''}
        {about} · sent {when(loop.sentAt)}
      </div>
      <div className="actions">
        <button type="button" onClick={() => void browser.tabs.create({ url: loop.thread.url })}>
          Open thread
        </button>
        {!isFinished(loop) && (
          <>
            <button type="button" onClick={() => void send({ type: 'replyguard:loop-close', id: loop.id })}>
              Close
            </button>
            <button type="button" onClick={() => void send({ type: 'replyguard:loop-snooze', id: loop.id, hours: SNOOZE_HOURS })}>
              Snooze {SNOOZE_HOURS} h
            </button>
          </>
        )}
        <button type="button" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy chart note'}
        </button>
      </div>
    </li>
  );
}

export function PopupApp() {
  const { loops, identifierLevel, loaded } = useLoops();
  const now = Date.now();
  const pending = pendingSoonestFirst(loops);
  const finished = loops.filter(isFinished).sort((a, b) => b.sentAt - a.sentAt);
  return (
    <main>
      <h1>Awaited confirmations</h1>
      {loaded && pending.length === 0 && <p className="empty">No patient confirmations are awaited.</p>}
      <ul data-testid="pending-loops">
        {pending.map((loop) => (
          <LoopItem key={loop.id} loop={loop} patient={shownLabel(loop.patient, identifierLevel)} now={now} />
        ))}
      </ul>
      {finished.length > 0 && (
        <>
          <h2>Closed in the last 30 days</h2>
          <ul data-testid="finished-loops">
            {finished.map((loop) => (
              <LoopItem key={loop.id} loop={loop} patient={shownLabel(loop.patient, identifierLevel)} now={now} />
            ))}
          </ul>
        </>
      )}
      <p className="note">Stored in this browser only: thread address, categories and times, never message text.</p>
      <ComposerList />
    </main>
  );
}
