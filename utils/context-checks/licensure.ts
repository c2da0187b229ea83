import { COMPACTS, type CompactEntry } from './data/compacts';
import { JURISDICTIONS, type Jurisdiction } from './data/jurisdictions';

// May this clinician care for a patient located in `state`? The patient's physical location at
// the time of care decides. A full license there, a compact privilege (both the home state and
// the patient's state in force in the compact, and the license carrying the compact credential)
// or an administrator's exception allow it; nothing else does.

export interface License {
  state: string;
  type: string;
  /** The license carries its compact credential (NLC multistate license, PSYPACT APIT, ...). */
  compact?: boolean;
}

export interface LicensureException {
  state: string;
  /** License types it applies to; every type when absent. */
  types?: readonly string[];
  reason: string;
}

export type LicensureResult =
  | { status: 'no-licenses' }
  | { status: 'unknown-location' }
  | { status: 'licensed'; via: 'license' | 'compact' | 'exception'; reason: string }
  | { status: 'not-licensed'; reason: string };

const name = (state: string): string => JURISDICTIONS[state as Jurisdiction] ?? state;

function compactFor(type: string): CompactEntry | undefined {
  return Object.values(COMPACTS).find((c) => (c.licenseTypes as readonly string[]).includes(type));
}

const inForce = (compact: CompactEntry, state: string): boolean => compact.members.includes(state);

function compactPrivilege(license: License, state: string): string | null {
  const compact = compactFor(license.type);
  if (!compact?.grantsPrivilege || !license.compact) return null;
  if (!inForce(compact, license.state) || !inForce(compact, state)) return null;
  return `${license.type} license from ${name(license.state)} with ${compact.credential} (${compact.name}; ${name(state)} is a member)`;
}

/** Why no compact helps, for the reason text: the first applicable explanation. */
function compactGap(licenses: readonly License[], state: string): string {
  for (const license of licenses) {
    const compact = compactFor(license.type);
    if (!compact) continue;
    if (!compact.grantsPrivilege) return ` The ${compact.name} does not help: ${compact.note}.`;
    if (compact.pending.includes(state)) return ` ${name(state)} has enacted the ${compact.name} but it is not in effect there yet.`;
    if (!inForce(compact, state)) return ` ${name(state)} is not a member of the ${compact.name}.`;
    if (!inForce(compact, license.state)) return ` Your home state ${name(license.state)} is not a member of the ${compact.name} in force.`;
    if (!license.compact) return ` Your ${license.type} license is not marked as carrying ${compact.credential}.`;
  }
  return '';
}

export function checkLicensure(
  licenses: readonly License[],
  state: string | null,
  exceptions: readonly LicensureException[] = [],
): LicensureResult {
  if (licenses.length === 0) return { status: 'no-licenses' };
  if (!state) return { status: 'unknown-location' };
  const full = licenses.find((l) => l.state === state);
  if (full) return { status: 'licensed', via: 'license', reason: `${full.type} license in ${name(state)}` };
  for (const license of licenses) {
    const privilege = compactPrivilege(license, state);
    if (privilege) return { status: 'licensed', via: 'compact', reason: privilege };
  }
  const exception = exceptions.find(
    (e) => e.state === state && (!e.types || licenses.some((l) => e.types?.includes(l.type))),
  );
  if (exception) return { status: 'licensed', via: 'exception', reason: `organization exception for ${name(state)}: ${exception.reason}` };
  const held = [...new Set(licenses.map((l) => `${l.type} (${l.state})`))].join(', ');
  return {
    status: 'not-licensed',
    reason: `The patient is in ${name(state)}; your licenses on record are ${held}.${compactGap(licenses, state)}`,
  };
}
