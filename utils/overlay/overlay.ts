import type {
  ComposerView,
  OverlayActions,
  OverlayViewState,
  PanelPlacement,
  ReviewDecision,
  ReviewMode,
} from '@/components/overlay-contract';
import type { Finding, Suggestion } from '@/utils/analysis/schema';
import type { NotHelpfulReason } from '@/utils/audit/feedback';
import { currentSettings, onSettingsChange } from '@/utils/settings/live';
import { analyzeNow } from './analysis';
import { insertConfirmationRequest, localizedEdits } from './confirmation-request';
import { applyEdit } from './edit';
import { registerFeature } from './features';
import { markNotHelpful } from './not-helpful';
import { loadOverlayUi } from './overlay-ui';
import { isTextarea, readText } from './read-text';
import { allSessions, type ComposerSession, focusedSession, on } from './registry';
import { reportError, safely } from './safe';
import { createStore } from './store';
import { readContentEditable } from './text-model';

// The panel's state and the clinician's actions: which composer the panel describes, applying
// a card's suggestion through the editor, revealing a finding, and answering the review.

const store = createStore<OverlayViewState>({
  composer: null,
  findings: [],
  review: { open: false, findings: [], mode: 'warn' },
  panelOpen: false,
});

type ReviewHandler = (decision: ReviewDecision) => void;

/** The panel's script could not be loaded: no review can be shown. */
let uiFailed = false;

/** True when the review cannot be shown, so a send must not be held for it. */
export function reviewUnavailable(): boolean {
  return uiFailed;
}
let pendingReview: { session: ComposerSession; handler: ReviewHandler } | null = null;

export function overlayState(): OverlayViewState {
  return store.get();
}

function shownSession(): ComposerSession | null {
  return focusedSession() ?? allSessions()[0] ?? null;
}

function viewOf(session: ComposerSession): ComposerView {
  return { id: session.id, kind: session.kind, status: session.status, statusMessage: session.statusMessage };
}

function refresh(): void {
  const session = currentSettings().reviewMode === 'off' ? null : shownSession();
  store.set((state) => ({
    ...state,
    composer: session ? viewOf(session) : null,
    findings: session ? [...session.findings] : [],
  }));
}

/** Keep the panel clear of the composer (see panel-placement.ts). */
export function setPlacement(placement: PanelPlacement): void {
  const current = store.get().placement;
  if (current?.edge === placement.edge && current.maxHeight === placement.maxHeight) return;
  store.set((state) => ({ ...state, placement }));
}

export function shownComposer(): ComposerSession | null {
  return shownSession();
}

/** Open the pre-send review; `handler` receives the clinician's decision once. */
export function openReview(session: ComposerSession, findings: Finding[], mode: ReviewMode, handler: ReviewHandler): void {
  pendingReview = { session, handler };
  const fromDraft = findings.filter((f) => session.fromDraft?.has(f.id)).map((f) => f.id);
  store.set((state) => ({ ...state, review: { open: true, findings, mode, fromDraft } }));
}

function closeReview(): void {
  pendingReview = null;
  store.set((state) => ({ ...state, review: { ...state.review, open: false } }));
}

let afterClose: (() => void) | null = null;

function runAfterClose(): void {
  const run = afterClose;
  afterClose = null;
  run?.();
}

/** Run `fn` once the review has closed; a fallback timer covers a UI that never reports it. */
function afterReviewClosed(fn: () => void): void {
  afterClose = safely('after review', fn);
  setTimeout(runAfterClose, 1000);
}

function focusComposer(session: ComposerSession): void {
  session.frame?.contentWindow?.focus();
  session.element.focus();
}

function findFinding(session: ComposerSession, findingId: string): Finding | undefined {
  return session.findings.find((f) => f.id === findingId);
}

async function applySuggestion(
  session: ComposerSession,
  findingId: string,
  suggestionUuid: string,
  given?: Suggestion,
): Promise<boolean> {
  if (readText(session) !== session.text) analyzeNow(session);
  const suggestion = given ?? findFinding(session, findingId)?.card.suggestions.find((s) => s.uuid === suggestionUuid);
  const edits = localizedEdits(suggestion, (suggestion?.actions ?? []).flatMap((a) => (a.edit ? [a.edit] : [])));
  // Later spans first, so earlier offsets stay valid.
  edits.sort((a, b) => (b.kind === 'replace' ? b.start : -1) - (a.kind === 'replace' ? a.start : -1));
  let ok = true;
  for (const edit of edits) ok = (await applyEdit(session, edit)) && ok;
  analyzeNow(session, true);
  if (!ok) reportError('apply suggestion', new Error('editor text did not match the edit'));
  return ok;
}

function revealFinding(session: ComposerSession, findingId: string): void {
  const finding = findFinding(session, findingId);
  if (!finding || finding.source !== 'reply') return;
  const el = session.element;
  focusComposer(session);
  if (isTextarea(el)) {
    el.setSelectionRange(finding.start, finding.end);
    return;
  }
  const range = readContentEditable(el).rangeFor(finding.start, finding.end);
  const selection = el.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
}

export const actions: OverlayActions = {
  applySuggestion: safely('applySuggestion', (findingId: string, suggestionUuid: string) => {
    const session = shownSession();
    if (session) void applySuggestion(session, findingId, suggestionUuid);
  }),
  revealFinding: safely('revealFinding', (findingId: string) => {
    const session = shownSession();
    if (session) revealFinding(session, findingId);
  }),
  resolveReview: safely('resolveReview', (decision: ReviewDecision) => {
    const pending = pendingReview;
    closeReview();
    if (!pending) return;
    // The modal dialog leaves the page inert until it has closed: act on the composer after.
    afterReviewClosed(() => {
      const { session, handler } = pending;
      if (decision.action === 'apply') {
        handler(decision);
        void applySuggestion(session, decision.findingId, decision.suggestionUuid, decision.suggestion).finally(() =>
          focusComposer(session),
        );
        return;
      }
      if (decision.action === 'edit') focusComposer(session);
      handler(decision);
    });
  }),
  onReviewClosed: safely('onReviewClosed', () => runAfterClose()),
  setPanelOpen: safely('setPanelOpen', (open: boolean) => {
    store.set((state) => ({ ...state, panelOpen: open }));
  }),
  insertConfirmationRequest: safely('insertConfirmationRequest', () => {
    const session = shownSession();
    if (session) void insertConfirmationRequest(session);
  }),
  markNotHelpful: safely('markNotHelpful', (findingId: string, reason: NotHelpfulReason) => {
    const session = shownSession();
    if (session) markNotHelpful(session, findingId, reason);
  }),
} as OverlayActions;

registerFeature({
  name: 'overlay',
  init(ctx) {
    let mounted = false;
    const mount = () => {
      if (mounted || currentSettings().reviewMode === 'off') return;
      mounted = true;
      loadOverlayUi()
        .then(({ mountPanel }) => mountPanel(ctx, store, actions))
        .catch((error) => {
          uiFailed = true;
          reportError('mount panel', error);
        });
    };
    on(
      'attach',
      () => {
        mount();
        refresh();
      },
      ctx.signal,
    );
    on('change', refresh, ctx.signal);
    on('focus', refresh, ctx.signal);
    on('detach', (session) => {
      if (pendingReview?.session === session) closeReview();
      refresh();
    }, ctx.signal);
    onSettingsChange(() => {
      mount();
      refresh();
    }, ctx.signal);
  },
});
