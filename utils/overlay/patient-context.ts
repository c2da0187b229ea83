import type { ContextNote, PatientContextView } from '@/components/overlay-contract';
import { adapterNamed } from '@/utils/adapters/builtin';
import { readPatientContext } from '@/utils/adapters/read';
import type { AdapterSpec } from '@/utils/adapters/schema';
import type { Finding } from '@/utils/analysis/schema';
import { tuneFindings } from '@/utils/analysis/tuning';
import { JURISDICTIONS, type Jurisdiction } from '@/utils/context-checks/data/jurisdictions';
import { CONTEXT_CATEGORIES, contextFindings } from '@/utils/context-checks/findings';
import { redFlags } from '@/utils/context-checks/red-flags';
import type { PatientContext } from '@/utils/context-checks/schema';
import { currentSettings, onSettingsChange, type PageSettings } from '@/utils/settings/live';
import { originMatches } from '@/utils/settings/origins';
import { registerFeature } from './features';
import { hideDismissed } from './not-helpful';
import { allSessions, type ComposerSession, focusedSession, on, update } from './registry';
import { safely } from './safe';
import { createStore } from './store';

// Patient context joins each composer's findings: after every analysis the context findings
// (licensure, consent, proxy, response time) are recomputed from the page through the origin's
// site adapter and merged into the same list the panel, review and audit log use. A state the
// clinician picks for a thread lives in memory only, keyed by the thread's URL, and is gone when
// the page is.

const SETTLE_MS = 1500;

const chosenStates = new Map<string, Jurisdiction>();
export const contextView = createStore<PatientContextView | null>(null);

function threadKey(): string {
  return `${location.pathname}${location.search}${location.hash}`;
}

export function currentAdapter(settings: PageSettings = currentSettings()): AdapterSpec {
  const entry = settings.origins.find((o) => originMatches(o.origin, location.origin));
  return adapterNamed(entry?.adapter ?? 'generic', settings.siteAdapters);
}

/** The state the page itself showed at the last read (a picked state only fills a gap). */
let pageState: Jurisdiction | null = null;

function pageContext(): PatientContext {
  const context = readPatientContext(document, currentAdapter());
  pageState = context.state;
  const chosen = chosenStates.get(threadKey());
  return context.state || !chosen ? context : { ...context, state: chosen };
}

function withContext(session: ComposerSession, settings: PageSettings): Finding[] {
  const engine = session.findings.filter((f) => !CONTEXT_CATEGORIES.has(f.category));
  const { licenses, consentMaxAgeMonths, contextChecks, categories, ruleOverrides } = settings;
  const found = contextFindings(
    {
      context: pageContext(),
      findings: engine,
      policy: { licenses, consentMaxAgeMonths, ...contextChecks },
      now: new Date(),
    },
    session.text,
  );
  const merged = [...engine, ...tuneFindings(found, { categories, rules: ruleOverrides })].sort(inTextOrder);
  return hideDismissed(session, merged, session.text);
}

/** The panel contract's order: reply findings first, then the patient's message, by position. */
function inTextOrder(a: Finding, b: Finding): number {
  if (a.source !== b.source) return a.source === 'reply' ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

const sameIds = (a: readonly Finding[], b: readonly Finding[]): boolean =>
  a.length === b.length && a.every((f, i) => f.id === b[i]?.id && f.severity === b[i]?.severity);

/** Merge context findings after an analysis; the update's own change event finds nothing to do. */
function merge(session: ComposerSession): void {
  const settings = currentSettings();
  // Shadow mode shows nothing but audits what a review would hold, context findings included.
  if (session.status !== 'checked' || (settings.reviewMode === 'off' && !settings.shadow)) return;
  const findings = withContext(session, settings);
  if (!sameIds(findings, session.findings)) update(session, { findings });
  refreshView();
}

const note = (f: Finding): ContextNote => ({ findingId: f.id, severity: f.severity, category: f.category, summary: f.card.summary });
const named = (code: Jurisdiction) => ({ code, name: JURISDICTIONS[code] });

export function shownSession(): ComposerSession | null {
  return focusedSession() ?? allSessions()[0] ?? null;
}

function refreshView(): void {
  const session = shownSession();
  const settings = currentSettings();
  if (!session || settings.reviewMode === 'off') return contextView.set(null);
  const findings = session.findings;
  const chosen = chosenStates.get(threadKey());
  const asking = findings.some((f) => f.ruleId === 'licensure.location_unknown');
  const licensed = [...new Set(settings.licenses.map((l) => l.state))].filter((s): s is Jurisdiction => s in JURISDICTIONS);
  contextView.set({
    redFlags: redFlags(findings).map(note),
    notes: findings.filter((f) => CONTEXT_CATEGORIES.has(f.category) && f.ruleId !== 'licensure.location_unknown').map(note),
    ...(asking
      ? { askState: { suggested: licensed.map(named), states: (Object.keys(JURISDICTIONS) as Jurisdiction[]).map(named) } }
      : {}),
    ...(chosen && !asking && pageState === null ? { chosenState: named(chosen) } : {}),
  });
}

/** The clinician's answer to "where is the patient today?" (null: ask again). */
export const choosePatientState = safely('choose state', (code: string | null) => {
  if (code === null) chosenStates.delete(threadKey());
  else if (code in JURISDICTIONS) chosenStates.set(threadKey(), code as Jurisdiction);
  for (const session of allSessions()) merge(session);
  refreshView();
});

registerFeature({
  name: 'patient-context',
  init(ctx) {
    const check = safely('patient context', merge);
    on('change', check, ctx.signal);
    // EHR banners often render after the composer: read the page again once it has settled, and
    // whenever the clinician comes back to a composer.
    on('attach', (session) => {
      const timer = setTimeout(() => check(session), SETTLE_MS);
      session.signal.addEventListener('abort', () => clearTimeout(timer));
    }, ctx.signal);
    on('focus', check, ctx.signal);
    on('focus', safely('patient context view', refreshView), ctx.signal);
    on('detach', safely('patient context view', refreshView), ctx.signal);
    onSettingsChange(safely('patient context settings', refreshView), ctx.signal);
  },
});
