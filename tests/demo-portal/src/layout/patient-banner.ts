import { h } from '../dom';
import { birthDateForAge, daysAgo, formatDate, isoDate } from '../threads/dates';
import type { Patient } from '../threads/schema';

// Patient banner: what the clinician sees above every thread, also exposed as data-* attributes.

/** Where the demo clinic is licensed; a patient elsewhere is highlighted. */
const CLINIC_STATE = 'MA';

type ConsentView = { text: string; date: string; status: string; tone: 'ok' | 'warn' | 'alert' };

function consentView(consent: Patient['consent']): ConsentView {
  if (consent.status === 'none') return { text: 'None on file', date: '', status: 'none', tone: 'alert' };
  const signed = daysAgo(consent.signedDaysAgo);
  if (consent.status === 'on-file') {
    return { text: `On file, signed ${formatDate(signed)}`, date: isoDate(signed), status: 'on-file', tone: 'ok' };
  }
  const expired = daysAgo(consent.signedDaysAgo - consent.validDays);
  return {
    text: `Expired ${formatDate(expired)} (signed ${formatDate(signed)})`,
    date: isoDate(signed),
    status: 'expired',
    tone: 'warn',
  };
}

function field(label: string, value: string, testId: string, tone?: string): HTMLElement {
  return h(
    'div',
    { class: `banner-field${tone ? ` tone-${tone}` : ''}`, 'data-testid': testId },
    h('dt', {}, label),
    h('dd', {}, value),
  );
}

export function renderPatientBanner(patient: Patient): HTMLElement {
  const birthDate = birthDateForAge(patient.ageYears);
  const consent = consentView(patient.consent);
  const proxy = patient.proxyReader ? `${patient.proxyReader.name} (${patient.proxyReader.relationship})` : 'None';
  return h(
    'section',
    {
      class: 'patient-banner',
      'aria-label': `Patient: ${patient.name}`,
      'data-testid': 'patient-banner',
      'data-patient-name': patient.name,
      'data-patient-age': patient.ageYears,
      'data-patient-dob': isoDate(birthDate),
      'data-patient-sex': patient.sex,
      'data-mrn': patient.mrn,
      'data-patient-state': patient.state.code,
      'data-consent-date': consent.date,
      'data-consent-status': consent.status,
      'data-proxy-reader': patient.proxyReader ? `${patient.proxyReader.relationship}: ${patient.proxyReader.name}` : '',
      'data-language': patient.language.code,
    },
    h(
      'div',
      { class: 'banner-identity' },
      h('p', { class: 'patient-name', 'data-testid': 'patient-name' }, patient.name),
      h('p', { class: 'patient-demographics' }, `${patient.ageYears} y ${patient.sex} · DOB ${formatDate(birthDate)} · MRN ${patient.mrn}`),
    ),
    h(
      'dl',
      { class: 'banner-fields' },
      field('Current location', `${patient.state.name} (${patient.state.code})`, 'banner-location', patient.state.code === CLINIC_STATE ? undefined : 'warn'),
      field('E-communication consent', consent.text, 'banner-consent', consent.tone),
      field('Proxy reader', proxy, 'banner-proxy', patient.proxyReader ? 'warn' : undefined),
      field('Preferred language', patient.language.name, 'banner-language', patient.language.code === 'en' ? undefined : 'warn'),
    ),
  );
}
