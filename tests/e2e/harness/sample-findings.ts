import type { Finding, OverrideReason, Suggestion } from '@/utils/analysis/schema';

// Hand-written findings in the engine's shape, for the overlay's unit tests and its
// accessibility harness. Wording follows what the engine's cards are expected to say.

const reasonSystem = 'urn:replyguard:override-reason';

const discussed: OverrideReason = { code: 'already-discussed', system: reasonSystem, display: 'Already discussed with the patient' };
const requested: OverrideReason = { code: 'patient-requested', system: reasonSystem, display: 'Patient asked for it in writing' };
const routine: OverrideReason = { code: 'routine', system: reasonSystem, display: 'Routine, no call needed' };

const callInstead = (uuid: string): Suggestion => ({
  uuid,
  label: 'Call the patient instead',
  intent: 'call_instead',
  isRecommended: true,
  actions: [{ type: 'update', description: 'Replace the reply with a request to call', edit: { kind: 'replace', start: 0, end: 60, text: 'Please call the clinic so we can go over your results.' } }],
});

export const criticalFinding: Finding = {
  id: 'f-dx',
  category: 'diagnosis',
  severity: 'critical',
  source: 'reply',
  start: 20,
  end: 28,
  ruleId: 'diagnosis.serious',
  concept: 'melanoma',
  card: {
    uuid: 'c-dx',
    summary: 'New serious diagnosis (melanoma) in a portal message',
    detail: 'Serious news delivered by message, without a clinician to answer questions, is a common cause of distress and complaints.\nA call or visit lets the patient ask what it means.',
    indicator: 'critical',
    source: { label: 'ReplyGuard disclosure rules' },
    suggestions: [
      callInstead('s-dx-call'),
      { uuid: 's-dx-confirm', label: 'Add "please call to discuss"', intent: 'add_confirmation', actions: [{ type: 'create', description: 'Append a call request', edit: { kind: 'append', text: '\nPlease call us to discuss.' } }] },
    ],
    overrideReasons: [discussed, requested],
  },
};

export const warningFinding: Finding = {
  id: 'f-med',
  category: 'therapy_change',
  severity: 'warning',
  source: 'reply',
  start: 40,
  end: 52,
  ruleId: 'therapy.high_alert',
  concept: 'warfarin',
  card: {
    uuid: 'c-med',
    summary: 'Dose change for a high-alert drug (warfarin)',
    detail: 'Written dose changes for high-alert drugs are easy to misread. Confirming by phone catches mistakes.',
    indicator: 'warning',
    source: { label: 'ISMP high-alert medications' },
    suggestions: [
      callInstead('s-med-call'),
      { uuid: 's-med-confirm', label: 'Ask the patient to confirm the new dose', intent: 'add_confirmation', actions: [{ type: 'create', description: 'Append a confirmation request', edit: { kind: 'append', text: '\nPlease reply to confirm the new dose.' } }] },
    ],
    overrideReasons: [discussed, routine],
  },
};

export const infoFinding: Finding = {
  id: 'f-jargon',
  category: 'plain_language',
  severity: 'info',
  source: 'reply',
  start: 70,
  end: 80,
  ruleId: 'plain.jargon',
  card: {
    uuid: 'c-jargon',
    summary: '"Benign" may be unclear: try "not cancer"',
    detail: 'Plain words help patients understand results without looking them up.',
    indicator: 'info',
    source: { label: 'Plain language lexicon' },
    suggestions: [{ uuid: 's-jargon', label: 'Use "not cancer"', intent: 'plain_words', actions: [{ type: 'update', description: 'Replace the word', edit: { kind: 'replace', start: 70, end: 80, text: 'not cancer' } }] }],
    overrideReasons: [],
  },
};

export const redFlagFinding: Finding = {
  id: 'f-chest',
  category: 'urgent',
  severity: 'critical',
  source: 'incoming',
  start: 5,
  end: 15,
  ruleId: 'redflag.chest_pain',
  card: {
    uuid: 'c-chest',
    summary: 'Patient reports chest pain',
    detail: 'Chest pain can be a heart attack. The patient should call 911 now rather than wait for a reply.',
    indicator: 'critical',
    source: { label: 'Red-flag symptoms list' },
    suggestions: [{ uuid: 's-chest-911', label: 'Add emergency instructions (call 911)', intent: 'emergency_instructions', isRecommended: true, actions: [{ type: 'create', description: 'Prepend 911 advice', edit: { kind: 'prepend', text: 'If you have chest pain now, call 911.\n' } }] }],
    overrideReasons: [discussed],
  },
};

/** Text written by a hostile page or policy: must show as text, never as markup. */
export const markupFinding: Finding = {
  ...warningFinding,
  id: 'f-markup',
  card: { ...warningFinding.card, uuid: 'c-markup', summary: '<img src=x onerror=alert(1)> dose change', detail: '<b>bold</b> & <script>x()</script>' },
};

export const sampleFindings: Finding[] = [criticalFinding, warningFinding, infoFinding, redFlagFinding];
