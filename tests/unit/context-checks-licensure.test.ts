import { describe, expect, it } from 'vitest';
import { COMPACTS } from '../../utils/context-checks/data/compacts';
import { JURISDICTIONS } from '../../utils/context-checks/data/jurisdictions';
import { checkLicensure } from '../../utils/context-checks/licensure';
import { US_STATES } from '../../utils/settings/schema';

describe('licensure at the patient’s location', () => {
  const md = [{ state: 'MA', type: 'MD' }];

  it('says nothing without licenses on record, and asks when the location is unknown', () => {
    expect(checkLicensure([], 'FL')).toEqual({ status: 'no-licenses' });
    expect(checkLicensure(md, null)).toEqual({ status: 'unknown-location' });
  });

  it('a full license in the patient’s state allows care; elsewhere it does not', () => {
    expect(checkLicensure(md, 'MA')).toMatchObject({ status: 'licensed', via: 'license' });
    const result = checkLicensure(md, 'FL');
    expect(result.status).toBe('not-licensed');
    expect(result).toMatchObject({ reason: expect.stringContaining('Florida') });
    expect(result).toMatchObject({ reason: expect.stringContaining('MD (MA)') });
  });

  it('IMLC grants no privilege, and the reason says so', () => {
    const result = checkLicensure([{ state: 'CO', type: 'MD', compact: true }], 'UT');
    expect(result.status).toBe('not-licensed');
    expect(result).toMatchObject({ reason: expect.stringContaining('Interstate Medical Licensure Compact does not help') });
  });

  it('NLC: a multistate RN license from a member state covers another member state', () => {
    expect(checkLicensure([{ state: 'TX', type: 'RN', compact: true }], 'FL')).toMatchObject({ status: 'licensed', via: 'compact' });
    expect(checkLicensure([{ state: 'TX', type: 'LPN', compact: true }], 'GU')).toMatchObject({ status: 'licensed', via: 'compact' });
  });

  it('NLC: no privilege without the multistate credential, from a non-member home state, or into a non-member state', () => {
    expect(checkLicensure([{ state: 'TX', type: 'RN' }], 'FL')).toMatchObject({
      status: 'not-licensed',
      reason: expect.stringContaining('not marked as carrying'),
    });
    expect(checkLicensure([{ state: 'CA', type: 'RN', compact: true }], 'FL')).toMatchObject({
      status: 'not-licensed',
      reason: expect.stringContaining('home state California'),
    });
    expect(checkLicensure([{ state: 'TX', type: 'RN', compact: true }], 'NY')).toMatchObject({
      status: 'not-licensed',
      reason: expect.stringContaining('New York is not a member'),
    });
  });

  it('NLC: a state that enacted the compact but has not implemented it grants nothing yet', () => {
    expect(checkLicensure([{ state: 'TX', type: 'RN', compact: true }], 'MA')).toMatchObject({
      status: 'not-licensed',
      reason: expect.stringContaining('not in effect there yet'),
    });
  });

  it('PSYPACT covers DC for a psychologist with an APIT, but not for a physician', () => {
    expect(checkLicensure([{ state: 'VA', type: 'PsyD', compact: true }], 'DC')).toMatchObject({ status: 'licensed', via: 'compact' });
    expect(checkLicensure([{ state: 'VA', type: 'MD' }], 'DC')).toMatchObject({
      status: 'not-licensed',
      reason: expect.stringContaining('District of Columbia'),
    });
  });

  it('PA Compact has issued no privileges in the current table', () => {
    expect(checkLicensure([{ state: 'DE', type: 'PA', compact: true }], 'WI')).toMatchObject({
      status: 'not-licensed',
      reason: expect.stringContaining('PA Licensure Compact does not help'),
    });
  });

  it('territories: Puerto Rico needs its own license; a Virgin Islands NLC nurse covers Guam', () => {
    expect(checkLicensure([{ state: 'FL', type: 'RN', compact: true }], 'PR').status).toBe('not-licensed');
    expect(checkLicensure([{ state: 'PR', type: 'MD' }], 'PR').status).toBe('licensed');
    expect(checkLicensure([{ state: 'VI', type: 'RN', compact: true }], 'GU')).toMatchObject({ status: 'licensed', via: 'compact' });
  });

  it('an organization exception allows care, limited to its license types', () => {
    const exceptions = [{ state: 'NH', types: ['MD'], reason: 'established-patient follow-up' }];
    expect(checkLicensure(md, 'NH', exceptions)).toMatchObject({
      status: 'licensed',
      via: 'exception',
      reason: expect.stringContaining('established-patient follow-up'),
    });
    expect(checkLicensure([{ state: 'MA', type: 'NP' }], 'NH', exceptions).status).toBe('not-licensed');
    expect(checkLicensure(md, 'NH', [{ state: 'NH', reason: 'any type' }]).status).toBe('licensed');
  });

  it('the compact table names only known jurisdictions, and every license state is one', () => {
    for (const compact of Object.values(COMPACTS)) {
      for (const state of [...compact.members, ...compact.pending]) expect(JURISDICTIONS, state).toHaveProperty(state);
    }
    for (const state of US_STATES) expect(JURISDICTIONS, state).toHaveProperty(state);
  });
});
