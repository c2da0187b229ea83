// Dependency-free static server for the demo EHR portal (.output/demo-portal/).
// Single-page-app fallback: extension-less paths such as /thread/3 get index.html.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const DEFAULT_ROOT = join(REPO_ROOT, '.output/demo-portal');
export const DEFAULT_PORT = 5173;

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Maps a request path to a path relative to the root, or null when it could escape the root.
 * Decodes once; any `..` segment (either slash kind) or NUL byte is refused rather than normalised.
 */
export function toRelativePath(requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments = decoded.split(/[/\\]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return null;
  return segments.join('/');
}

async function findFile(root, relativePath) {
  const candidate = resolve(root, relativePath);
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

function send(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(body);
}

function sendFile(request, response, filePath) {
  response.writeHead(200, {
    'Content-Type': MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(filePath).pipe(response);
}

async function handle(root, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed');
  const pathname = (request.url ?? '/').split(/[?#]/)[0] ?? '/';
  const relativePath = toRelativePath(pathname);
  if (relativePath === null) return send(response, 404, 'Not found');
  const file = await findFile(root, relativePath);
  if (file) return sendFile(request, response, file);
  // App routes have no extension; a missing asset (.js, .png) stays a 404 so bugs are visible.
  if (extname(relativePath) === '') {
    const index = await findFile(root, 'index.html');
    if (index) return sendFile(request, response, index);
  }
  return send(response, 404, 'Not found');
}

/** Starts the server; port 0 picks a free one. Resolves once it is listening. */
export function startDemoServer({ port = DEFAULT_PORT, root = DEFAULT_ROOT, host = '127.0.0.1' } = {}) {
  const absoluteRoot = resolve(root);
  const server = createServer((request, response) => {
    handle(absoluteRoot, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'Internal error');
      else response.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actualPort}`,
        port: actualPort,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function parsePort(argv) {
  const index = argv.indexOf('--port');
  if (index === -1) return DEFAULT_PORT;
  const port = Number(argv[index + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port needs a number from 0 to 65535, got "${argv[index + 1] ?? ''}"`);
  }
  return port;
}

async function main() {
  const port = parsePort(process.argv.slice(2));
  const indexInfo = await stat(join(DEFAULT_ROOT, 'index.html')).catch(() => null);
  if (!indexInfo) {
    console.error(`No demo build in ${DEFAULT_ROOT}. Run "npm run demo:build" first.`);
    process.exit(1);
  }
  const { url } = await startDemoServer({ port });
  console.log(`Demo portal: ${url}/thread/1`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
