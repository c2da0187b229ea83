import { describe, expect, it } from 'vitest';
import type { Finding } from '../../utils/analysis/schema';
import { actionOf } from '../../utils/audit/record';

const finding = {
  id: 'f1',
  card: {
    suggestions: [
      { uuid: 's-call', intent: 'call_instead' },
      { uuid: 's-confirm', intent: 'add_confirmation' },
      { uuid: 's-plain', intent: 'plain_words' },
    ],
  },
} as unknown as Finding;

describe('audit actions from review decisions', () => {
  it('names the clinician action by the chosen suggestion intent', () => {
    expect(actionOf({ action: 'edit' }, [finding])).toEqual({ action: 'edited' });
    expect(actionOf({ action: 'apply', findingId: 'f1', suggestionUuid: 's-call' }, [finding])).toEqual({ action: 'called-instead' });
    expect(actionOf({ action: 'apply', findingId: 'f1', suggestionUuid: 's-confirm' }, [finding])).toEqual({ action: 'added-confirmation' });
    expect(actionOf({ action: 'apply', findingId: 'f1', suggestionUuid: 's-plain' }, [finding])).toEqual({ action: 'applied-other-fix' });
  });

  it('keeps only the override reason code, never its display text', () => {
    const decision = { action: 'send-anyway' as const, reason: { code: 'patient-aware', system: 'x', display: 'Patient already knows' } };
    expect(actionOf(decision, [finding])).toEqual({ action: 'sent-anyway', reasonCode: 'patient-aware' });
  });
});
