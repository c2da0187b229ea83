// Builds and serves the demo EHR portal, then opens Chromium with the ReplyGuard build from
// .output/chrome-mv3 on the first thread. Without a display (or with --screenshots DIR) it
// tours every thread headless, types a risky reply in each composer kind and saves screenshots.
// Normally started by scripts/demo.sh, which installs Chromium and builds the extension first.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { buildDemo } from './build-demo.mjs';
import { DEFAULT_PORT, startDemoServer } from './serve-demo.mjs';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DEFAULT_EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');
const DEFAULT_SCREENSHOT_DIR = join(REPO_ROOT, '.output/demo-screenshots');
const TOUR = JSON.parse(readFileSync(join(REPO_ROOT, 'tests/demo-portal/tour.json'), 'utf8'));
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
/** Time for ReplyGuard to analyse and draw before each screenshot. */
const SETTLE_MS = 1500;

function parseArgs(argv) {
  const options = { screenshots: null, port: null, extensionDir: DEFAULT_EXTENSION_DIR, withExtension: true };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--screenshots') {
      options.screenshots = resolve(argv[index + 1] ?? DEFAULT_SCREENSHOT_DIR);
      index += 1;
    } else if (arg === '--port') {
      options.port = Number(argv[index + 1]);
      index += 1;
    } else if (arg === '--extension') {
      options.extensionDir = resolve(argv[index + 1] ?? DEFAULT_EXTENSION_DIR);
      index += 1;
    } else if (arg === '--without-extension') {
      options.withExtension = false;
    } else {
      throw new Error(`Unknown option "${arg}". Options: --screenshots DIR, --port N, --extension DIR, --without-extension`);
    }
  }
  return options;
}

function findChromium() {
  const path = [process.env.CHROMIUM_PATH, ...CHROMIUM_CANDIDATES].find((candidate) => candidate && existsSync(candidate));
  if (!path) throw new Error('Chromium not found: run `npm run demo` (it installs it as root) or set CHROMIUM_PATH.');
  return path;
}

/** A busy default port should not stop the demo: fall back to a free one. */
async function startServer(port) {
  try {
    return await startDemoServer({ port: port ?? DEFAULT_PORT });
  } catch (error) {
    if (port !== null || error?.code !== 'EADDRINUSE') throw error;
    return startDemoServer({ port: 0 });
  }
}

async function launchBrowser({ headless, extensionDir, withExtension }) {
  const extensionLoaded = withExtension && existsSync(join(extensionDir, 'manifest.json'));
  if (withExtension && !extensionLoaded) console.warn(`No extension build in ${extensionDir}; opening the portal without ReplyGuard.`);
  const args = ['--no-first-run', '--no-default-browser-check'];
  if (extensionLoaded) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  if (!headless) args.push('--window-size=1400,950');
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless,
    args,
    viewport: headless ? { width: 1280, height: 900 } : null,
  });
  if (extensionLoaded) {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 5000 }).catch(() => null));
    if (worker) console.log(`ReplyGuard loaded (extension id ${new URL(worker.url()).host}).`);
    else console.warn('The ReplyGuard extension did not start; the portal works without it.');
    return { context, worker };
  }
  return { context, worker: null };
}

/**
 * ReplyGuard runs only on enabled EHR origins: enable the demo portal's origin the way a
 * clinician would in the options page, and wait until the content script is registered for it.
 */
async function enableDemoOrigin(worker, url) {
  if (!worker) return;
  await worker.evaluate(async (origin) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, origins: [{ origin, adapter: 'demo' }] } });
    for (let tries = 0; tries < 100; tries += 1) {
      const scripts = await chrome.scripting.getRegisteredContentScripts();
      if (scripts.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, url);
}

async function typeReply(page, step) {
  const scope = step.target.frame ? page.frameLocator(step.target.frame) : page;
  const editable = scope.locator(step.target.selector);
  if (step.waitForText) {
    await editable.filter({ hasText: step.waitForText }).waitFor({ timeout: 5000 });
  }
  await editable.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(step.reply, { delay: 5 });
}

async function screenshotTour(context, url, outDir) {
  await mkdir(outDir, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}/thread/1`);
  const saved = [];
  for (const [index, step] of TOUR.steps.entries()) {
    await page.getByTestId(`thread-link-${step.threadId}`).click();
    await page.locator('[data-testid="reply-composer"][data-ready="true"]').waitFor({ timeout: 15_000 });
    await typeReply(page, step);
    await page.waitForTimeout(SETTLE_MS);
    const file = join(outDir, `${String(index + 1).padStart(2, '0')}-${step.name}.png`);
    await page.screenshot({ path: file });
    saved.push(file);
    console.log(`  ${file}`);
  }
  return saved;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const screenshotDir = options.screenshots ?? (hasDisplay ? null : DEFAULT_SCREENSHOT_DIR);
  if (!hasDisplay && !options.screenshots) {
    console.log(`No display found: running the demo headless and saving screenshots to ${screenshotDir}`);
  }

  await buildDemo();
  const server = await startServer(screenshotDir ? 0 : options.port);
  console.log(`Demo portal: ${server.url}/thread/1`);
  const { context, worker } = await launchBrowser({ headless: Boolean(screenshotDir), ...options });
  await enableDemoOrigin(worker, server.url);

  if (screenshotDir) {
    try {
      console.log('Screenshots:');
      await screenshotTour(context, server.url, screenshotDir);
    } finally {
      await context.close();
      await server.close();
    }
    return;
  }

  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.url}/thread/1`);
  console.log('Chromium is open on the demo In Basket. Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await context.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  context.once('close', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
