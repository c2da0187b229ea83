import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

// Build the extension and the demo portal once for all workers. RG_EXTENSION_DIR points the
// suite at an already built extension instead (and skips the extension build).
export default function globalSetup(): void {
  const cwd = resolve(import.meta.dirname, '../..');
  if (!process.env.RG_EXTENSION_DIR) execFileSync('npx', ['wxt', 'build'], { cwd, stdio: 'ignore' });
  execFileSync('node', ['scripts/build-demo.mjs'], { cwd, stdio: 'ignore' });
}
