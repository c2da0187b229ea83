import { describe, expect, it } from 'vitest';
import {
  findAddresses,
  findPhoneNumbers,
  isPersonalDomain,
  isPublicNumber,
  sameNumber,
} from '../../utils/analysis/rules/channel-addresses';

// Parsing e-mail addresses and phone numbers, and deciding whose they are.

describe('findAddresses', () => {
  it('finds addresses with their domain and drops a trailing period', () => {
    const text = 'write to a.b+c@mail.example.org. or x_y@gmail.com';
    expect(findAddresses(text).map((a) => [text.slice(a.start, a.end), a.domain])).toEqual([
      ['a.b+c@mail.example.org', 'mail.example.org'],
      ['x_y@gmail.com', 'gmail.com'],
    ]);
  });

  it.each([['@gmail.com'], ['me@localhost'], ['a@b..com'], ['meet @ 5pm']])('ignores "%s"', (text) => {
    expect(findAddresses(text)).toEqual([]);
  });

  it('stays linear on a long run of address characters with no @', () => {
    expect(findAddresses(`${'a'.repeat(200_000)}@`)).toEqual([]);
  });
});

describe('isPersonalDomain', () => {
  it('with an allow-list, anything off it (or its subdomains) is personal', () => {
    const org = { emailDomains: ['@Clinic.org '] };
    expect(isPersonalDomain('clinic.org', org)).toBe(false);
    expect(isPersonalDomain('peds.clinic.org', org)).toBe(false);
    expect(isPersonalDomain('notclinic.org', org)).toBe(true);
    expect(isPersonalDomain('university.edu', org)).toBe(true);
  });

  it('without one, only consumer webmail is personal', () => {
    expect(isPersonalDomain('gmail.com')).toBe(true);
    expect(isPersonalDomain('icloud.com', { emailDomains: [] })).toBe(true);
    expect(isPersonalDomain('university.edu')).toBe(false);
  });
});

describe('phone numbers', () => {
  it('finds the usual US shapes and not doses, dates or vitals', () => {
    const text = 'Call (555) 123-4567, 555.123.4568, +1 555 123 4569, 1-800-222-1222 or 123-4567; BP 128/82 on 3/14, 500 mg.';
    expect(findPhoneNumbers(text).map((n) => n.digits)).toEqual(['5551234567', '5551234568', '15551234569', '18002221222', '1234567']);
  });

  it('compares digits only, with or without the country code, local numbers by their last 7 digits', () => {
    expect(sameNumber('(555) 010-2000', '+1 555.010.2000')).toBe(true);
    expect(sameNumber('555-010-2000', '010-2000')).toBe(true);
    expect(sameNumber('555-010-2000', '555-010-2001')).toBe(false);
    expect(sameNumber('', '555-010-2000')).toBe(false);
  });

  it('treats help lines and toll-free numbers as public', () => {
    expect(isPublicNumber('911')).toBe(true);
    expect(isPublicNumber('988')).toBe(true);
    expect(isPublicNumber('18002221222')).toBe(true);
    expect(isPublicNumber('5551234567')).toBe(false);
  });
});
