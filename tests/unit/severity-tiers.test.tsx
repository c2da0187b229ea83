// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContextBanner } from '../../components/ContextBanner';
import type { OverlayActions, OverlayViewState } from '../../components/overlay-contract';
import { OverlayApp } from '../../components/OverlayApp';
import { countAnnouncement, nextAnnouncement } from '../../components/panel-text';
import { criticalAnnouncement, holdsSend } from '../../components/severity-tiers';
import { announceDelayMs } from '../../components/useSettledAnnouncement';
import type { Finding } from '../../utils/analysis/schema';
import { criticalFinding, infoFinding, redFlagFinding, warningFinding } from '../e2e/harness/sample-findings';

// Only critical findings interrupt; warnings stay inline until the pre-send review; notes are quiet.

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const composer = { id: 'c1', kind: 'textarea', status: 'checked' } as const;
const actions: OverlayActions = { applySuggestion: vi.fn(), revealFinding: vi.fn(), resolveReview: vi.fn(), setPanelOpen: vi.fn() };
const state = (findings: Finding[]): OverlayViewState => ({
  composer,
  findings,
  review: { open: false, findings: [], mode: 'warn' },
  panelOpen: false,
});

describe('what holds a send', () => {
  it('critical findings and warnings hold a send for the review; notes never do', () => {
    expect(holdsSend(criticalFinding)).toBe(true);
    expect(holdsSend(warningFinding)).toBe(true);
    expect(holdsSend(redFlagFinding)).toBe(true);
    expect(holdsSend(infoFinding)).toBe(false);
  });
});

describe('critical findings interrupt', () => {
  it('names the reply’s critical findings for the assertive region; the context bar alerts the patient’s', () => {
    expect(criticalAnnouncement([criticalFinding, warningFinding, infoFinding])).toBe(`Critical: ${criticalFinding.card.summary}`);
    expect(criticalAnnouncement([redFlagFinding, warningFinding, infoFinding])).toBeNull();
  });

  it('are announced assertively once settled, even with the panel closed; warnings and notes are not', () => {
    vi.useFakeTimers();
    const { rerender } = render(<OverlayApp state={state([warningFinding, infoFinding])} actions={actions} />);
    const assertive = document.querySelector('[aria-live="assertive"]');
    act(() => vi.advanceTimersByTime(announceDelayMs));
    expect(assertive?.textContent).toBe('');
    rerender(<OverlayApp state={state([criticalFinding, warningFinding, infoFinding])} actions={actions} />);
    act(() => vi.advanceTimersByTime(announceDelayMs));
    expect(assertive?.textContent).toBe(`Critical: ${criticalFinding.card.summary}`);
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('an emergency red flag in the patient’s message is an alert; a call-today red flag is a polite status', () => {
    const view = (severity: 'critical' | 'warning') => ({
      redFlags: [{ findingId: 'r1', severity, category: 'urgent' as const, summary: 'Chest pain' }],
      notes: [],
    });
    const { rerender } = render(<ContextBanner view={view('critical')} actions={{ choosePatientState: vi.fn() }} />);
    expect(screen.getByRole('alert').textContent).toContain('Chest pain');
    rerender(<ContextBanner view={view('warning')} actions={{ choosePatientState: vi.fn() }} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Chest pain');
  });
});

describe('warnings are counted politely; notes are quiet', () => {
  it('counts warnings and critical findings, never notes', () => {
    expect(countAnnouncement(composer, [warningFinding, infoFinding])).toBe('1 finding: 1 warning');
    expect(countAnnouncement(composer, [infoFinding])).toBe('Nothing to review');
    expect(countAnnouncement(composer, [])).toBe('No findings');
  });

  it('says nothing when only notes appear, or when notes come and go after a clean check', () => {
    expect(nextAnnouncement('', 'Nothing to review')).toBe('');
    expect(nextAnnouncement('No findings', 'Nothing to review')).toBe('No findings');
    expect(nextAnnouncement('Nothing to review', 'No findings')).toBe('Nothing to review');
    expect(nextAnnouncement('1 finding: 1 warning', 'Nothing to review')).toBe('Nothing to review');
  });

  it('a note alone changes nothing in the polite region', () => {
    vi.useFakeTimers();
    const { rerender } = render(<OverlayApp state={state([])} actions={actions} />);
    const polite = document.querySelector('[aria-live="polite"]');
    act(() => vi.advanceTimersByTime(announceDelayMs));
    rerender(<OverlayApp state={state([infoFinding])} actions={actions} />);
    act(() => vi.advanceTimersByTime(announceDelayMs));
    expect(polite?.textContent).toBe('');
    rerender(<OverlayApp state={state([infoFinding, warningFinding])} actions={actions} />);
    act(() => vi.advanceTimersByTime(announceDelayMs));
    expect(polite?.textContent).toBe('1 finding: 1 warning');
  });
});
