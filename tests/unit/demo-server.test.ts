import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/serve-demo.mjs';

const SECRET = 'secret-outside-root';
let workDir: string;
let server: DemoServer;

/** Raw request: fetch() would normalise `..` away before it reaches the server. */
function get(path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolvePromise, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () =>
        resolvePromise({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '', body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'demo-server-'));
  const root = join(workDir, 'portal');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Demo index</title>');
  await writeFile(join(root, 'assets', 'main.js'), 'console.log("bundle");');
  await writeFile(join(root, 'assets', 'main.css'), 'body{}');
  await writeFile(join(workDir, 'package.json'), SECRET);
  await writeFile(join(workDir, 'portal-secret.txt'), SECRET);
  server = await startDemoServer({ port: 0, root });
});

afterAll(async () => {
  await server?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('demo portal server', () => {
  it('listens on 127.0.0.1 on a free port when asked for port 0', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves index.html and the bundle with their MIME types', async () => {
    const index = await get('/');
    expect(index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(index.body).toContain('Demo index');
    const bundle = await get('/assets/main.js?v=1');
    expect(bundle).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(bundle.body).toContain('bundle');
    expect((await get('/assets/main.css')).type).toBe('text/css; charset=utf-8');
  });

  it('falls back to index.html for app routes but not for missing assets', async () => {
    const route = await get('/thread/3');
    expect(route.status).toBe(200);
    expect(route.body).toContain('Demo index');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it.each([
    '/../package.json',
    '/../portal-secret.txt',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
    '/assets/../../package.json',
    '//..//package.json',
    '/%2e%2e',
    '/..',
    '/%00../package.json',
    '/%E0%A4%A',
  ])('refuses traversal attempt %s with a 404', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain(SECRET);
    expect(response.body).not.toContain('Demo index');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const { hostname, port } = new URL(server.url);
    const status = await new Promise<number>((resolvePromise, reject) => {
      const req = request({ hostname, port, path: '/', method: 'POST' }, (response) => {
        response.resume();
        resolvePromise(response.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(405);
  });
});
