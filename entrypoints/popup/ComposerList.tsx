import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  COMPOSERS_REQUEST,
  type ComposerReport,
  composersResponseSchema,
  kindLabel,
} from '@/utils/overlay/composer-report';

// The current tab's message boxes and whether ReplyGuard is checking each, asked of the content
// scripts in every frame of the active tab (frames found by injecting a no-op; a frame without
// ReplyGuard simply does not answer). Re-asked when the clinician switches tabs or presses Refresh.

type Answer = { state: 'loading' } | { state: 'not-enabled' } | { state: 'ready'; composers: ComposerReport[] };

async function framesOf(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true });
    return results.map((result) => result.frameId);
  } catch {
    // No host access to this page: ReplyGuard is not enabled here.
    return [];
  }
}

async function askFrame(tabId: number, frameId: number): Promise<ComposerReport[] | null> {
  try {
    const parsed = composersResponseSchema.safeParse(await browser.tabs.sendMessage(tabId, { type: COMPOSERS_REQUEST }, { frameId }));
    return parsed.success ? parsed.data.composers : null;
  } catch {
    return null;
  }
}

async function askActiveTab(): Promise<Answer> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { state: 'not-enabled' };
  const answers = await Promise.all((await framesOf(tab.id)).map((frameId) => askFrame(tab.id as number, frameId)));
  const answered = answers.filter((a): a is ComposerReport[] => a !== null);
  return answered.length === 0 ? { state: 'not-enabled' } : { state: 'ready', composers: answered.flat() };
}

function describe(composer: ComposerReport): string {
  if (composer.status === 'not-checked') return `Not checked: ${composer.statusMessage ?? 'could not read this message box'}`;
  if (composer.status === 'checking') return 'Checking';
  if (composer.toReview === 0) return 'Checked: nothing to review';
  return `Checked: ${composer.toReview} to review before sending`;
}

export function ComposerList() {
  const [answer, setAnswer] = useState<Answer>({ state: 'loading' });
  const refresh = useCallback(() => {
    void askActiveTab().then(setAnswer, () => setAnswer({ state: 'not-enabled' }));
  }, []);
  useEffect(() => {
    refresh();
    const onActivated = () => refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [refresh]);

  return (
    <section aria-labelledby="rg-composers-heading" data-testid="composer-list">
      <h2 id="rg-composers-heading">Message boxes on this page</h2>
      {answer.state === 'not-enabled' && <p className="empty">ReplyGuard is not checking this page (not an enabled EHR site).</p>}
      {answer.state === 'ready' && answer.composers.length === 0 && <p className="empty">No message box found on this page.</p>}
      {answer.state === 'ready' && answer.composers.length > 0 && (
        <ul>
          {answer.composers.map((composer, index) => (
            <li
              // Reports carry no ids: their order is the page's attach order, stable between refreshes.
              key={`${index}-${composer.kind}`}
              className="composer"
              data-testid="composer-item"
              data-kind={composer.kind}
              data-status={composer.status}
            >
              <span className="kind">{kindLabel(composer.kind)}</span>
              {composer.focused && <span className="meta"> (in use)</span>}
              <div className="state">{describe(composer)}</div>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={refresh}>
        Refresh
      </button>
    </section>
  );
}
