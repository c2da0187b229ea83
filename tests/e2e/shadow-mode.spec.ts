import { attemptSend, COMPOSERS, findingsShown, RISKY, reviewDialog, sent, typeReply } from './composers';
import { expect, test } from './fixtures';

// Shadow mode on the demo portal: findings are computed and audited at each send (rule ids,
// categories, severities, composer kind, origin; never text) but nothing is shown and nothing
// is held, so an organization can measure rules before turning them on.

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

interface Entry {
  event: string;
  mode: string;
  composerKind?: string;
  origin: string;
  findings: { ruleId: string; category: string; severity: string }[];
}

for (const [kind, composerKind] of [
  ['textarea', 'textarea'],
  ['quill', 'quill'],
] as const) {
  const composer = COMPOSERS.find((c) => c.kind === kind)!;

  test(`shadow mode on ${kind}: no panel, highlight or review; the send goes through; the audit has codes only`, async ({ openThread, setSettings, serviceWorker, demo }) => {
    await setSettings({ reviewMode: 'shadow' });
    const page = await openThread(composer.threadId);
    await typeReply(composer, page, RISKY);
    await attemptSend(composer, page, 'button');
    await expect.poll(() => sent(page)).toHaveLength(1);
    await expect(reviewDialog(page)).toHaveCount(0);
    await expect(page.locator('replyguard-overlay, replyguard-context')).toHaveCount(0);
    expect(await findingsShown(page, composer)).toEqual({ critical: [], warning: [], info: [] });

    const log = async () => ((await serviceWorker.evaluate(() => chrome.storage.local.get('auditLog'))).auditLog ?? []) as Entry[];
    await expect.poll(async () => (await log()).map((e) => e.event)).toEqual(['shadow']);
    const [entry] = await log();
    expect(entry).toMatchObject({ mode: 'shadow', composerKind, origin: demo.url });
    expect(entry?.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['diagnosis', 'therapy_change']));
    for (const finding of entry?.findings ?? []) expect(finding.ruleId).toMatch(/^[a-z_]+\.[a-z0-9_.-]+$/);
    expect(JSON.stringify(await log())).not.toMatch(/melanoma|metformin|biopsy|500 mg/i);
  });
}

test('shadow mode audits the patient-context findings a review would hold (no consent on file)', async ({ openThread, setSettings, serviceWorker }) => {
  await setSettings({ reviewMode: 'shadow' });
  const composer = COMPOSERS.find((c) => c.kind === 'shadow')!;
  const page = await openThread(composer.threadId);
  await typeReply(composer, page, RISKY);
  await attemptSend(composer, page, 'button');
  await expect.poll(() => sent(page)).toHaveLength(1);
  await expect(page.locator('replyguard-overlay, replyguard-context')).toHaveCount(0);
  const log = async () => ((await serviceWorker.evaluate(() => chrome.storage.local.get('auditLog'))).auditLog ?? []) as Entry[];
  await expect.poll(async () => (await log()).map((e) => e.event)).toEqual(['shadow']);
  const [entry] = await log();
  expect(entry?.composerKind).toBe('shadow');
  expect(entry?.findings.map((f) => f.category)).toEqual(expect.arrayContaining(['diagnosis', 'consent']));
});
