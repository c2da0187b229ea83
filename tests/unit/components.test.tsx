// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OverlayActions, OverlayViewState, ReviewMode } from '@/components/overlay-contract';
import { OverlayApp } from '../../components/OverlayApp';
import { countAnnouncement, nextAnnouncement, statusLine } from '../../components/panel-text';
import { announceDelayMs } from '../../components/useSettledAnnouncement';
import type { Finding } from '@/utils/analysis/schema';
import {
  criticalFinding,
  infoFinding,
  markupFinding,
  redFlagFinding,
  sampleFindings,
  warningFinding,
} from '../e2e/harness/sample-findings';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function makeActions(): OverlayActions {
  return { applySuggestion: vi.fn(), revealFinding: vi.fn(), resolveReview: vi.fn(), setPanelOpen: vi.fn() };
}

function makeState(overrides: Partial<OverlayViewState> = {}): OverlayViewState {
  return {
    composer: { id: 'c1', kind: 'textarea', status: 'checked' },
    findings: sampleFindings,
    review: { open: false, findings: [], mode: 'warn' },
    panelOpen: true,
    ...overrides,
  };
}

const reviewState = (mode: ReviewMode, findings: Finding[] = sampleFindings): OverlayViewState =>
  makeState({ review: { open: true, findings, mode } });

