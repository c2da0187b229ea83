import { z } from 'zod';
import { policySchema } from '../../utils/settings/schema';

// The manifest's storage.managed_schema, generated from the zod policy schema. It keeps only
// the shape (types, properties, items) and deliberately leaves out enums, patterns and ranges:
// Chromium silently drops a value that breaks its schema, so the extension would never learn of
// an administrator's typo. With shape-only types a bad value reaches ReplyGuard, which validates
// it with zod and shows the administrator and user exactly what was wrong.

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: { enum?: string[] };
};

export type ManagedSchema = {
  type: string;
  properties?: Record<string, ManagedSchema>;
  items?: ManagedSchema;
  additionalProperties?: ManagedSchema;
};

export function toManagedSchema(node: JsonSchema): ManagedSchema {
  if (!node.type) throw new Error(`policy schema node without a single type: ${JSON.stringify(node).slice(0, 120)}`);
  const out: ManagedSchema = { type: node.type };
  if (node.type === 'array' && node.items) out.items = toManagedSchema(node.items);
  if (node.type !== 'object') return out;
  const properties: Record<string, ManagedSchema> = {};
  for (const [key, child] of Object.entries(node.properties ?? {})) properties[key] = toManagedSchema(child);
  const extra = typeof node.additionalProperties === 'object' ? toManagedSchema(node.additionalProperties) : undefined;
  // A record keyed by an enum (categories) becomes one named property per key.
  if (extra && node.propertyNames?.enum) {
    for (const key of node.propertyNames.enum) properties[key] = extra;
  } else if (extra) {
    out.additionalProperties = extra;
  }
  if (Object.keys(properties).length > 0) out.properties = properties;
  return out;
}

export function managedSchema(): ManagedSchema {
  return toManagedSchema(z.toJSONSchema(policySchema, { io: 'input' }) as JsonSchema);
}
