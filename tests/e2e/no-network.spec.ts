import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Request } from '@playwright/test';
import { attemptSend, COMPOSERS, RISKY, reviewDialog, sent, typeReply } from './composers';
import { EXTENSION_DIR, expect, test } from './fixtures';

declare const chrome: { runtime: { getURL(path: string): string } };

// Nothing leaves the browser: every request of the browser context (pages, frames, extension
// pages and the service worker) is recorded while the overlay works on every demo composer, the
// review opens and the reply is sent anyway, and the options and popup pages open. Every request
// must go to the demo portal, and none may come from the extension except loads of its own files.
// A static scan of the built bundle backs this up for code paths the session did not reach.

interface Seen {
  url: string;
  /** The service worker that made the request, if any. */
  worker: string | null;
  /** The frame that made the request, if any. */
  frame: string | null;
  status?: number;
}

function describeRequest(request: Request): Seen {
  let frame: string | null = null;
  try {
    frame = request.frame().url();
  } catch {
    // Service-worker requests have no frame.
  }
  return { url: request.url(), worker: request.serviceWorker()?.url() ?? null, frame };
}

test('a whole session on the demo portal makes no request of the extension’s own', async ({ browserContext, serviceWorker, setSettings, openThread, demo }) => {
  test.setTimeout(180_000);
  const extensionOrigin = `chrome-extension://${new URL(serviceWorker.url()).host}`;
  const seen: Seen[] = [];
  const byRequest = new Map<Request, Seen>();
  const record = (request: Request) => {
    const entry = describeRequest(request);
    byRequest.set(request, entry);
    seen.push(entry);
  };
  const finished = async (request: Request) => {
    const entry = byRequest.get(request);
    if (entry) entry.status = (await request.response())?.status();
  };
  browserContext.on('request', record);
  browserContext.on('requestfinished', finished);
  try {
    await setSettings({ reviewMode: 'warn' });
    for (const c of COMPOSERS) {
      const page = await openThread(c.threadId);
      await typeReply(c, page, RISKY);
      await attemptSend(c, page, 'button');
      await expect(reviewDialog(page)).toBeVisible();
      await reviewDialog(page).getByRole('button', { name: 'Send anyway' }).click();
      await expect.poll(() => sent(page)).toHaveLength(1);
    }
    for (const name of ['options', 'popup']) {
      const page = await browserContext.newPage();
      await page.goto(`${extensionOrigin}/${name}.html`);
      await page.locator('main, body > *').first().waitFor();
      await page.waitForTimeout(500);
      await page.close();
    }
    // The recorder does see the service worker's own requests: one harmless fetch of its own file.
    await serviceWorker.evaluate(() => fetch(chrome.runtime.getURL('/manifest.json')).then((r) => r.ok));
    await expect.poll(() => seen.some((s) => s.worker !== null && s.url === `${extensionOrigin}/manifest.json`)).toBe(true);
  } finally {
    browserContext.off('request', record);
    browserContext.off('requestfinished', finished);
  }

  const own = (url: string) => url.startsWith(`${extensionOrigin}/`);
  const fromExtension = (s: Seen) => s.worker !== null || (s.frame !== null && s.frame.startsWith('chrome-extension://'));
  // The extension may load its own packaged files (scripts, styles, pages); nothing else.
  expect(seen.filter((s) => fromExtension(s) && !own(s.url))).toEqual([]);
  // Everything else goes to the demo portal, and to paths the portal serves (a hidden call from
  // the content script to the page's origin would be a request the portal does not know).
  const demoOrigin = new URL(demo.url).origin;
  const elsewhere = seen.filter((s) => !own(s.url) && !s.url.startsWith('data:') && new URL(s.url).origin !== demoOrigin);
  expect(elsewhere).toEqual([]);
  const unknownPaths = seen.filter((s) => s.url.startsWith(demoOrigin) && s.status !== undefined && s.status >= 400);
  expect(unknownPaths).toEqual([]);
  expect(seen.filter((s) => s.url.startsWith(demoOrigin)).length).toBeGreaterThan(COMPOSERS.length);
});

// ---- static scan of the built bundle -----------------------------------------------------

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** Network APIs, each use allowed only where its context matches a reason below. */
const NETWORK_APIS = /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|importScripts|EventSource|RTCPeerConnection/g;
const ALLOWED_API_USES: { reason: string; context: RegExp }[] = [
  { reason: 'WXT shadow-root UI reads its own stylesheet from the extension (runtime.getURL)', context: /getURL\("\/content-scripts\/(content|overlay-ui)\.css"\)[\s\S]*fetch\(\w\)/ },
  { reason: 'WXT shadow-root UI injects styles given by URL (only its own CSS is passed)', context: /"url"in \w\?\w\.textContent=yield fetch\(\w\.url\)/ },
  { reason: "Vite's modulepreload polyfill preloads the extension's own chunks (same origin)", context: /modulepreload[\s\S]*fetch\(\w\.href,\w\)/ },
];

/** URL literals in the bundle that are never fetched, each with the reason. */
const ALLOWED_URL_HOSTS: Record<string, string> = {
  'www.w3.org': 'XML namespace identifiers (SVG, MathML, XLink) used by React DOM',
  'react.dev': 'React error-message links',
  'json-schema.org': '$schema identifiers in generated JSON schemas',
  'developer.mozilla.org': "a documentation link in WXT's error message",
  'ehr.example.org': 'a placeholder origin in option hints (RFC 2606 reserved name)',
  localhost: 'host-permission match patterns for the demo portal',
  '127.0.0.1': 'host-permission match patterns for the demo portal',
  '*': 'optional host-permission match patterns',
  '[${e}]': "zod's IPv6 literal check, which parses a URL string locally",
};

test('the built bundle uses no network API and names no remote script, style or font', () => {
  const scripts = files(EXTENSION_DIR).filter((path) => /\.(m?js|html|css)$/.test(path));
  expect(scripts.length).toBeGreaterThan(3);
  const problems: string[] = [];
  for (const path of scripts) {
    const text = readFileSync(path, 'utf8');
    const name = relative(EXTENSION_DIR, path);
    for (const match of text.matchAll(NETWORK_APIS)) {
      const context = text.slice(Math.max(0, match.index - 400), match.index + 60);
      if (!ALLOWED_API_USES.some((allowed) => allowed.context.test(context))) problems.push(`${name}: ${match[0]} in …${context.slice(-120)}…`);
    }
    for (const match of text.matchAll(/https?:\/\/([^/"'`\s)\\]*)/g)) {
      const host = (match[1] ?? '').replace(/^\[\$\{\w\}\]$/, '[${e}]').replace(/:\d+$/, '');
      if (host === '' || host in ALLOWED_URL_HOSTS || /(^|\.)example\.(org|com|net)$/.test(host)) continue;
      problems.push(`${name}: URL ${match[0]}`);
    }
    // Remote code or fonts would be loaded through these; none may point off the extension.
    for (const match of text.matchAll(/(?:@import\s+(?:url\()?|url\(|<script[^>]*\ssrc=|<link[^>]*\shref=)["']?(https?:|\/\/)/g)) {
      problems.push(`${name}: remote resource ${match[0]}`);
    }
  }
  expect(problems).toEqual([]);
});
