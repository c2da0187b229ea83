import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, expect, type Worker } from '@playwright/test';
import { extensionIdFromKey } from '../../../scripts/policy/extension-id';
import { linuxPolicy } from '../../../scripts/policy/templates';

// Chromium as an IT department runs it (the same steps as enterprise-chromium.spec.ts): the built
// extension packed into a CRX with a throwaway key, served with a gupdate manifest from
// 127.0.0.1, force-installed through the Linux policy template with the given 3rdparty values.
// Needs root (the policy folder is machine-wide): callers run serially and call close(). Specs
// in different Playwright workers take turns through a lock, so one deployment's policy file never
// changes what another's Chromium sees.

const ROOT = resolve(import.meta.dirname, '../../..');
const POLICY_DIR = '/etc/chromium/policies/managed';
const LOCK_DIR = join(tmpdir(), 'replyguard-policy.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits for the machine-wide policy lock; a lock left by a dead process is taken over. */
async function lockPolicyFolder(): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      writeFileSync(join(LOCK_DIR, 'pid'), String(process.pid));
      return () => rmSync(LOCK_DIR, { recursive: true, force: true });
    } catch {
      const owner = Number.parseInt(readFileSafe(join(LOCK_DIR, 'pid')), 10);
      if (Number.isInteger(owner) && !alive(owner)) rmSync(LOCK_DIR, { recursive: true, force: true });
      else await sleep(250);
    }
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

export interface PolicyDeployment {
  id: string;
  context: BrowserContext;
  /** The extension's service worker, once the force-install has happened. */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

function packCrx(work: string): { id: string; crx: Buffer; version: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const dir = join(work, 'replyguard');
  cpSync(process.env.RG_EXTENSION_DIR ?? resolve(ROOT, '.output/chrome-mv3'), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, key }));
  writeFileSync(join(work, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  execFileSync(
    '/usr/bin/chromium',
    ['--headless', '--no-sandbox', `--user-data-dir=${join(work, 'pack-profile')}`, `--pack-extension=${dir}`, `--pack-extension-key=${join(work, 'key.pem')}`],
    { stdio: 'ignore' },
  );
  return { id: extensionIdFromKey(key), crx: readFileSync(join(work, 'replyguard.crx')), version: manifest.version };
}

function serveUpdates(id: string, crx: Buffer, version: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (request.url?.startsWith('/updates.xml')) {
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(`<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${id}'><updatecheck codebase='${base}/replyguard.crx' version='${version}' /></app>
</gupdate>`);
    } else if (request.url === '/replyguard.crx') {
      response.writeHead(200, { 'content-type': 'application/x-chrome-extension' });
      response.end(crx);
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/updates.xml` })));
}

/** Force-install ReplyGuard with `policy` as its managed settings; `fileName` names the policy file. */
export async function deployWithPolicy(policy: Record<string, unknown>, fileName: string): Promise<PolicyDeployment> {
  const unlock = await lockPolicyFolder();
  const work = mkdtempSync(join(tmpdir(), 'rg-policy-'));
  const policyFile = join(POLICY_DIR, fileName);
  const { id, crx, version } = packCrx(work);
  const updates = await serveUpdates(id, crx, version);
  const file = { ...JSON.parse(linuxPolicy(policy as never, { extensionId: id, updateUrl: updates.url })), DeveloperToolsAvailability: 1 };
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(policyFile, JSON.stringify(file));
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
  });
  return {
    id,
    context,
    async worker() {
      const ours = () => context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${id}/`));
      // Force-install downloads the CRX after launch.
      await expect.poll(() => ours() !== undefined, { timeout: 30_000 }).toBe(true);
      return ours() as Worker;
    },
    async close() {
      await context.close();
      updates.server.close();
      rmSync(policyFile, { force: true });
      rmSync(work, { recursive: true, force: true });
      unlock();
    },
  };
}
