import type { z } from 'zod';
import {
  defaultFor,
  policySchema,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  settingFields,
  settingKeySchema,
  settingsSchema,
} from './schema';

// Effective settings = defaults < user options < managed policy, decided key by key. A key set
// by policy is locked unless the policy lists it in `userMayChange` (then the policy value is the
// organization's default and the clinician may change it). An invalid value is reported with a
// plain message and that key alone falls back to its default; an invalid policy value stays
// locked at the default, so a typo never hands the setting back to the user.

export type SettingSource = 'default' | 'user' | 'policy';

export interface SettingIssue {
  key: string;
  layer: 'user' | 'policy';
  message: string;
}

export interface ResolvedSettings {
  settings: Settings;
  sources: Record<SettingKey, SettingSource>;
  locked: Record<SettingKey, boolean>;
  issues: SettingIssue[];
}

type Layer = Record<string, unknown>;

function isRecord(value: unknown): value is Layer {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One readable sentence from zod's first complaint, naming where inside the value it is. */
export function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const where = issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  return `${issue.message}${where}`;
}

function layerOf(raw: unknown, layer: SettingIssue['layer'], issues: SettingIssue[]): Layer {
  if (raw === undefined || raw === null) return {};
  if (isRecord(raw)) return raw;
  issues.push({ key: '*', layer, message: `The ${layer} settings are not an object (received ${show(raw)}); ignored.` });
  return {};
}

function parseKey<K extends SettingKey>(key: K, raw: Layer, layer: SettingIssue['layer'], issues: SettingIssue[]) {
  if (!(key in raw)) return { present: false as const };
  const parsed = settingFields[key].safeParse(raw[key]);
  if (parsed.success) return { present: true as const, valid: true as const, value: parsed.data as Settings[K] };
  const who = layer === 'policy' ? 'The policy value' : 'Your saved value';
  issues.push({
    key,
    layer,
    message: `${who} for "${key}" is invalid: ${describeProblem(parsed.error)} (received ${show(raw[key])}). The default ${show(defaultFor(key))} applies instead.`,
  });
  return { present: true as const, valid: false as const };
}

function userMayChangeOf(policy: Layer, issues: SettingIssue[]): ReadonlySet<SettingKey> | null {
  if (!('userMayChange' in policy)) return null;
  const parsed = policySchema.shape.userMayChange.safeParse(policy.userMayChange);
  if (parsed.success && parsed.data) return new Set(parsed.data);
  const known = settingKeySchema.options.join(', ');
  issues.push({
    key: 'userMayChange',
    layer: 'policy',
    message: `The policy value for "userMayChange" is invalid: it must list setting names (${known}); received ${show(policy.userMayChange)}. Settings set by policy stay locked.`,
  });
  return null;
}

export function resolveSettings(layers: { user?: unknown; policy?: unknown }): ResolvedSettings {
  const issues: SettingIssue[] = [];
  const user = layerOf(layers.user, 'user', issues);
  const policy = layerOf(layers.policy, 'policy', issues);
  for (const key of Object.keys(policy)) {
    if (key !== 'userMayChange' && !(SETTING_KEYS as string[]).includes(key)) {
      issues.push({ key, layer: 'policy', message: `The policy sets "${key}", which is not a ReplyGuard setting; ignored.` });
    }
  }
  const mayChange = userMayChangeOf(policy, issues);
  const values: Record<string, unknown> = {};
  const sources = {} as Record<SettingKey, SettingSource>;
  const locked = {} as Record<SettingKey, boolean>;

  for (const key of SETTING_KEYS) {
    const fromPolicy = parseKey(key, policy, 'policy', issues);
    const isLocked = mayChange ? !mayChange.has(key) : fromPolicy.present;
    const fromUser = isLocked ? { present: false as const } : parseKey(key, user, 'user', issues);
    locked[key] = isLocked;
    if (fromUser.present && fromUser.valid) {
      values[key] = fromUser.value;
      sources[key] = 'user';
    } else if (fromPolicy.present && fromPolicy.valid) {
      values[key] = fromPolicy.value;
      sources[key] = 'policy';
    } else {
      values[key] = defaultFor(key);
      // An invalid policy value is still the policy's doing: the key shows as managed.
      sources[key] = fromPolicy.present ? 'policy' : 'default';
    }
  }
  values.faultInjection = user.faultInjection;
  return { settings: settingsSchema.parse(values), sources, locked, issues };
}

/** The clinician's stored options alone, validated, over the defaults. */
export function parseSettings(user: unknown): Settings {
  return resolveSettings({ user }).settings;
}
