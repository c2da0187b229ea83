import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { attemptSend, COMPOSERS, ROUTINE, reviewDialog, sent, typeReply } from './composers';
import { expect, test } from './fixtures';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

// Patient context on the demo screens: the context bar above the composer shows each thread's
// context (licensure, consent, proxy/adolescent, response time, red flags) before anyone types,
// the panel and the review carry the same findings, and the state picker answers an unknown
// location once per thread.

const composer = (kind: string) => COMPOSERS.find((c) => c.kind === kind)!;
const contextBar = (page: Page) => page.getByRole('region', { name: 'Patient context' });
const MA_MD = { licenses: [{ state: 'MA', type: 'MD' }] };
const SENSITIVE = 'Your chlamydia test was positive; we sent doxycycline to your pharmacy.';

async function openPanel(page: Page) {
  await page.getByRole('button', { name: /ReplyGuard/ }).click();
  return page.getByRole('complementary', { name: 'ReplyGuard findings' });
}

test('out-of-state patient with expired consent: shown before typing, in the panel, the review and the audit log', async ({ openThread, setSettings, serviceWorker }) => {
  await setSettings(MA_MD);
  const page = await openThread(6);
  const bar = contextBar(page);
  await expect(bar).toContainText('You may not be licensed where the patient is (Florida)');
  await expect(bar).toContainText('E-communication consent has expired');
  await expect(bar.getByRole('alert')).toHaveCount(0);

  const panel = await openPanel(page);
  await expect(panel.locator('article.rg-card', { hasText: 'not be licensed where the patient is' })).toContainText('MD (MA)');

  const iframe = composer('iframe');
  await typeReply(iframe, page, ROUTINE);
  await attemptSend(iframe, page, 'button');
  const review = reviewDialog(page);
  await expect(review).toBeVisible();
  await expect(review).toContainText('Florida');
  await expect(review).toContainText('consent has expired');
  await page.getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sent(page)).toHaveLength(1);

  const log = async () =>
    JSON.stringify((await serviceWorker.evaluate(() => chrome.storage.local.get('auditLog'))).auditLog ?? []);
  await expect.poll(log).toContain('"ruleId":"licensure.not_licensed"');
  expect(await log()).toContain('"ruleId":"consent.expired"');
  expect(await log()).not.toMatch(/Florida|lisinopril/);
});

test('licensed in the patient’s state and consent on file: the bar stays away', async ({ openThread, setSettings }) => {
  await setSettings(MA_MD);
  const page = await openThread(2);
  await expect(page.getByRole('button', { name: /ReplyGuard/ })).toBeVisible();
  await page.waitForTimeout(300);
  await expect(contextBar(page)).toHaveCount(0);
});

test('no consent on file', async ({ openThread }) => {
  const page = await openThread(7);
  await expect(contextBar(page)).toContainText('No consent to electronic communication on file');
});

test('an old patient message is pointed out, and the policy limit moves it', async ({ openThread, setSettings }) => {
  let page = await openThread(1);
  await expect(contextBar(page)).toContainText(/The patient has waited \d+ (days|hours) for a reply/);
  await setSettings({ contextChecks: { responseTimeHours: 720 } });
  page = await openThread(1);
  await expect(page.getByRole('button', { name: /ReplyGuard/ })).toBeVisible();
  await page.waitForTimeout(300);
  await expect(contextBar(page)).toHaveCount(0);
});

test('red flag in the latest patient message: banner above the composer before typing', async ({ openThread }) => {
  const page = await openThread(4);
  const alert = contextBar(page).getByRole('alert');
  await expect(alert).toContainText('Red flag: call the patient now or direct them to emergency care');
  const { violations } = await new AxeBuilder({ page }).include('replyguard-context').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  // Above the composer.
  const barBox = await page.locator('replyguard-context').boundingBox();
  const composerBox = await page.getByTestId('reply-composer').boundingBox();
  expect(barBox!.y + barBox!.height).toBeLessThanOrEqual(composerBox!.y + 1);
});

