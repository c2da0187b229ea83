import { describe, expect, it } from 'vitest';
import { confirmationRequestText } from '../../utils/analysis/data/card-text';
import { chartNote } from '../../utils/closed-loop/chart-note';
import { initialsOf, patientLabel, shownLabel } from '../../utils/closed-loop/identifiers';
import { closeByHand, confirm, openLoop } from '../../utils/closed-loop/machine';
import { carriesConfirmationRequest, renderRequest, requestLanguage } from '../../utils/closed-loop/request-text';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 20, 14, 30);
const UTC = 'UTC';

describe('confirmation request text', () => {
  it('fills the due time and clinic phone, in English and Spanish', () => {
    const en = renderRequest('en', { dueAt: T0, phone: '617-555-0100', timeZone: UTC });
    expect(en).toContain('Please reply by Friday, November 20 at 2:30 PM to confirm');
    expect(en).toContain('In your own words');
    expect(en).toContain('call 617-555-0100, or call 911');
    expect(en).not.toMatch(/[{}]/);
    const es = renderRequest('es', { dueAt: T0, timeZone: UTC });
    expect(es).toContain('viernes, 20 de noviembre');
    expect(es).toContain('Con sus propias palabras');
    expect(es).toContain('llame a la clínica');
  });

  it('uses the templates from policy or options, and recognizes them when sent', () => {
    const templates = {
      en: 'Reply CONFIRMED by {due}, then tell us the plan in your own words. Worse? Call {phone} or 911.',
      es: 'Responda CONFIRMADO antes del {due}; si empeora, llame a {phone} o al 911.',
    };
    const en = renderRequest('en', { dueAt: T0, phone: '555-0100', timeZone: UTC }, templates);
    expect(en).toBe('Reply CONFIRMED by Friday, November 20 at 2:30 PM, then tell us the plan in your own words. Worse? Call 555-0100 or 911.');
    const es = renderRequest('es', { dueAt: T0, timeZone: UTC }, templates);
    expect(es).toContain('llame a la clínica o al 911');
    expect(carriesConfirmationRequest(`Your labs are back.\n\n${es}`, templates)).toBe(true);
    expect(carriesConfirmationRequest(`Your labs are back.\n\n${es}`)).toBe(false);
  });

  it('picks Spanish from the preferred-language code, else English', () => {
    expect(requestLanguage('es')).toBe('es');
    expect(requestLanguage('es-MX')).toBe('es');
    expect(requestLanguage('spa')).toBe('es');
    expect(requestLanguage('en')).toBe('en');
    expect(requestLanguage('pt')).toBe('en');
    expect(requestLanguage(undefined)).toBe('en');
  });

  it('recognizes a rendered request in a reply, the engine card text, and own-words requests', () => {
    const reply = `Your A1c is 8.1. We should talk about it.\n\n${renderRequest('en', { dueAt: T0, timeZone: UTC })}`;
    expect(carriesConfirmationRequest(reply)).toBe(true);
    expect(carriesConfirmationRequest(`Hola.\n${renderRequest('es', { dueAt: T0, phone: '555', timeZone: UTC })}`)).toBe(true);
    expect(carriesConfirmationRequest(`Results attached. ${confirmationRequestText}`)).toBe(true);
    expect(carriesConfirmationRequest('Please confirm and tell me in your own words what you will do.')).toBe(true);
    expect(carriesConfirmationRequest('Your refill was sent to the pharmacy. Do you understand?')).toBe(false);
  });
});

describe('patient identifiers at the policy level', () => {
  it('none, initials, full', () => {
    expect(patientLabel('Ana Rodríguez', 'none')).toBeUndefined();
    expect(patientLabel('Ana Rodríguez', 'initials')).toBe('A.R.');
    expect(patientLabel('Ana Rodríguez', 'full')).toBe('Ana Rodríguez');
    expect(patientLabel('  ', 'full')).toBeUndefined();
    expect(initialsOf('Chen, Robert')).toBe('C.R.');
    expect(initialsOf('María José García-López')).toBe('M.J.G.L.');
  });

  it('shows no more than the current level allows', () => {
    expect(shownLabel('Ana Rodríguez', 'initials')).toBe('A.R.');
    expect(shownLabel('A.R.', 'initials')).toBe('A.R.');
    expect(shownLabel('Ana Rodríguez', 'none')).toBeUndefined();
    expect(shownLabel('Ana Rodríguez', 'full')).toBe('Ana Rodríguez');
  });
});

describe('chart note', () => {
  const opened = openLoop('loop-0001', { thread: { url: 'https://ehr.example.org/t/1' }, categories: ['result', 'therapy_change'], language: 'es', sentAt: T0 }, 48);

  it('says what was sent, that confirmation was requested, and when it came back', () => {
    const note = chartNote(confirm(opened, T0 + 20 * HOUR), { now: T0 + 21 * HOUR, patient: 'A.R.', timeZone: UTC });
    expect(note.split('\n')).toEqual([
      'Patient: A.R.',
      'Patient portal message sent Nov 20, 2026, 2:30 PM regarding a test result, a treatment change.',
      'Confirmation of receipt and understanding (teach-back) requested in Spanish, due Nov 22, 2026, 2:30 PM.',
      'Patient confirmed receipt and understanding by portal message Nov 21, 2026, 10:30 AM.',
    ]);
  });

  it('pending, overdue and closed by hand; no patient line without an identifier', () => {
    expect(chartNote(opened, { now: T0 + HOUR, timeZone: UTC })).toMatch(/No confirmation received as of Nov 20, 2026, 3:30 PM\.$/);
    expect(chartNote(opened, { now: T0 + 50 * HOUR, timeZone: UTC })).toMatch(/\(overdue\)\.$/);
    const closed = chartNote(closeByHand(opened, T0 + 2 * HOUR), { now: T0 + 3 * HOUR, timeZone: UTC });
    expect(closed).toMatch(/Loop closed by clinician Nov 20, 2026, 4:30 PM without a portal confirmation\.$/);
    expect(closed).not.toContain('Patient:');
  });
});
