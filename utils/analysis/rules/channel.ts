import { buildCard, quote, type SuggestionSpec } from '../cards';
import { channelNegations } from '../data/channels';
import { channelDetail, secureChannelText } from '../data/card-text';
import type { Doc, Span } from '../document';
import { phraseRegex } from '../phrases';
import type { Finding, Organization } from '../schema';
import { type Candidate, type ChannelRule, channelCandidates } from './channel-detect';
import { makeFinding, overlaps } from './shared';

// Secure channels: a reply that moves care to personal e-mail, text messages, a personal phone
// or a consumer app, or asks the patient to send sensitive material that way, gets a warning
// whose one-click fix puts portal wording (or a call from the clinic line, or the organization's
// secure video link) in place of exactly the offending text.

/** One cheap test: no '@', no digit and no channel word means nothing to find. */
const SIGNAL =
  /[@\d]|text|txt|sms|mail|whats|signal|message|face|skype|snap|telegram|viber|wechat|instagram|cell|mobile|number|phone|reach|contact/u;

const NEGATION = phraseRegex(channelNegations, 'u');
/** Pseudo-negations: "don't hesitate to text me" still invites a text. */
const PSEUDO = /(?:do not|don't|never) (?:hesitate|forget|wait|worry)/u;
const PSEUDO_ALL = new RegExp(PSEUDO.source, 'gu');
const CLAUSE_BREAK = /[,;:.!?\n(]/u;

const LABELS: Record<ChannelRule, string> = {
  personal_email: 'Personal email',
  text_message: 'Text messages',
  personal_phone: 'Personal phone number',
  consumer_app: 'Consumer app',
  insecure_request: 'Sensitive material by an insecure route',
};

/** The clause before the candidate, back to the last comma or sentence start. */
function clauseBefore(doc: Doc, at: number): string {
  const sentence = doc.sentenceOf(at);
  const window = doc.folded.slice(Math.max(sentence.start, at - 60), at);
  let cut = window.length;
  while (cut > 0 && !CLAUSE_BREAK.test(window[cut - 1] as string)) cut--;
  return window.slice(cut);
}

/** "We do not use text messages", "please don't email me", "instead of FaceTime". */
function ruledOut(doc: Doc, c: Candidate): boolean {
  if (NEGATION.test(clauseBefore(doc, c.start).replace(PSEUDO_ALL, ' '))) return true;
  const context = doc.assess(c.start, c.end);
  return context.modifiers.some(
    (m) =>
      m.category === 'NEGATED_EXISTENCE' &&
      m.end <= c.start &&
      !CLAUSE_BREAK.test(doc.folded.slice(m.end, c.start)) &&
      !PSEUDO.test(doc.folded.slice(m.start, c.start)),
  );
}

/** Start the replacement with a capital where it starts a sentence. */
function caseLike(doc: Doc, at: number, text: string): string {
  const sentenceStart = doc.sentenceOf(at).start;
  let i = at;
  while (i > sentenceStart && /\s/.test(doc.text[i - 1] as string)) i--;
  return i === sentenceStart ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function suggestion(doc: Doc, c: Candidate, label: string, text: string, recommended: boolean): SuggestionSpec {
  return {
    label,
    intent: 'secure_channel',
    ...(recommended ? { recommended: true } : {}),
    description: 'Replace the insecure channel with a secure one.',
    edit: { kind: 'replace', start: c.fix.start, end: c.fix.end, text: caseLike(doc, c.fix.start, text) },
  };
}

function suggestions(doc: Doc, c: Candidate, organization?: Organization): SuggestionSpec[] {
  const url = organization?.secureVideoUrl?.trim() || undefined;
  const { portal, call, video, videoInPortal, request } = secureChannelText;
  const usePortal = (text: string, recommended = true) => suggestion(doc, c, 'Use the portal instead', text, recommended);
  const useVideo = (form: 'invite' | 'route' | 'modifier' | 'sentence', recommended: boolean) =>
    suggestion(doc, c, 'Offer a secure video visit', url ? video[form](url) : videoInPortal[form], recommended);
  const offerVideo = Boolean(c.video || (url && c.rule === 'consumer_app'));
  switch (c.form) {
    case 'request':
      return [usePortal(request(c.request?.object ?? 'it', c.request?.toPatient ?? false))];
    case 'route':
      return c.video
        ? [useVideo('route', true), usePortal(portal.route, false)]
        : [usePortal(c.here ? portal.here : portal.route), ...(offerVideo ? [useVideo('route', false)] : [])];
    case 'modifier':
      return c.video ? [useVideo('modifier', true)] : [usePortal(portal.modifier)];
    case 'promise':
      return [usePortal(portal.promise), suggestion(doc, c, 'Offer a call from the clinic line', call.promise, false)];
    case 'invite':
    case 'sentence': {
      // A personal number is an offer to talk: the clinic line is the better offer.
      const byPhone = c.rule === 'personal_phone';
      const callFix = suggestion(doc, c, 'Offer a call from the clinic line', call[c.form], byPhone);
      const portalFix = usePortal(portal[c.form], !c.video && !byPhone);
      const rest = byPhone ? [callFix, portalFix] : [portalFix, callFix];
      if (!offerVideo && !url) return rest;
      return c.video ? [useVideo(c.form, true), ...rest] : [...rest, useVideo(c.form, false)];
    }
  }
}

function summary(doc: Doc, c: Candidate): string {
  const said = `“${quote(doc.text.slice(c.start, c.end))}”`;
  switch (c.rule) {
    case 'personal_email':
      return `Personal email ${said}: email is not secure. Keep the conversation in the portal.`;
    case 'text_message':
      return `Text messages ${said}: texts are not secure. Keep the conversation in the portal.`;
    case 'personal_phone':
      return `Personal phone number ${said}: call the patient from the clinic line instead.`;
    case 'consumer_app':
      return `${c.concept} is a consumer app: keep the conversation in the portal or a secure video visit.`;
    case 'insecure_request':
      return `Sensitive material ${said} by email, text or app is not secure: use the portal instead.`;
  }
}

function toFinding(doc: Doc, c: Candidate, organization?: Organization): Finding {
  const ruleId = `channel.${c.rule}`;
  return makeFinding(doc, {
    category: 'channel',
    severity: 'warning',
    start: c.start,
    end: c.end,
    ruleId,
    concept: c.concept,
    card: buildCard({
      key: `${ruleId}:${doc.source}:${c.start}:${c.end}`,
      summary: summary(doc, c),
      detail: channelDetail[c.rule],
      severity: 'warning',
      topic: { code: 'channel', display: `Secure channel (${LABELS[c.rule]})` },
      suggestions: suggestions(doc, c, organization),
      overrides: ['patientAsked', 'approvedChannel', 'notApplicable'],
    }),
  });
}

/** Disjoint spans kept in text order: overlap checks and inserts by binary search. */
function disjointSpans() {
  const spans: Span[] = [];
  const firstEndingAfter = (at: number) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid] as Span).end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    overlaps(span: Span): boolean {
      const next = spans[firstEndingAfter(span.start)];
      return next !== undefined && overlaps(next, span);
    },
    add(span: Span): void {
      spans.splice(firstEndingAfter(span.start), 0, span);
    },
  };
}

export function findChannels(doc: Doc, organization?: Organization): Finding[] {
  if (doc.source !== 'reply' || !SIGNAL.test(doc.folded)) return [];
  const kept: Candidate[] = [];
  // One finding per place: the most specific candidate wins, and no two fixes overlap.
  const flagged = disjointSpans();
  const fixed = disjointSpans();
  for (const c of channelCandidates(doc, organization)) {
    if (flagged.overlaps(c) || fixed.overlaps(c.fix) || ruledOut(doc, c)) continue;
    kept.push(c);
    flagged.add({ start: c.start, end: c.end });
    fixed.add(c.fix);
  }
  return kept.sort((a, b) => a.start - b.start).map((c) => toFinding(doc, c, organization));
}
