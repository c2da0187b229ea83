import { matchPatternFor, originMatches } from './origins';
import type { ResolvedSettings } from './resolve';

// Where the data-loss guard may run: only origins the organization's policy lists, only when the
// policy turned the guard on, and never on an EHR origin where the full overlay runs. A value a
// clinician saved (possible only if policy lets them change it) never starts the guard.

type Scope = Pick<ResolvedSettings, 'settings' | 'sources'>;

export function guardOrigins({ settings, sources }: Scope): string[] {
  const { enabled, origins } = settings.dataLossGuard;
  return sources.dataLossGuard === 'policy' && enabled ? origins : [];
}

/** The match patterns the guard's content script is registered for. */
export function guardPatterns(scope: Scope): string[] {
  return [...new Set(guardOrigins(scope).map(matchPatternFor))].sort();
}

/** Whether the page at `origin` is watched by the guard (match patterns are wider: ports). */
export function isGuardedOrigin(scope: Scope, origin: string): boolean {
  const listed = guardOrigins(scope).some((configured) => originMatches(configured, origin));
  return listed && !scope.settings.origins.some((entry) => originMatches(entry.origin, origin));
}
