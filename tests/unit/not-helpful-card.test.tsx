// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OverlayActions, OverlayViewState } from '../../components/overlay-contract';
import { OverlayApp } from '../../components/OverlayApp';
import type { Finding } from '../../utils/analysis/schema';
import { criticalFinding, warningFinding } from '../e2e/harness/sample-findings';

afterEach(cleanup);

function setup(findings: Finding[] = [criticalFinding, warningFinding]) {
  const actions: OverlayActions = {
    applySuggestion: vi.fn(),
    revealFinding: vi.fn(),
    resolveReview: vi.fn(),
    setPanelOpen: vi.fn(),
    markNotHelpful: vi.fn(),
  };
  const state = (list: Finding[]): OverlayViewState => ({
    composer: { id: 'c1', kind: 'textarea', status: 'checked' },
    findings: list,
    review: { open: false, findings: [], mode: 'warn' },
    panelOpen: true,
  });
  const view = render(<OverlayApp state={state(findings)} actions={actions} />);
  return { actions, rerender: (list: Finding[]) => view.rerender(<OverlayApp state={state(list)} actions={actions} />) };
}

const card = (finding: Finding) => screen.getByRole('article', { name: finding.card.summary });
const notHelpful = (finding: Finding) => within(card(finding)).getByRole('button', { name: 'Not helpful' });

describe('"Not helpful" on a card', () => {
  it('is on every card, a menu button described by the card summary, closed at first', () => {
    setup();
    for (const finding of [criticalFinding, warningFinding]) {
      const button = notHelpful(finding);
      expect(button.getAttribute('aria-haspopup')).toBe('menu');
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(button.getAttribute('aria-describedby')).toBe(card(finding).getAttribute('aria-labelledby'));
    }
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('offers the four reasons in a labelled menu and reports the chosen one for that finding', async () => {
    const user = userEvent.setup();
    const { actions } = setup();
    await user.click(notHelpful(warningFinding));
    const menu = screen.getByRole('menu', { name: 'Why is this not helpful?' });
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Wrong: not what the message says',
      'Already discussed by phone',
      'Patient asked for it in writing',
      'Other reason',
    ]);
    await user.click(within(menu).getByRole('menuitem', { name: 'Already discussed by phone' }));
    expect(actions.markNotHelpful).toHaveBeenCalledExactlyOnceWith(warningFinding.id, 'discussed-by-phone');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('works from the keyboard: Enter opens on the first reason, arrows move, Enter chooses', async () => {
    const user = userEvent.setup();
    const { actions } = setup();
    notHelpful(criticalFinding).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement?.textContent).toBe('Wrong: not what the message says');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Patient asked for it in writing');
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toBe('Other reason');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(actions.markNotHelpful).toHaveBeenCalledExactlyOnceWith(criticalFinding.id, 'wrong');
  });

  it('Escape closes the menu without reporting and returns focus to the button', async () => {
    const user = userEvent.setup();
    const { actions } = setup();
    await user.click(notHelpful(warningFinding));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(notHelpful(warningFinding));
    expect(actions.markNotHelpful).not.toHaveBeenCalled();
  });

  it('Tab or a click elsewhere closes the menu', async () => {
    const user = userEvent.setup();
    setup();
    await user.click(notHelpful(warningFinding));
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(notHelpful(warningFinding));
    await user.click(screen.getByRole('heading', { name: warningFinding.card.summary }));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('puts focus on the panel heading when the dismissed card goes away', async () => {
    const user = userEvent.setup();
    const { rerender } = setup();
    await user.click(notHelpful(warningFinding));
    await user.click(screen.getByRole('menuitem', { name: 'Other reason' }));
    rerender([criticalFinding]);
    expect(screen.queryByRole('article', { name: warningFinding.card.summary })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /ReplyGuard/ }));
  });
});