describe('FindingCard', () => {
  it('shows each severity as a word, not only a color, with the summary as the card name', () => {
    render(<OverlayApp state={makeState()} actions={makeActions()} />);
    const critical = screen.getByRole('article', { name: criticalFinding.card.summary });
    const warning = screen.getByRole('article', { name: warningFinding.card.summary });
    const note = screen.getByRole('article', { name: infoFinding.card.summary });
    expect(within(critical).getByText('Critical')).toBeTruthy();
    expect(within(warning).getByText('Warning')).toBeTruthy();
    expect(within(note).getByText('Note')).toBeTruthy();
    expect(critical.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it('renders card text from the page as text, never as markup', () => {
    const { container } = render(<OverlayApp state={makeState({ findings: [markupFinding] })} actions={makeActions()} />);
    expect(screen.getByRole('article', { name: markupFinding.card.summary })).toBeTruthy();
    expect(container.querySelector('img, script, b')).toBeNull();
  });

  it('calls applySuggestion and revealFinding with the finding and suggestion ids', async () => {
    const user = userEvent.setup();
    const actions = makeActions();
    render(<OverlayApp state={makeState()} actions={actions} />);
    const warning = screen.getByRole('article', { name: warningFinding.card.summary });
    await user.click(within(warning).getByRole('button', { name: 'Ask the patient to confirm the new dose' }));
    expect(actions.applySuggestion).toHaveBeenCalledWith('f-med', 's-med-confirm');
    await user.click(within(warning).getByRole('button', { name: 'Show in message' }));
    expect(actions.revealFinding).toHaveBeenCalledWith('f-med');
  });

  it('emphasises the recommended suggestion in look and in name', () => {
    render(<OverlayApp state={makeState({ findings: [criticalFinding] })} actions={makeActions()} />);
    const recommended = screen.getByRole('button', { name: 'Call the patient instead Recommended' });
    const other = screen.getByRole('button', { name: 'Add "please call to discuss"' });
    expect(recommended.className).toContain('rg-btn--primary');
    expect(other.className).not.toContain('rg-btn--primary');
  });

  it('hides "why it matters" behind a disclosure button', async () => {
    const user = userEvent.setup();
    render(<OverlayApp state={makeState({ findings: [warningFinding] })} actions={makeActions()} />);
    const toggle = screen.getByRole('button', { name: 'Why it matters' });
    const detail = screen.getByText(warningFinding.card.detail);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(detail.closest('[hidden]')).not.toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(detail.closest('[hidden]')).toBeNull();
    expect(toggle.getAttribute('aria-controls')).toBe(detail.parentElement?.id);
  });
});

describe('FindingsPanel', () => {
  it('is a labelled complementary landmark with red flags first, then by severity', () => {
    render(<OverlayApp state={makeState({ findings: [infoFinding, warningFinding, criticalFinding, redFlagFinding] })} actions={makeActions()} />);
    const panel = screen.getByRole('complementary', { name: 'ReplyGuard findings' });
    const groups = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(groups).toEqual(["In the patient's message 1", 'Critical in your reply 1', 'Warnings in your reply 1', 'Notes in your reply 1']);
    const firstCard = within(panel).getAllByRole('article')[0];
    expect(firstCard).toBe(screen.getByRole('article', { name: redFlagFinding.card.summary }));
  });

  it('says what it checked in the status line', () => {
    const checked = makeState({ findings: [criticalFinding, warningFinding] });
    const { rerender } = render(<OverlayApp state={checked} actions={makeActions()} />);
    expect(screen.getByText('Checked: 2 things to review')).toBeTruthy();
    rerender(<OverlayApp state={makeState({ composer: { id: 'c1', kind: 'quill', status: 'checking' } })} actions={makeActions()} />);
    expect(screen.getByText('Checking this message')).toBeTruthy();
    const notChecked = makeState({ findings: [], composer: { id: 'c1', kind: 'iframe', status: 'not-checked', statusMessage: 'this editor is not supported yet' } });
    rerender(<OverlayApp state={notChecked} actions={makeActions()} />);
    expect(screen.getByText('Not checked: this editor is not supported yet')).toBeTruthy();
    expect(screen.getByText('You can still type and send as usual.')).toBeTruthy();
  });

  it('collapses through setPanelOpen and hides the findings when closed', async () => {
    const user = userEvent.setup();
    const actions = makeActions();
    const { rerender } = render(<OverlayApp state={makeState()} actions={actions} />);
    const toggle = screen.getByRole('button', { name: /ReplyGuard/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(toggle);
    expect(actions.setPanelOpen).toHaveBeenCalledWith(false);
    rerender(<OverlayApp state={makeState({ panelOpen: false })} actions={actions} />);
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getByRole('button', { name: /Checked: 4 things to review/ }).getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps keyboard users in the panel when the focused card goes away', () => {
    const actions = makeActions();
    const { rerender } = render(<OverlayApp state={makeState({ findings: [criticalFinding, warningFinding] })} actions={actions} />);
    screen.getByRole('button', { name: 'Ask the patient to confirm the new dose' }).focus();
    rerender(<OverlayApp state={makeState({ findings: [criticalFinding] })} actions={actions} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /ReplyGuard/ }));
  });

  it('leaves focus alone when the composer took it before the card went away', () => {
    const actions = makeActions();
    const composer = document.body.appendChild(document.createElement('textarea'));
    const { rerender } = render(<OverlayApp state={makeState({ findings: [criticalFinding, warningFinding] })} actions={actions} />);
    screen.getByRole('button', { name: 'Ask the patient to confirm the new dose' }).focus();
    composer.focus();
    rerender(<OverlayApp state={makeState({ findings: [criticalFinding] })} actions={actions} />);
    expect(document.activeElement).toBe(composer);
    composer.remove();
  });

  it('announces a settled count politely, and not on every keystroke', () => {
    vi.useFakeTimers();
    const actions = makeActions();
    const at = (findings: Finding[], status: 'checked' | 'checking' = 'checked') =>
      makeState({ findings, composer: { id: 'c1', kind: 'textarea', status } });
    const { rerender } = render(<OverlayApp state={at([criticalFinding, warningFinding])} actions={actions} />);
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('');
    act(() => vi.advanceTimersByTime(announceDelayMs));
    expect(live?.textContent).toBe('2 findings: 1 critical, 1 warning');

    // Typing: counts flicker while checks run, then settle back where they were.
    rerender(<OverlayApp state={at([criticalFinding, warningFinding], 'checking')} actions={actions} />);
    act(() => vi.advanceTimersByTime(300));
    rerender(<OverlayApp state={at([criticalFinding])} actions={actions} />);
    act(() => vi.advanceTimersByTime(300));
    rerender(<OverlayApp state={at([criticalFinding, warningFinding])} actions={actions} />);
    act(() => vi.advanceTimersByTime(announceDelayMs * 3));
    expect(live?.textContent).toBe('2 findings: 1 critical, 1 warning');

    rerender(<OverlayApp state={at([warningFinding])} actions={actions} />);
    act(() => vi.advanceTimersByTime(announceDelayMs));
    expect(live?.textContent).toBe('1 finding: 1 warning');
  });
});

describe('panel text', () => {
  const composer = { id: 'c1', kind: 'textarea', status: 'checked' } as const;

  it('counts by severity and names red flags in the patient message', () => {
    expect(countAnnouncement(composer, sampleFindings)).toBe("3 findings: 2 critical, 1 warning (1 in the patient's message)");
    expect(countAnnouncement(composer, [])).toBe('No findings');
    expect(countAnnouncement({ ...composer, status: 'checking' }, sampleFindings)).toBeNull();
    expect(statusLine(composer, [infoFinding])).toBe('Checked: 1 thing to review');
  });

  it('stays quiet about a clean first check but reports findings going away', () => {
    expect(nextAnnouncement('', 'No findings')).toBe('');
    expect(nextAnnouncement('1 finding: 1 warning', 'No findings')).toBe('No findings');
    expect(nextAnnouncement('1 finding: 1 warning', null)).toBe('1 finding: 1 warning');
  });
});

describe('ReviewDialog', () => {
  it('is a labelled modal that starts on "Edit message" and lists only warnings and critical findings', () => {
    render(<OverlayApp state={reviewState('warn')} actions={makeActions()} />);
    const dialog = screen.getByRole('dialog', { name: 'Review before sending' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Edit message' }));
    expect(within(dialog).getByText(criticalFinding.card.summary)).toBeTruthy();
    expect(within(dialog).getByText(redFlagFinding.card.summary)).toBeTruthy();
    expect(within(dialog).queryByText(infoFinding.card.summary)).toBeNull();
  });

  it('offers each distinct call / confirm / emergency fix once and applies it', async () => {
    const user = userEvent.setup();
    const actions = makeActions();
    render(<OverlayApp state={reviewState('warn')} actions={actions} />);
    const fixes = within(screen.getByRole('group', { name: 'Fix before sending' })).getAllByRole('button');
    expect(fixes.map((b) => b.textContent)).toEqual([
      'Add emergency instructions (call 911)',
      'Call the patient instead',
      'Add "please call to discuss"',
      'Ask the patient to confirm the new dose',
    ]);
    await user.click(fixes[0] as HTMLElement);
    expect(actions.resolveReview).toHaveBeenCalledWith({ action: 'apply', findingId: 'f-chest', suggestionUuid: 's-chest-911' });
  });

  it('in require-reason mode keeps "Send anyway" disabled until a reason is picked', async () => {
    const user = userEvent.setup();
    const actions = makeActions();
    render(<OverlayApp state={reviewState('require-reason')} actions={actions} />);
    const send = screen.getByRole('button', { name: 'Send anyway' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    const reasons = screen.getByRole('group', { name: 'Reason for sending anyway' });
    expect(within(reasons).getAllByRole('radio')).toHaveLength(3);
    await user.click(within(reasons).getByRole('radio', { name: 'Patient asked for it in writing' }));
    expect(send.disabled).toBe(false);
    await user.click(send);
    expect(actions.resolveReview).toHaveBeenCalledWith({
      action: 'send-anyway',
      reason: { code: 'patient-requested', system: 'urn:replyguard:override-reason', display: 'Patient asked for it in writing' },
    });
  });

  it('in warn mode sends anyway without a reason', async () => {
    const user = userEvent.setup();
    const actions = makeActions();
    render(<OverlayApp state={reviewState('warn')} actions={actions} />);
    expect(screen.queryByRole('radio')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Send anyway' }));
    expect(actions.resolveReview).toHaveBeenCalledWith({ action: 'send-anyway' });
  });

  it('never blocks sending when require-reason has no reasons to offer', () => {
    render(<OverlayApp state={reviewState('require-reason', [{ ...warningFinding, card: { ...warningFinding.card, overrideReasons: [] } }])} actions={makeActions()} />);
    expect((screen.getByRole('button', { name: 'Send anyway' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('treats Escape as "edit"', async () => {
    const user = userEvent.setup();
    const actions = makeActions();
    render(<OverlayApp state={reviewState('require-reason')} actions={actions} />);
    await user.keyboard('{Escape}');
    expect(actions.resolveReview).toHaveBeenCalledWith({ action: 'edit' });
  });

  it('traps Tab and Shift+Tab inside the dialog', async () => {
    const user = userEvent.setup();
    render(<OverlayApp state={reviewState('warn')} actions={makeActions()} />);
    const dialog = screen.getByRole('dialog');
    const edit = within(dialog).getByRole('button', { name: 'Edit message' });
    const firstFix = within(dialog).getByRole('button', { name: 'Add emergency instructions (call 911)' });
    expect(document.activeElement).toBe(edit);
    await user.tab();
    expect(document.activeElement).toBe(firstFix);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(edit);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Send anyway' }));
  });

  it('keeps focus where it is when the parent re-renders with new actions', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<OverlayApp state={reviewState('warn')} actions={makeActions()} />);
    await user.tab();
    const focused = document.activeElement;
    expect(focused?.textContent).toBe('Add emergency instructions (call 911)');
    rerender(<OverlayApp state={reviewState('warn')} actions={makeActions()} />);
    expect(document.activeElement).toBe(focused);
  });

  it('calls onReviewClosed once, after the dialog has closed, for the composer to take focus', () => {
    const actions = { ...makeActions(), onReviewClosed: vi.fn() };
    const { rerender } = render(<OverlayApp state={reviewState('warn')} actions={actions} />);
    rerender(<OverlayApp state={reviewState('warn')} actions={{ ...actions }} />);
    expect(actions.onReviewClosed).not.toHaveBeenCalled();
    rerender(<OverlayApp state={makeState()} actions={actions} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(actions.onReviewClosed).toHaveBeenCalledTimes(1);
  });
});
