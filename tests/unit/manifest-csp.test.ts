import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

// The manifest's content security policy for extension pages and the service worker: only the
// extension's own packaged scripts, no eval, no plugins, and no remote source in any directive.

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: 'build' | 'serve' }) => Record<string, unknown>;

function manifestFor(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  const manifest = config.manifest as unknown as ManifestFn;
  return manifest({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production', command: 'build' });
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

function checkPolicy(policy: unknown): void {
  expect(typeof policy).toBe('string');
  const parsed = directives(policy as string);
  expect(parsed.get('script-src')).toEqual(["'self'"]);
  expect(["'none'", "'self'"]).toContain(parsed.get('object-src')?.join(' '));
  for (const [name, sources] of parsed) {
    for (const source of sources) {
      expect(source, `${name} ${source}`).not.toMatch(/^(https?:|wss?:|\*|'unsafe-eval'|'unsafe-inline'|blob:)/);
    }
  }
  // Extension pages may connect to nothing but the extension itself (data: is not network).
  expect(parsed.get('connect-src')?.filter((s) => s !== "'self'" && s !== 'data:')).toEqual([]);
}

describe('manifest content security policy', () => {
  it('Chrome and Edge (MV3): extension_pages allows no remote code', () => {
    const csp = manifestFor('chrome').content_security_policy as { extension_pages?: unknown };
    checkPolicy(csp.extension_pages);
  });

  it('Firefox (MV2): the same policy as one string', () => {
    checkPolicy(manifestFor('firefox').content_security_policy);
  });

  it('no externally_connectable: web pages cannot message the extension', () => {
    expect(manifestFor('chrome')).not.toHaveProperty('externally_connectable');
    expect(manifestFor('chrome')).not.toHaveProperty('web_accessible_resources');
  });
});