test('teen whose mother reads the thread: a sensitive reply turns critical', async ({ openThread }) => {
  const page = await openThread(5);
  const tiptap = composer('tiptap');
  await typeReply(tiptap, page, SENSITIVE);
  await expect(contextBar(page)).toContainText('in a thread a proxy reads');
  const panel = await openPanel(page);
  const card = panel.locator('article.rg-card', { hasText: 'in a thread a proxy reads' });
  await expect(card).toContainText('chlamydia test');
  await expect(panel.getByRole('heading', { name: /Critical/ })).toBeVisible();
  await attemptSend(tiptap, page, 'button');
  await expect(reviewDialog(page)).toContainText('in a thread a proxy reads');
});

test('unknown location: one-click state picker, remembered per thread', async ({ openThread, setSettings, demo }) => {
  await setSettings({ ...MA_MD, origins: [{ origin: demo.url, adapter: 'generic' }] });
  const page = await openThread(2);
  const bar = contextBar(page);
  await expect(bar.getByRole('group', { name: 'Where is the patient today?' })).toBeVisible();
  await bar.getByRole('button', { name: 'Massachusetts' }).click();
  await expect(bar).toContainText('Patient’s location for this thread: Massachusetts');
  await expect(bar).not.toContainText('not be licensed');

  await bar.getByRole('button', { name: 'Change' }).click();
  await bar.getByLabel('Other state').selectOption('FL');
  await expect(bar).toContainText('You may not be licensed where the patient is (Florida)');
  const panel = await openPanel(page);
  await expect(panel).toContainText('You may not be licensed where the patient is (Florida)');

  await page.getByTestId('thread-link-3').click();
  await expect(page).toHaveURL(/thread\/3/);
  await expect(bar.getByRole('group', { name: 'Where is the patient today?' })).toBeVisible();
  await page.getByTestId('thread-link-2').click();
  await expect(bar).toContainText('(Florida)');
});

test('an adapter described by policy reads the banner’s visible text', async ({ openThread, setSettings, demo }) => {
  await setSettings({
    ...MA_MD,
    origins: [{ origin: demo.url, adapter: 'northwind-text' }],
    siteAdapters: [
      {
        name: 'northwind-text',
        label: 'Northwind, read from text',
        composerContainer: '[data-testid="reply-composer"]',
        patientBanner: '[data-testid="patient-banner"]',
        fields: {
          state: { selector: '[data-testid="banner-location"] dd' },
          consentStatus: { selector: '[data-testid="banner-consent"] dd' },
        },
      },
    ],
  });
  const page = await openThread(6);
  await expect(contextBar(page)).toContainText('(Florida)');
  await expect(contextBar(page)).toContainText('E-communication consent has expired');
});

test('a banner that renders after the composer is read once the page settles or the composer is focused', async ({ openThread, setSettings, demo }) => {
  await setSettings({
    ...MA_MD,
    origins: [{ origin: demo.url, adapter: 'late-banner' }],
    siteAdapters: [{ name: 'late-banner', label: 'Late banner', patientBanner: '#late-banner', fields: { state: { attribute: 'data-state' } } }],
  });
  const page = await openThread(2);
  await expect(contextBar(page).getByRole('group', { name: 'Where is the patient today?' })).toBeVisible();
  await page.evaluate(() => {
    const banner = document.createElement('div');
    banner.id = 'late-banner';
    banner.dataset.state = 'NY';
    document.body.append(banner);
  });
  await composer('quill').editable(page).click();
  await expect(contextBar(page)).toContainText('You may not be licensed where the patient is (New York)');
  await expect(contextBar(page).getByRole('group', { name: 'Where is the patient today?' })).toHaveCount(0);
});

test('review mode off: no context bar', async ({ openThread, setSettings }) => {
  await setSettings({ ...MA_MD, reviewMode: 'off' });
  const page = await openThread(6);
  await page.waitForTimeout(500);
  await expect(page.locator('replyguard-context')).toHaveCount(0);
});
