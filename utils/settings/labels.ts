import type { SettingKey } from './schema';

// What the options page and the guides call each setting, and one line on what it does.

export const SETTING_LABELS: Record<SettingKey, { label: string; help: string }> = {
  origins: { label: 'EHR sites', help: 'The web addresses where ReplyGuard checks replies, and the site adapter for each.' },
  categories: { label: 'Categories', help: 'Turn a kind of finding on or off, or set its severity.' },
  ruleOverrides: { label: 'Rule overrides', help: 'Turn single rules off or change their severity, by rule id.' },
  reviewMode: {
    label: 'Review before send',
    help: 'off: nothing; inform: highlights only; warn: review before a risky send; require-reason: a reason to send anyway; shadow: check and audit silently.',
  },
  licenses: { label: 'Your licenses', help: 'The states and license types you practise under.' },
  consentMaxAgeMonths: { label: 'Consent valid for (months)', help: 'How old a patient’s messaging consent may be before ReplyGuard says it has expired.' },
  contextChecks: {
    label: 'Patient context checks',
    help: 'Response-time limit in hours, the severity of a licensure warning, and states where the organization allows care without a license there.',
  },
  siteAdapters: { label: 'Site adapters', help: 'Describe an EHR screen (selectors and patterns) so ReplyGuard can read patient context from it.' },
  closedLoop: { label: 'Confirmation request', help: 'The teach-back confirmation request ReplyGuard inserts (English and Spanish; {due} and {phone} are filled in), when a reply is due back, and the clinic phone.' },
  identifierLevel: { label: 'Patient identifiers shown', help: 'How much of a patient’s name ReplyGuard may show or keep: none, initials or full. Closed-loop reminders store the patient only at this level (never message text), and the popup and chart note never show more than the current level.' },
  secureChannels: {
    label: 'Secure channels',
    help: 'The organization’s e-mail domains and clinic phone numbers (anything else in a reply is treated as personal), and the secure video-visit link to suggest instead.',
  },
  footer: { label: 'Message footer', help: 'A patient-facing footer (response time, emergencies, how to reach the clinic) in English and Spanish, and whether every reply must carry it.' },
  dataLossGuard: {
    label: 'Data-loss guard',
    help: 'Off by default. Unapproved sites (personal webmail, consumer chat) listed by policy where ReplyGuard warns when a message looks like patient information, and MRN patterns.',
  },
  audit: { label: 'Audit log', help: 'Keep a local log of reviews and actions (codes and times only, never message text), and its size.' },
};
