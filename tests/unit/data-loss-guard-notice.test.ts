// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { buildNotice, placeAbove } from '../../utils/overlay/composer-notice';
import type { ComposerSession } from '../../utils/overlay/registry';

// The notice the data-loss guard and the insecure-page check put above a composer: a named live
// region in a shadow root, placed before the composer's outermost element, dismissable.

const spec = {
  host: 'replyguard-guard',
  role: 'status' as const,
  label: 'ReplyGuard: patient information warning',
  testId: 'data-loss-guard-warning',
  lines: ['This looks like patient information; use the secure portal.'],
  dismissLabel: 'Dismiss the patient information warning',
};

function sessionFor(element: HTMLElement, frame: HTMLIFrameElement | null = null): ComposerSession {
  return { id: 'c1', kind: 'textarea', element, frame, signal: new AbortController().signal, text: '', findings: [], status: 'checked' };
}

describe('composer notice', () => {
  it('is a named live region with the message and a named Dismiss button', () => {
    const notice = buildNotice(spec);
    const region = notice.shadowRoot?.querySelector('[role="status"]');
    expect(region?.getAttribute('aria-label')).toBe(spec.label);
    expect(region?.textContent).toContain(spec.lines[0]);
    expect(notice.shadowRoot?.querySelector('button')?.getAttribute('aria-label')).toBe(spec.dismissLabel);
  });

  it('sits just before the composer, or before the shadow host that holds it', () => {
    document.body.innerHTML = '<form><textarea></textarea></form><div id="host"></div>';
    const textarea = document.querySelector('textarea') as HTMLTextAreaElement;
    const notice = buildNotice(spec);
    placeAbove(notice, sessionFor(textarea));
    expect(notice.nextElementSibling).toBe(textarea);

    const host = document.getElementById('host') as HTMLElement;
    const inner = document.createElement('textarea');
    host.attachShadow({ mode: 'open' }).append(inner);
    const second = buildNotice(spec);
    placeAbove(second, sessionFor(inner));
    expect(second.nextElementSibling).toBe(host);
  });

  it('Dismiss removes it and tells the caller', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const onDismiss = vi.fn();
    const notice = buildNotice({ ...spec, onDismiss });
    placeAbove(notice, sessionFor(document.querySelector('textarea') as HTMLTextAreaElement));
    (notice.shadowRoot?.querySelector('button') as HTMLButtonElement).click();
    expect(notice.isConnected).toBe(false);
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
