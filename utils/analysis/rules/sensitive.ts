import { buildCard, quote } from '../cards';
import { callInsteadText, categoryDetail } from '../data/card-text';
import type { Doc, Span } from '../document';
import type { ProtectedTopic } from '../lexicons/schema';
import { routineLogisticsMarkers } from '../data/disclosure-cues';
import { phraseRegex } from '../phrases';
import type { Finding } from '../schema';
import { createSpanIndex, type SpanIndex } from '../span-index';
import { aboutPatient, conditionNamesSomethingElse, inSignOff, isDeferred, makeFinding, trimmedSentence } from './shared';

// `sensitive`: the reply discloses specially protected information about the patient (HIV and
// STIs, mental health, substance use, genetics, pregnancy and reproductive health). A negative
// result still discloses ("your HIV test was negative" tells a proxy reader the patient was
// tested); other people's, hypothetical, general ("can be a sign of") and offered-for-later
// mentions, sign-offs, and unchanged refills are quiet. A term inside a longer ordinary term
// ("therapy" in "physical therapy") does not count.

const TOPIC_LABEL: Record<ProtectedTopic, string> = {
  hiv_sti: 'HIV or STI',
  mental_health: 'mental health',
  substance_use: 'substance use',
  genetic: 'genetic',
  reproductive: 'pregnancy or reproductive health',
};

interface Hit extends Span {
  topic: ProtectedTopic;
  /** A named protected condition ("your PTSD treatment") discloses even in a logistics sentence. */
  condition?: boolean;
}

const LOGISTICS = phraseRegex(routineLogisticsMarkers, 'u');


const GENERAL_BEFORE = /\b(?:can|could|may|might|anyone|someone|people|women|men|everyone|patients|we offer|offers)\b[^.!?\n]{0,30}$/u;

/**
 * Protected mentions that disclose something: a protected drug inside a therapy change (an
 * unchanged refill discloses nothing new), a protected test inside a disclosed result, and
 * protected conditions or topic words said of the patient.
 */
function protectedMentions(doc: Doc, disclosures: readonly Finding[]): Hit[] {
  const indexes = new Map<string, SpanIndex>();
  const within = (span: Span, categories: readonly string[]) => {
    const key = categories.join();
    let index = indexes.get(key);
    if (!index) {
      index = createSpanIndex(disclosures.filter((f) => categories.includes(f.category)));
      indexes.set(key, index);
    }
    return index.overlapsAny(span);
  };
  const ordinary: Span[] = [];
  const hits: Hit[] = [];
  for (const m of doc.drugs) {
    if (!m.entry.protected) ordinary.push(m);
    else if (within(m, ['therapy_change'])) hits.push({ start: m.start, end: m.end, topic: m.entry.protected });
  }
  for (const m of doc.tests) {
    if (!m.entry.protected) ordinary.push(m);
    else if (within(m, ['result'])) hits.push({ start: m.start, end: m.end, topic: m.entry.protected });
  }
  for (const m of doc.conditions) {
    if (m.entry.protected) {
      // "STI clinic", "depression screening questionnaire": a service, not the patient's condition.
      const namesCare = conditionNamesSomethingElse(doc, m.end);
      hits.push({ start: m.start, end: m.end, topic: m.entry.protected, condition: !namesCare });
    }
    else ordinary.push(m);
  }
  const ordinaryIndex = createSpanIndex(ordinary);
  for (const m of doc.sensitive) {
    if (!ordinaryIndex.containsLonger(m)) hits.push({ start: m.start, end: m.end, topic: m.entry.topic });
  }
  return hits
    .filter((h) => aboutThePatientNow(doc, h) && (within(h, ['diagnosis', 'result', 'therapy_change']) || saidOfPatient(doc, h)))
    .sort((a, b) => a.start - b.start);
}

/** Not hypothetical, not someone else, not the patient's own words quoted back. */
function aboutThePatientNow(doc: Doc, hit: Hit): boolean {
  const c = doc.assess(hit.start, hit.end);
  return c.temporality !== 'hypothetical' && aboutPatient(doc, c, hit) && !c.reported;
}

/** Outside a disclosure, the mention itself must tell something about the patient. */
function saidOfPatient(doc: Doc, hit: Hit): boolean {
  const sentence = doc.sentenceOf(hit.start);
  if (isDeferred(doc, sentence) || inSignOff(doc, hit.start)) return false;
  if (!hit.condition && LOGISTICS.test(doc.folded.slice(sentence.start, sentence.end))) return false;
  return !GENERAL_BEFORE.test(doc.folded.slice(sentence.start, hit.start));
}

export function findSensitive(doc: Doc, disclosures: readonly Finding[]): Finding[] {
  const topics = new Set<ProtectedTopic>();
  const out: Finding[] = [];
  for (const hit of protectedMentions(doc, disclosures)) {
    if (topics.has(hit.topic)) continue;
    topics.add(hit.topic);
    const sentence = doc.sentenceOf(hit.start);
    const replace = trimmedSentence(doc, sentence);
    out.push(
      makeFinding(doc, {
        category: 'sensitive',
        severity: 'warning',
        start: hit.start,
        end: hit.end,
        ruleId: `sensitive.${hit.topic}`,
        concept: hit.topic,
        card: buildCard({
          key: `sensitive:${doc.source}:${hit.start}:${hit.end}`,
          summary: `Protected ${TOPIC_LABEL[hit.topic]} information: “${quote(doc.text.slice(hit.start, hit.end))}”. Someone else may read this portal.`,
          detail: categoryDetail.sensitive,
          severity: 'warning',
          topic: { code: 'sensitive', display: `Protected information (${TOPIC_LABEL[hit.topic]})` },
          suggestions: [
            {
              label: 'Offer a private call instead',
              intent: 'call_instead',
              recommended: true,
              description: 'Replace this sentence with an offer of a private call.',
              edit: { kind: 'replace', start: replace.start, end: replace.end, text: callInsteadText.sensitive },
            },
          ],
          overrides: ['discussedLive', 'patientAsked', 'proxyAware', 'notApplicable'],
        }),
      }),
    );
  }
  return out;
}
