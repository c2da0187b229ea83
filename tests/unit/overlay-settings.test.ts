import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../utils/settings/resolve';

describe('parseSettings', () => {
  it('defaults to warn when nothing is stored', () => {
    expect(parseSettings(undefined).reviewMode).toBe('warn');
  });

  it('keeps a valid mode', () => {
    for (const reviewMode of ['off', 'inform', 'warn', 'require-reason'] as const) {
      expect(parseSettings({ reviewMode }).reviewMode).toBe(reviewMode);
    }
  });

  it('falls back to the default for invalid values instead of failing', () => {
    expect(parseSettings({ reviewMode: 'block-everything' }).reviewMode).toBe('warn');
    expect(parseSettings('garbage').reviewMode).toBe('warn');
    expect(parseSettings({ reviewMode: 'inform', faultInjection: 'everything' })).toMatchObject({ reviewMode: 'inform', faultInjection: undefined });
  });
});
