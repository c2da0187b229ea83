// Builds the demo EHR portal into .output/demo-portal/: esbuild bundle (editors split into
// lazily loaded chunks), index.html, the frame page, and the self-hosted editor assets.
import { cp, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const REPO_ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const SOURCE = join(REPO_ROOT, 'tests/demo-portal');
export const OUT_DIR = join(REPO_ROOT, '.output/demo-portal');

// Only what the TinyMCE composer uses (see tests/demo-portal/src/composers/tinymce.ts).
const TINYMCE_ASSETS = [
  'themes/silver',
  'models/dom',
  'icons/default',
  'plugins/lists',
  'skins/ui/oxide',
  'skins/content/default',
];

/** Builds the portal; returns the output directory. Safe to run repeatedly. */
export async function buildDemo({ outDir = OUT_DIR, quiet = false } = {}) {
  const started = performance.now();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: { main: join(SOURCE, 'src/main.ts') },
    outdir: join(outDir, 'assets'),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'chrome120',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
    absWorkingDir: REPO_ROOT,
  });
  const copies = [
    [join(SOURCE, 'index.html'), join(outDir, 'index.html')],
    [join(SOURCE, 'public'), outDir],
    [join(REPO_ROOT, 'node_modules/ckeditor5/dist/ckeditor5.css'), join(outDir, 'vendor/ckeditor5/ckeditor5.css')],
    [join(REPO_ROOT, 'node_modules/tinymce/license.md'), join(outDir, 'vendor/tinymce/license.md')],
    ...TINYMCE_ASSETS.map((asset) => [
      join(REPO_ROOT, 'node_modules/tinymce', asset),
      join(outDir, 'vendor/tinymce', asset),
    ]),
  ];
  await Promise.all(copies.map(([from, to]) => cp(from, to, { recursive: true })));
  if (!quiet) console.log(`Demo portal built in ${Math.round(performance.now() - started)} ms: ${outDir}`);
  return outDir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildDemo().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
