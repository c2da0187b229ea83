// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEMO_ADAPTER, GENERIC_ADAPTER } from '../../utils/adapters/builtin';
import { readPatientContext } from '../../utils/adapters/read';
import { adapterSpecSchema } from '../../utils/adapters/schema';

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html;
  return doc;
}

const DEMO = `
  <section data-testid="patient-banner" data-patient-age="15" data-patient-state="MA" data-consent-date="2026-06-27"
    data-consent-status="on-file" data-proxy-reader="mother: Karin Lindqvist" data-language="en"></section>
  <article data-role="patient-message" data-sent-at="2026-11-20T09:00:00.000Z">older</article>
  <article data-role="patient-message" data-sent-at="2026-11-24T09:00:00.000Z">latest</article>`;

describe('reading context through an adapter', () => {
  it('the demo adapter reads every field of the demo banner and the oldest unanswered message time', () => {
    expect(readPatientContext(page(DEMO), DEMO_ADAPTER)).toEqual({
      state: 'MA',
      consent: { status: 'on-file', date: '2026-06-27' },
      proxyReader: true,
      ageYears: 15,
      language: 'en',
      waitingSince: '2026-11-20T09:00:00.000Z',
    });
  });

  it('the wait starts at the first patient message after the practice’s last reply', () => {
    const answered = `${DEMO}<article data-role="clinician-message" data-sent-at="2026-11-24T10:00:00.000Z"></article>`;
    expect(readPatientContext(page(answered), DEMO_ADAPTER).waitingSince).toBeNull();
    const again = `${answered}<article data-role="patient-message" data-sent-at="2026-11-24T11:00:00.000Z"></article>`;
    expect(readPatientContext(page(again), DEMO_ADAPTER).waitingSince).toBe('2026-11-24T11:00:00.000Z');
    const { clinicianMessages: _, ...noPractice } = DEMO_ADAPTER;
    expect(readPatientContext(page(again), noPractice).waitingSince).toBe('2026-11-24T11:00:00.000Z');
    expect(readPatientContext(page(DEMO), noPractice).waitingSince).toBe('2026-11-24T09:00:00.000Z');
  });

  it('missing attributes stay unknown; consent "none" and an empty proxy are read as such', () => {
    const doc = page(`<section data-testid="patient-banner" data-consent-status="none" data-consent-date="" data-proxy-reader=""></section>`);
    expect(readPatientContext(doc, DEMO_ADAPTER)).toEqual({
      state: null,
      consent: { status: 'none', date: null },
      proxyReader: false,
      ageYears: null,
      language: null,
      waitingSince: null,
    });
  });

  it('the generic adapter reads no banner, so the location is asked for', () => {
    expect(readPatientContext(page(DEMO), GENERIC_ADAPTER)).toMatchObject({ state: null, consent: { status: 'unknown' }, proxyReader: null });
  });

  it('a policy adapter reads visible text with selectors and patterns', () => {
    const adapter = adapterSpecSchema.parse({
      name: 'acme',
      label: 'Acme EHR',
      patientBanner: '#hdr',
      patientMessages: '.msg.in',
      sentAt: { selector: 'time', attribute: 'datetime' },
      fields: {
        state: { selector: '.loc', match: 'Location:\\s*(.+)$' },
        age: { selector: '.demo', match: '(\\d+)\\s*yo' },
        consentStatus: { selector: '.consent' },
        consentDate: { selector: '.consent', match: '(\\d{4}-\\d{2}-\\d{2})' },
        proxyReader: { selector: '.proxy' },
      },
    });
    const doc = page(`
      <div id="hdr"><span class="loc">Location: District of Columbia</span><span class="demo">F, 16 yo</span>
        <span class="consent">Expired (signed 2024-01-10)</span><span class="proxy">Guardian: A. Smith</span></div>
      <div class="msg in"><time datetime="2026-11-19T10:00:00Z">Nov 19</time></div>`);
    expect(readPatientContext(doc, adapter)).toEqual({
      state: 'DC',
      consent: { status: 'expired', date: '2024-01-10' },
      proxyReader: true,
      ageYears: 16,
      language: null,
      waitingSince: '2026-11-19T10:00:00.000Z',
    });
  });

  it('a selector the browser rejects leaves the context unknown instead of throwing', () => {
    const adapter = adapterSpecSchema.parse({ name: 'odd', label: 'Odd', patientBanner: 'div:nope()', patientMessages: '::x()' });
    expect(readPatientContext(page(DEMO), adapter).state).toBeNull();
  });
});
