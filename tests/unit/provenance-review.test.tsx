// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OverlayActions } from '@/components/overlay-contract';
import { OverlayApp } from '../../components/OverlayApp';
import { criticalFinding, sampleFindings, warningFinding } from '../e2e/harness/sample-findings';

// The pre-send review's "from a draft" line: on exactly the findings the content script flagged.

afterEach(cleanup);

const FROM_DRAFT = 'This sentence came from a draft and was not changed.';
const actions: OverlayActions = { applySuggestion: vi.fn(), revealFinding: vi.fn(), resolveReview: vi.fn(), setPanelOpen: vi.fn() };

function renderReview(fromDraft?: string[]) {
  render(
    <OverlayApp
      state={{
        composer: { id: 'c1', kind: 'quill', status: 'checked' },
        findings: sampleFindings,
        review: { open: true, findings: sampleFindings, mode: 'warn', ...(fromDraft ? { fromDraft } : {}) },
        panelOpen: false,
      }}
      actions={actions}
    />,
  );
  return screen.getByRole('dialog', { name: 'Review before sending' });
}

const itemOf = (dialog: HTMLElement, summary: string) => within(dialog).getByText(summary).closest('li') as HTMLElement;

describe('review: from a draft', () => {
  it('says so on each flagged finding and only there', () => {
    const dialog = renderReview([warningFinding.id]);
    expect(itemOf(dialog, warningFinding.card.summary).textContent).toContain(FROM_DRAFT);
    expect(itemOf(dialog, criticalFinding.card.summary).textContent).not.toContain(FROM_DRAFT);
    expect(within(dialog).getAllByText(FROM_DRAFT)).toHaveLength(1);
  });

  it('says nothing when nothing came from a draft', () => {
    const dialog = renderReview();
    expect(within(dialog).queryByText(FROM_DRAFT)).toBeNull();
  });
});
