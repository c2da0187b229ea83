import { currentSettings, onSettingsChange } from '@/utils/settings/live';
import { analyzeNow } from './analysis';
import { registerFeature } from './features';
import { allSessions, type ComposerSession, on, update } from './registry';
import { safely } from './safe';
import { onTextChanges } from './text-changes';

// When to analyse: at once for a composer that arrives pre-filled (AI drafts), within a frame
// of a short pause in typing, and after programmatic changes (DOM mutations for rich editors, a
// cheap value poll for textareas, whose `.value = ...` fires no event). The pause grows with
// the cost of the last analysis, so a long reply that takes tens of ms is analysed only when the
// clinician really stops, and a keystroke never queues behind an analysis.

const TEXTAREA_POLL_MS = 500;

function watchComposer(session: ComposerSession): void {
  const run = safely('scheduled analysis', () => {
    if (currentSettings().reviewMode !== 'off') analyzeNow(session);
  });
  onTextChanges(session, run, () => session.text, TEXTAREA_POLL_MS);
  setTimeout(run, 0);
}

registerFeature({
  name: 'schedule-analysis',
  init(ctx) {
    on('attach', watchComposer, ctx.signal);
    onSettingsChange((settings) => {
      for (const session of allSessions()) {
        // Turning ReplyGuard off repaints with nothing; any other mode re-checks.
        if (settings.reviewMode === 'off') update(session, {});
        else analyzeNow(session, true);
      }
    }, ctx.signal);
  },
});
