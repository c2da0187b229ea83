import type { ReactNode } from 'react';
import { SETTING_LABELS } from '@/utils/settings/labels';
import type { ResolvedSettings } from '@/utils/settings/resolve';
import { LICENSE_TYPES, type SettingKey, settingFields, US_STATES } from '@/utils/settings/schema';
import { clearUserValue, saveUserValue } from '@/utils/settings/storage';
import { AuditPanel } from './AuditPanel';
import { CategoriesEditor } from './CategoriesEditor';
import { JsonEditor } from './JsonEditor';
import { OriginAccessList, OriginsEditor } from './OriginsEditor';
import { RuleStatsPanel } from './RuleStatsPanel';
import { SettingSection } from './SettingSection';
import { StorageNotice } from './StorageNotice';
import { useResolved } from './useResolved';

// Every setting with where its value comes from; those the organization set are locked.

const save = (key: SettingKey) => (value: unknown) => void saveUserValue(key, value);

function Issues({ resolved }: { resolved: ResolvedSettings }) {
  if (resolved.issues.length === 0) return null;
  return (
    <div className="issues" role="alert" data-testid="setting-issues">
      <strong>Some settings could not be used</strong>
      <ul>
        {resolved.issues.map((issue) => (
          <li key={`${issue.layer}:${issue.key}`} data-testid="setting-issue" data-key={issue.key} data-layer={issue.layer}>
            {issue.message}
          </li>
        ))}
      </ul>
      <p>Tell your IT administrator about policy problems; ReplyGuard uses safe defaults for these settings meanwhile.</p>
    </div>
  );
}

function NumberInput({ value, label, onSave }: { value: number; label: string; onSave: (value: number) => void }) {
  return (
    <input type="number" aria-label={label} defaultValue={value} key={value} onBlur={(event) => onSave(Number(event.target.value))} />
  );
}

function TextInput({ value, label, onSave }: { value: string; label: string; onSave: (value: string) => void }) {
  return <input type="text" aria-label={label} defaultValue={value} key={value} onBlur={(event) => onSave(event.target.value)} />;
}

function Select<T extends string>({ value, options, label, onSave }: { value: T; options: readonly T[]; label: string; onSave: (value: T) => void }) {
  return (
    <select aria-label={label} value={value} onChange={(event) => onSave(event.target.value as T)}>
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}

function editorFor(key: SettingKey, resolved: ResolvedSettings): ReactNode {
  const { settings } = resolved;
  const label = SETTING_LABELS[key].label;
  switch (key) {
    case 'origins':
      return <OriginsEditor origins={settings.origins} onSave={save(key)} />;
    case 'categories':
      return <CategoriesEditor value={settings.categories} onSave={save(key)} />;
    case 'reviewMode':
      return <Select label={label} value={settings.reviewMode} options={settingFields.reviewMode.unwrap().options} onSave={save(key)} />;
    case 'identifierLevel':
      return <Select label={label} value={settings.identifierLevel} options={settingFields.identifierLevel.unwrap().options} onSave={save(key)} />;
    case 'consentMaxAgeMonths':
      return <NumberInput label={label} value={settings.consentMaxAgeMonths} onSave={save(key)} />;
    case 'closedLoop':
      return (
        <div>
          <label>
            Due in hours <NumberInput label="Confirmation due in hours" value={settings.closedLoop.dueHours} onSave={(dueHours) => save(key)({ ...settings.closedLoop, dueHours })} />
          </label>
          <JsonEditor label="Confirmation request templates (en, es)" value={settings.closedLoop.template} schema={settingFields.closedLoop.unwrap().shape.template} onSave={(template) => save(key)({ ...settings.closedLoop, template })} />
          <label>
            Clinic phone <TextInput label="Clinic phone for {phone}" value={settings.closedLoop.clinicPhone} onSave={(clinicPhone) => save(key)({ ...settings.closedLoop, clinicPhone })} />
          </label>
        </div>
      );
    case 'audit':
      return (
        <div>
          <label>
            <input type="checkbox" checked={settings.audit.enabled} onChange={(event) => save(key)({ ...settings.audit, enabled: event.target.checked })} /> Keep an audit log
          </label>{' '}
          <label>
            Keep at most <NumberInput label="Audit log size" value={settings.audit.maxEntries} onSave={(maxEntries) => save(key)({ ...settings.audit, maxEntries })} /> entries
          </label>
        </div>
      );
    case 'licenses':
      return (
        <JsonEditor
          label={`${label}: a list of {"state", "type"}; states ${US_STATES.slice(0, 3).join(', ')}...; types ${LICENSE_TYPES.join(', ')}`}
          value={settings.licenses}
          schema={settingFields.licenses}
          onSave={save(key)}
        />
      );
    case 'contextChecks':
      return <JsonEditor label={label} value={settings.contextChecks} schema={settingFields.contextChecks} onSave={save(key)} />;
    case 'siteAdapters':
      return <JsonEditor label={label} value={settings.siteAdapters} schema={settingFields.siteAdapters} onSave={save(key)} />;
    case 'ruleOverrides':
      return <JsonEditor label={label} value={settings.ruleOverrides} schema={settingFields.ruleOverrides} onSave={save(key)} />;
  }
}

export function OptionsApp() {
  const resolved = useResolved();
  if (!resolved) return <main aria-busy="true">Loading settings…</main>;
  const keys = Object.keys(SETTING_LABELS) as SettingKey[];
  return (
    <main>
      <h1>ReplyGuard options</h1>
      <p>Settings marked “Managed by your organization” are set by your IT administrator and cannot be changed here.</p>
      <StorageNotice />
      <Issues resolved={resolved} />
      {keys.map((key) => (
        <SettingSection
          key={key}
          settingKey={key}
          source={resolved.sources[key]}
          locked={resolved.locked[key]}
          onReset={() => void clearUserValue(key)}
          alwaysEnabled={key === 'origins' ? <OriginAccessList origins={resolved.settings.origins} /> : key === 'audit' ? <AuditPanel /> : undefined}
        >
          {editorFor(key, resolved)}
        </SettingSection>
      ))}
      <RuleStatsPanel />
    </main>
  );
}
