import type { Severity } from '@/utils/analysis/schema';
import { severityLabel } from './severity';

// Severity as shape + word + color: an octagon for critical, a triangle for warning, a circle
// for a note. The icon is decorative; the word carries the meaning for assistive technology.

const iconPaths: Record<Severity, string> = {
  critical: 'M5.3 1h5.4L15 5.3v5.4L10.7 15H5.3L1 10.7V5.3z',
  warning: 'M8 1.2 15.2 14H.8z',
  info: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1z',
};

const glyph: Record<Severity, string> = { critical: '!', warning: '!', info: 'i' };

export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className="rg-sev-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={iconPaths[severity]} />
      <text x="8" y={severity === 'warning' ? 12.4 : 11.6} textAnchor="middle">
        {glyph[severity]}
      </text>
    </svg>
  );
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`rg-sev rg-sev--${severity}`}>
      <SeverityIcon severity={severity} />
      {severityLabel[severity].one}
    </span>
  );
}
