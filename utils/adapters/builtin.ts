import { type AdapterSpec, adapterSpecSchema } from './schema';

// The adapters shipped with ReplyGuard. `generic` knows no page structure: the clinician enters
// context by hand (the state picker). `demo` describes the demo portal's In Basket
// (tests/demo-portal/README.md, 2026-11).

export const GENERIC_ADAPTER: AdapterSpec = adapterSpecSchema.parse({
  name: 'generic',
  label: 'Any composer (context entered by hand)',
  patientMessages: '[data-role="patient-message"]',
});

export const DEMO_ADAPTER: AdapterSpec = adapterSpecSchema.parse({
  name: 'demo',
  label: 'Northwind Health In Basket (demo portal)',
  composers: '[data-testid="reply-composer"] [contenteditable="true"], [data-testid="reply-composer"] textarea',
  sendControls: '[data-testid="send-button"]',
  enterSends: '[data-testid="enter-to-send"]:checked',
  composerContainer: '[data-testid="reply-composer"]',
  patientMessages: '[data-role="patient-message"]',
  clinicianMessages: '[data-role="clinician-message"]',
  sentAt: { attribute: 'data-sent-at' },
  patientBanner: '[data-testid="patient-banner"]',
  fields: {
    state: { attribute: 'data-patient-state' },
    consentStatus: { attribute: 'data-consent-status' },
    consentDate: { attribute: 'data-consent-date' },
    proxyReader: { attribute: 'data-proxy-reader' },
    age: { attribute: 'data-patient-age' },
    language: { attribute: 'data-language' },
  },
});

export const BUILTIN_ADAPTERS: readonly AdapterSpec[] = [GENERIC_ADAPTER, DEMO_ADAPTER];

/** The adapter named for an origin: policy adapters first (they may refine a built-in), then ours. */
export function adapterNamed(name: string, policyAdapters: readonly AdapterSpec[]): AdapterSpec {
  return policyAdapters.find((a) => a.name === name) ?? BUILTIN_ADAPTERS.find((a) => a.name === name) ?? GENERIC_ADAPTER;
}
