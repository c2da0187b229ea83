// Interstate licensure compacts: which jurisdictions grant a practice privilege to whom.
// Sources: NCSBN Nurse Licensure Compact map (nursecompact.com), PSYPACT member map
// (psypact.org), PA Licensure Compact (pacompact.org), Interstate Medical Licensure Compact
// (imlcc.org). Compiled 2025-06; compacts change every legislative session, so update this
// table (and `asOf`) from those sites before relying on it. A state that has enacted a compact
// but not implemented it grants no privilege yet (`pending`).

export const COMPACTS_AS_OF = '2025-06-30';

export interface CompactEntry {
  name: string;
  /** License types that can hold the privilege. */
  licenseTypes: readonly string[];
  /** Jurisdictions where the privilege is in effect (both home and patient state must be here). */
  members: readonly string[];
  /** Enacted, not yet in effect: no privilege. */
  pending: readonly string[];
  /** What the clinician's license must carry for the privilege (shown in the reason). */
  credential: string;
  /** False for compacts that only speed licensure (IMLC) or have not issued privileges yet. */
  grantsPrivilege: boolean;
  note?: string;
}

export const COMPACTS = {
  NLC: {
    name: 'Nurse Licensure Compact',
    licenseTypes: ['RN', 'LPN'],
    members: [
      'AL', 'AZ', 'AR', 'CO', 'DE', 'FL', 'GA', 'GU', 'ID', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MS', 'MO',
      'MT', 'NE', 'NH', 'NJ', 'NM', 'NC', 'ND', 'OH', 'OK', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA',
      'VI', 'WA', 'WV', 'WI', 'WY',
    ],
    pending: ['CT', 'MA'],
    credential: 'a multistate license issued by your home compact state',
    grantsPrivilege: true,
  },
  PSYPACT: {
    name: 'PSYPACT',
    licenseTypes: ['PhD', 'PsyD'],
    members: [
      'AL', 'AZ', 'AR', 'CO', 'CT', 'DE', 'DC', 'GA', 'ID', 'IL', 'IN', 'KS', 'KY', 'ME', 'MD', 'MN', 'MO', 'NE', 'NV',
      'NH', 'NJ', 'NC', 'ND', 'OH', 'OK', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
    ],
    pending: [],
    credential: 'a PSYPACT Authority to Practice Interjurisdictional Telepsychology (APIT)',
    grantsPrivilege: true,
  },
  PA_COMPACT: {
    name: 'PA Licensure Compact',
    licenseTypes: ['PA'],
    members: [],
    pending: ['CO', 'DE', 'ME', 'MN', 'NE', 'OH', 'OK', 'TN', 'UT', 'VA', 'WA', 'WV', 'WI'],
    credential: 'a PA Compact privilege',
    grantsPrivilege: false,
    note: 'enacted, but no compact privileges had been issued when this table was compiled',
  },
  IMLC: {
    name: 'Interstate Medical Licensure Compact',
    licenseTypes: ['MD', 'DO'],
    members: [],
    pending: [],
    credential: 'a full license in the patient’s state',
    grantsPrivilege: false,
    note: 'the IMLC only speeds getting a full license in each state; it grants no privilege to practise',
  },
} as const satisfies Record<string, CompactEntry>;

export type CompactId = keyof typeof COMPACTS;
