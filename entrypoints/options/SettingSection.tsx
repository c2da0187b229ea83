import type { ReactNode } from 'react';
import type { SettingSource } from '@/utils/settings/resolve';
import { SETTING_LABELS } from '@/utils/settings/labels';
import type { SettingKey } from '@/utils/settings/schema';

const SOURCE_TEXT: Record<SettingSource, string> = {
  default: 'Default',
  user: 'Your choice',
  policy: 'Set by your organization',
};

interface Props {
  settingKey: SettingKey;
  source: SettingSource;
  locked: boolean;
  onReset?: () => void;
  children: ReactNode;
  /** Shown even when locked (granting site access to an origin the organization enabled). */
  alwaysEnabled?: ReactNode;
}

/** One setting: its name, where its value comes from, and whether the organization locked it. */
export function SettingSection({ settingKey, source, locked, onReset, children, alwaysEnabled }: Props) {
  const { label, help } = SETTING_LABELS[settingKey];
  return (
    <section className="setting" data-testid={`setting-${settingKey}`} data-source={source} data-locked={locked}>
      <h2>
        {label}
        <span className={`source ${source}`} data-testid="setting-source">
          {SOURCE_TEXT[source]}
        </span>
        {locked && (
          <span className="locked-note" data-testid="setting-locked">
            🔒 Managed by your organization
          </span>
        )}
      </h2>
      <p className="help">{help}</p>
      <fieldset disabled={locked} style={{ border: 0, padding: 0, margin: 0 }}>
        {children}
      </fieldset>
      {alwaysEnabled}
      {!locked && source === 'user' && onReset && (
        <button type="button" onClick={onReset}>
          Use the default value
        </button>
      )}
    </section>
  );
}
