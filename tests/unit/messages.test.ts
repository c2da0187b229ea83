import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';

// Runtime messages: every message ReplyGuard sends validates against the one union, the
// background acts only on validated messages from this extension, and nothing a message could
// smuggle (message text, unknown fields) gets through.

const sent: unknown[] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'own-extension-id',
      sendMessage: vi.fn(async (message: unknown) => {
        sent.push(message);
        return true;
      }),
    },
  },
}));

const { validatedListener, sendRuntimeMessage, INVALID_MESSAGE } = await import('../../utils/messages/runtime');
const { backgroundMessageSchema, isBackgroundMessage, loopsReplySchema, runtimeMessageSchema } = await import('../../utils/messages/schema');
const { auditReview, auditShadow } = await import('../../utils/audit/record');
const { loopMessageSchema, isLoopMessage } = await import('../../utils/closed-loop/messages');

const OWN = { id: 'own-extension-id' };
const validAudit = {
  type: 'replyguard:audit',
  entry: {
    time: '2026-11-25T01:00:00.000Z',
    event: 'shadow',
    reviewId: 'r-1',
    origin: 'https://ehr.example.org',
    mode: 'shadow',
    findings: [{ ruleId: 'diagnosis.serious', category: 'diagnosis', severity: 'warning' }],
  },
};

/** Calls a listener and waits for its answer (or undefined when it did not answer). */
async function deliver(listener: ReturnType<typeof validatedListener>, message: unknown, sender: { id?: string } = OWN) {
  let answer: unknown;
  const answered = new Promise<void>((resolve) => {
    const kept = listener(message, sender, (response) => {
      answer = response;
      resolve();
    });
    if (kept !== true && answer === undefined) resolve();
  });
  await answered;
  return answer;
}

beforeEach(() => {
  sent.length = 0;
});

describe('the background listener', () => {
  const handled: unknown[] = [];
  const listener = validatedListener(backgroundMessageSchema, isBackgroundMessage, (message) => {
    handled.push(message);
    return 'done';
  });
  beforeEach(() => {
    handled.length = 0;
  });

  it('acts on a valid message from this extension and answers with the result', async () => {
    expect(await deliver(listener, validAudit)).toBe('done');
    expect(handled).toEqual([validAudit]);
  });

  it('ignores messages from anyone else, and messages it does not claim', async () => {
    expect(await deliver(listener, validAudit, { id: 'another-extension' })).toBeUndefined();
    expect(await deliver(listener, validAudit, {})).toBeUndefined();
    expect(await deliver(listener, { type: 'replyguard:loop-close', id: 'x' })).toBeUndefined();
    expect(await deliver(listener, null)).toBeUndefined();
    expect(handled).toEqual([]);
  });

  it('answers an invalid message with an error and does not act on it', async () => {
    const withText = { ...validAudit, text: 'Your biopsy showed melanoma.' };
    const freeTextReason = { ...validAudit, entry: { ...validAudit.entry, reasonCode: 'the patient already knows about the melanoma' } };
    const pathInOrigin = { ...validAudit, entry: { ...validAudit.entry, origin: 'https://ehr.example.org/patient/123' } };
    for (const message of [withText, freeTextReason, pathInOrigin, { type: 'replyguard:audit' }, { type: 'replyguard:sync', force: true }]) {
      expect(await deliver(listener, message)).toEqual({ error: INVALID_MESSAGE });
    }
    expect(handled).toEqual([]);
  });

  it('answers a handler failure with an error instead of leaving the sender waiting', async () => {
    const failing = validatedListener(backgroundMessageSchema, isBackgroundMessage, () => {
      throw new Error('storage is full');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await deliver(failing, { type: 'replyguard:sync' })).toEqual({ error: 'Error: storage is full' });
  });
});

describe('the closed-loop listener', () => {
  it('strips what is not in the schema before the handler sees it', async () => {
    let seen: unknown;
    const listener = validatedListener(loopMessageSchema, isLoopMessage, (message) => {
      seen = message;
      return true;
    });
    const opening = { thread: { url: 'https://ehr.example.org/t/1' }, categories: ['diagnosis'], language: 'en', sentAt: 5, reply: 'Your biopsy…' };
    await deliver(listener, { type: 'replyguard:loop-open', opening });
    expect(JSON.stringify(seen)).not.toContain('biopsy');
  });
});

describe('what the content script sends', () => {
  beforeEach(() => {
    vi.stubGlobal('location', { origin: 'https://ehr.example.org' });
  });

  it('audit messages for a review, the decision and shadow mode all validate and carry no text', async () => {
    const reply = 'Your biopsy showed melanoma. Start metformin 500 mg twice daily.';
    const findings = analyze({ reply });
    expect(findings.length).toBeGreaterThan(0);
    const decide = auditReview('warn', findings);
    decide({ action: 'send-anyway', reason: { code: 'patient-aware', system: 'x', display: 'Patient already knows' } });
    auditShadow(findings);
    await Promise.resolve();
    expect(sent).toHaveLength(3);
    for (const message of sent) {
      expect(runtimeMessageSchema.safeParse(message).success).toBe(true);
      const json = JSON.stringify(message);
      for (const word of ['biopsy showed', 'melanoma.', 'metformin 500', 'Patient already knows']) expect(json).not.toContain(word);
    }
  });

  it('an invalid message is refused before it leaves', async () => {
    await expect(sendRuntimeMessage({ type: 'replyguard:loop-snooze', id: 'a', hours: 0 })).rejects.toThrow(INVALID_MESSAGE);
    expect(sent).toEqual([]);
  });

  it("the background's loop list is validated before the page trusts it", () => {
    expect(loopsReplySchema.safeParse([{ id: 'x' }]).success).toBe(false);
    expect(loopsReplySchema.safeParse({ error: 'invalid message' }).success).toBe(false);
    expect(loopsReplySchema.safeParse([]).success).toBe(true);
  });
});
