import type { Category } from '../analysis/schema';

// Plain names for the categories that opened a loop, for the popup and the chart note.

const LABELS: Record<Category, string> = {
  diagnosis: 'a diagnosis',
  result: 'a test result',
  therapy_change: 'a treatment change',
  urgent: 'urgent symptoms',
  sensitive: 'sensitive information',
  plain_language: 'medical wording',
  licensure: 'care across state lines',
  consent: 'messaging consent',
  proxy: 'a proxy reader',
  response_time: 'response time',
  channel: 'an insecure channel',
  expectations: 'the messaging footer',
  patient_info: 'patient information',
};

export function categoryLabel(category: Category): string {
  return LABELS[category];
}
