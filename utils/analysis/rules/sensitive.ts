import { buildCard, quote } from '../cards';
import { callInsteadText, categoryDetail } from '../data/card-text';
import type { Doc, Span } from '../document';
import type { ProtectedTopic } from '../lexicons/schema';
import type { Finding } from '../schema';
import { isDeferred, makeFinding, overlaps, trimmedSentence } from './shared';

// `sensitive`: the reply discloses specially protected information about the patient (HIV and
// STIs, mental health, substance use, genetics, pregnancy and reproductive health). Negation
// does not make it safe ("your HIV test was negative" still tells a proxy reader that the patient
// was tested); other people's, hypothetical and offered-for-later mentions are quiet. A term
// inside a longer ordinary term ("therapy" in "physical therapy") does not count.

const TOPIC_LABEL: Record<ProtectedTopic, string> = {
  hiv_sti: 'HIV or STI',
  mental_health: 'mental health',
  substance_use: 'substance use',
  genetic: 'genetic',
  reproductive: 'pregnancy or reproductive health',
};

interface Hit extends Span {
  topic: ProtectedTopic;
}

function protectedMentions(doc: Doc): Hit[] {
  const ordinary: Span[] = [];
  const hits: Hit[] = [];
  for (const list of [doc.conditions, doc.drugs, doc.tests]) {
    for (const m of list) {
      if (m.entry.protected) hits.push({ start: m.start, end: m.end, topic: m.entry.protected });
      else ordinary.push(m);
    }
  }
  for (const m of doc.sensitive) {
    const inside = ordinary.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);
    if (!inside) hits.push({ start: m.start, end: m.end, topic: m.entry.topic });
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function findSensitive(doc: Doc): Finding[] {
  const topics = new Set<ProtectedTopic>();
  const out: Finding[] = [];
  for (const hit of protectedMentions(doc)) {
    if (topics.has(hit.topic)) continue;
    const c = doc.assess(hit.start, hit.end);
    const sentence = doc.sentenceOf(hit.start);
    if (c.temporality === 'hypothetical' || c.experiencer === 'other' || c.reported) continue;
    if (isDeferred(doc, sentence)) continue;
    if (out.some((f) => overlaps(f, hit))) continue;
    topics.add(hit.topic);
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
