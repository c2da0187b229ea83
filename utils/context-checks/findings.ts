import { buildCard, quote } from '../analysis/cards';
import { stableUuid } from '../analysis/ids';
import type { Category, Finding, Severity, Source } from '../analysis/schema';
import { checkConsent } from './consent';
import { JURISDICTIONS, type Jurisdiction } from './data/jurisdictions';
import { checkLicensure, type License, type LicensureException } from './licensure';
import { proxyReason, sensitiveForOtherReaders } from './proxy';
import { checkResponseTime } from './response-time';
import type { PatientContext } from './schema';

// Context checks as engine findings, so they join the same list, cards, review and audit log
// as everything else. Findings not tied to words in the reply have an empty span at 0 (nothing
// is highlighted); response time points at the patient's message.

export interface ContextPolicy {
  licenses: readonly License[];
  licensureExceptions: readonly LicensureException[];
  licensureSeverity: Extract<Severity, 'warning' | 'critical'>;
  consentMaxAgeMonths: number;
  responseTimeHours: number;
}

export interface ContextInput {
  context: PatientContext;
  /** The engine's findings for the reply (and incoming message) being checked. */
  findings: readonly Finding[];
  policy: ContextPolicy;
  now: Date;
}

export const CONTEXT_CATEGORIES: ReadonlySet<Category> = new Set(['licensure', 'consent', 'proxy', 'response_time']);

interface Spec {
  ruleId: string;
  category: Category;
  severity: Severity;
  summary: string;
  detail: string;
  source?: Source;
  span?: { start: number; end: number };
  concept?: string;
  overrides: Parameters<typeof buildCard>[0]['overrides'];
}

function finding(spec: Spec): Finding {
  const source = spec.source ?? 'reply';
  const { start, end } = spec.span ?? { start: 0, end: 0 };
  const key = [spec.ruleId, source, start, end, spec.concept ?? ''].join('|');
  return {
    id: stableUuid(spec.ruleId, source, start, end, spec.concept ?? ''),
    category: spec.category,
    severity: spec.severity,
    source,
    start,
    end,
    ruleId: spec.ruleId,
    ...(spec.concept ? { concept: spec.concept } : {}),
    card: buildCard({
      key,
      summary: spec.summary,
      detail: spec.detail,
      severity: spec.severity,
      topic: { code: spec.ruleId, display: spec.category.replace('_', ' ') },
      suggestions: [],
      overrides: spec.overrides,
    }),
  };
}

const stateName = (state: string): string => JURISDICTIONS[state as Jurisdiction] ?? state;

function licensureFindings({ context, policy }: ContextInput): Finding[] {
  const result = checkLicensure(policy.licenses, context.state, policy.licensureExceptions);
  if (result.status === 'unknown-location') {
    return [
      finding({
        ruleId: 'licensure.location_unknown',
        category: 'licensure',
        severity: 'info',
        summary: 'Where is the patient today? Pick their state to check your license',
        detail:
          'Telehealth licensure follows the patient’s physical location at the time of care. ReplyGuard could not read it from this page; choose the state above the reply box and it is remembered for this thread.',
        overrides: ['notApplicable'],
      }),
    ];
  }
  if (result.status !== 'not-licensed' || !context.state) return [];
  return [
    finding({
      ruleId: 'licensure.not_licensed',
      category: 'licensure',
      severity: policy.licensureSeverity,
      concept: context.state,
      summary: `You may not be licensed where the patient is (${stateName(context.state)})`,
      detail: `${result.reason} Confirm the patient’s location, or arrange care by a clinician licensed there; giving clinical advice across state lines without a license or privilege may be unlicensed practice.`,
      overrides: ['notApplicable'],
    }),
  ];
}

function consentFindings({ context, policy, now }: ContextInput): Finding[] {
  const result = checkConsent(context.consent, now, policy.consentMaxAgeMonths);
  if (result.status === 'missing') {
    return [
      finding({
        ruleId: 'consent.missing',
        category: 'consent',
        severity: 'warning',
        summary: 'No consent to electronic communication on file',
        detail:
          'Document the patient’s consent to portal messaging (risks, response times, what not to send by message) before relying on this channel, or ask them to sign it.',
        overrides: ['notApplicable'],
      }),
    ];
  }
  if (result.status === 'expired') {
    const signed = result.signed ? ` (signed ${result.signed})` : '';
    return [
      finding({
        ruleId: 'consent.expired',
        category: 'consent',
        severity: 'warning',
        summary: `E-communication consent has expired${signed}`,
        detail: `Your organization renews messaging consent every ${policy.consentMaxAgeMonths} months. Ask the patient to renew it and document the new date.`,
        overrides: ['notApplicable'],
      }),
    ];
  }
  return [];
}

function proxyFindings({ context, findings }: ContextInput, reply: string): Finding[] {
  const reason = proxyReason(context);
  if (!reason) return [];
  return sensitiveForOtherReaders(findings).map((sensitive) => {
    const words = reply ? `“${quote(reply.slice(sensitive.start, sensitive.end))}”` : 'Sensitive information';
    return finding({
      ruleId: reason === 'proxy' ? 'proxy.sensitive_with_proxy' : 'proxy.sensitive_adolescent',
      category: 'proxy',
      severity: 'critical',
      span: { start: sensitive.start, end: sensitive.end },
      ...(sensitive.concept ? { concept: sensitive.concept } : {}),
      summary:
        reason === 'proxy'
          ? `${words} in a thread a proxy reads`
          : `${words} to a ${context.ageYears}-year-old whose parent may read the portal`,
      detail:
        reason === 'proxy'
          ? 'Someone other than the patient (parent, guardian or caregiver) reads this thread. Share this only if the patient agreed that this reader may see it; otherwise talk with the patient directly.'
          : 'Adolescents are entitled to confidential care for sensitive services in most states, and parents often have proxy access to the portal. Talk with the patient directly, or confirm who reads this thread first.',
      overrides: ['proxyAware', 'discussedLive', 'notApplicable'],
    });
  });
}

function responseTimeFindings({ context, policy, now }: ContextInput): Finding[] {
  const result = checkResponseTime(context.waitingSince, now, policy.responseTimeHours);
  if (result.status !== 'overdue') return [];
  const days = Math.floor(result.hours / 24);
  const age = days >= 2 ? `${days} days` : `${result.hours} hours`;
  return [
    finding({
      ruleId: 'response_time.overdue',
      category: 'response_time',
      severity: 'info',
      source: 'incoming',
      summary: `The patient has waited ${age} for a reply`,
      detail: `Your organization aims to answer portal messages within ${policy.responseTimeHours} hours. Acknowledge the delay, and check whether anything has changed since the patient wrote.`,
      overrides: ['notApplicable'],
    }),
  ];
}

/** Every context finding for one check. `reply` quotes sensitive words in proxy cards. */
export function contextFindings(input: ContextInput, reply = ''): Finding[] {
  return [...responseTimeFindings(input), ...licensureFindings(input), ...consentFindings(input), ...proxyFindings(input, reply)];
}
