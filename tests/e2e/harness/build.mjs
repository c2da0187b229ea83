// Bundles the overlay harness page (index.html + entry.tsx) into a folder with esbuild.
// Usage: node tests/e2e/harness/build.mjs [outdir]   (default: /tmp/replyguard-harness)
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

export async function buildHarness(outdir) {
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: [join(here, 'entry.tsx')],
    outfile: join(outdir, 'entry.js'),
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  await copyFile(join(here, 'index.html'), join(outdir, 'index.html'));
  return outdir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await buildHarness(resolve(process.argv[2] ?? '/tmp/replyguard-harness')));
}
