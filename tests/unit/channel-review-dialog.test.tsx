// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OverlayActions, ReviewDecision } from '../../components/overlay-contract';
import { ReviewDialog } from '../../components/ReviewDialog';
import { analyze } from '../../utils/analysis/analyze';

// The review hands the overlay the merged fix it built, so one click handles every card; a
// card's own fix still travels as ids only.

afterEach(cleanup);

const fixesGroup = () => within(screen.getByRole('group', { name: 'Fix before sending' }));

function renderReview(reply: string) {
  const resolveReview = vi.fn<OverlayActions['resolveReview']>();
  render(<ReviewDialog findings={analyze({ reply })} mode="warn" resolveReview={resolveReview} />);
  return resolveReview;
}

describe('review dialog with merged fixes', () => {
  it('sends the merged secure-channel suggestion with every channel edit', async () => {
    const resolve = renderReview('Email me at jo.lee@gmail.com with questions. If it gets worse, text me at 555-123-4567.');
    await userEvent.setup().click(fixesGroup().getByRole('button', { name: 'Use the portal instead' }));
    const decision = resolve.mock.calls[0]?.[0] as Extract<ReviewDecision, { action: 'apply' }>;
    expect(decision.action).toBe('apply');
    expect(decision.suggestion?.actions.map((a) => a.edit?.kind)).toEqual(['replace', 'replace']);
  });

  it('sends one call fix for several disclosing sentences', async () => {
    const resolve = renderReview('Your biopsy showed melanoma. Thanks for writing. We will start metformin 500 mg twice daily.');
    const calls = fixesGroup().getAllByRole('button', { name: /call instead/ });
    expect(calls).toHaveLength(1);
    await userEvent.setup().click(calls[0] as HTMLElement);
    const decision = resolve.mock.calls[0]?.[0] as Extract<ReviewDecision, { action: 'apply' }>;
    expect(decision.suggestion?.actions.length).toBe(2);
  });

  it('sends a single card’s own fix as ids only', async () => {
    const resolve = renderReview('If it gets worse, text me at 555-123-4567.');
    await userEvent.setup().click(fixesGroup().getByRole('button', { name: 'Use the portal instead' }));
    expect(resolve.mock.calls[0]?.[0]).not.toHaveProperty('suggestion');
  });
});
