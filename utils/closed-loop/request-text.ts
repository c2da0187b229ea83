import { confirmationRequestText } from '../analysis/data/card-text';
import { CLINIC_PHONE_FALLBACK, CONFIRMATION_REQUEST_TEMPLATES } from './data/request-templates';

// The confirmation request: rendered in the patient's language with its placeholders filled,
// and recognized again in a reply being sent (so only a reply that carries one opens a loop).

export type RequestLanguage = keyof typeof CONFIRMATION_REQUEST_TEMPLATES;

/** `es` for Spanish (es, es-MX, spa), else English. */
export function requestLanguage(code: string | undefined | null): RequestLanguage {
  return /^(es|spa)\b/i.test(code?.trim() ?? '') ? 'es' : 'en';
}

export function formatDue(at: number, language: RequestLanguage, timeZone?: string): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es' : 'en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(at);
}

export interface RequestValues {
  dueAt: number;
  phone?: string;
  timeZone?: string;
}

/** The request texts in force: policy or options, else the built-in ones. */
export type RequestTemplates = Record<RequestLanguage, string>;

export function renderRequest(
  language: RequestLanguage,
  values: RequestValues,
  templates: RequestTemplates = CONFIRMATION_REQUEST_TEMPLATES,
): string {
  const fill: Record<string, string> = {
    due: formatDue(values.dueAt, language, values.timeZone),
    phone: values.phone?.trim() || CLINIC_PHONE_FALLBACK[language],
  };
  return templates[language].replace(/\{(due|phone)\}/g, (_, key: string) => fill[key] ?? '');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template as a pattern: placeholders match any short run, whitespace any whitespace. */
function templatePattern(template: string): RegExp {
  const body = template
    .split(/\{(?:due|phone)\}/)
    .map((part) => escape(part).replace(/\s+/g, '\\s+'))
    .join('[\\s\\S]{1,80}?');
  return new RegExp(body, 'iu');
}

const BUILT_IN_PATTERNS = [...Object.values(CONFIRMATION_REQUEST_TEMPLATES).map(templatePattern), templatePattern(confirmationRequestText)];

/** Own-words wording a clinician may type instead of the template. */
const TEACH_BACK_ASK = [/\bconfirm\b[\s\S]{0,200}\bin your own words\b/i, /\bconfirm[ae]\b[\s\S]{0,200}\bcon sus propias palabras\b/i];

/** Whether the reply carries a confirmation request: the templates in force, the built-in ones, or own words. */
export function carriesConfirmationRequest(text: string, templates?: RequestTemplates): boolean {
  const own = templates ? Object.values(templates).map(templatePattern) : [];
  return [...own, ...BUILT_IN_PATTERNS].some((p) => p.test(text)) || TEACH_BACK_ASK.some((p) => p.test(text));
}
