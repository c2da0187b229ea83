import {
  type OverrideReasonKey,
  OVERRIDE_SYSTEM,
  overrideReasons,
  confirmationRequestText,
} from './data/card-text';
import { stableUuid } from './ids';
import type { Card, Edit, Severity, Suggestion } from './schema';

// Builds HL7 CDS Hooks cards. Rules decide what was found; this module only words it.

/** Each card's source is a fresh literal: spreading a shared object, then adding `topic`, was slow in V8. */
const SOURCE_LABEL = 'ReplyGuard';
const SUMMARY_MAX = 139;

/** Trim to the card limit on a word boundary. */
export function clampSummary(summary: string): string {
  if (summary.length <= SUMMARY_MAX) return summary;
  const cut = summary.slice(0, SUMMARY_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** A short quotation of the text for a summary ("“crushing chest pain”"). */
export function quote(text: string, max = 48): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export interface SuggestionSpec {
  label: string;
  intent: Suggestion['intent'];
  description: string;
  edit: Edit;
  recommended?: boolean;
}

export interface CardSpec {
  key: string;
  summary: string;
  detail: string;
  severity: Severity;
  topic: { code: string; display: string };
  suggestions: SuggestionSpec[];
  overrides: OverrideReasonKey[];
}

export function buildCard(spec: CardSpec): Card {
  return {
    uuid: stableUuid('card', spec.key),
    summary: clampSummary(spec.summary),
    detail: spec.detail,
    indicator: spec.severity,
    source: { label: SOURCE_LABEL, topic: spec.topic },
    suggestions: spec.suggestions.map((s, i) => ({
      uuid: stableUuid('suggestion', spec.key, i),
      label: s.label,
      intent: s.intent,
      ...(s.recommended ? { isRecommended: true } : {}),
      actions: [{ type: 'update', description: s.description, edit: s.edit }],
    })),
    ...(spec.suggestions.length > 1 ? { selectionBehavior: 'at-most-one' as const } : {}),
    overrideReasons: spec.overrides.map((code) => ({ code, system: OVERRIDE_SYSTEM, display: overrideReasons[code] })),
  };
}

/** The standard closed-loop suggestion: append a teach-back confirmation request. */
export function confirmationSuggestion(): SuggestionSpec {
  return {
    label: 'Add a confirmation request',
    intent: 'add_confirmation',
    description: 'Ask the patient to confirm receipt and say in their own words what it means and what they will do next.',
    edit: { kind: 'append', text: `\n\n${confirmationRequestText}` },
  };
}
