import { buildCard } from '../cards';
import { footerCard } from '../data/footer-text';
import type { Doc } from '../document';
import type { Finding, Organization } from '../schema';
import { makeFinding } from './shared';

// The organization's required footer (expectations): when policy asks every reply to carry it
// and this one does not, one quiet info finding at the end of the reply offers to append it.
// Presence is judged loosely, so an editor's re-wrapping, a changed case or a dropped final
// period never makes a present footer look missing.

/** Case, whitespace and line breaks, typographic quotes and dashes, and ending punctuation folded. */
export function footerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?;:,\u2026]+$/, '');
}

export function hasFooter(reply: string, footer: string): boolean {
  return footerKey(reply).includes(footerKey(footer));
}

export function findMissingFooter(doc: Doc, organization: Organization | undefined): Finding[] {
  const footer = organization?.requiredFooter?.trim();
  if (!footer || footerKey(footer) === '' || doc.text.trim() === '' || hasFooter(doc.text, footer)) return [];
  // Where the footer belongs: right after the last written character. Zero-width, so nothing in
  // the reply is underlined as if it were wrong; "Show in message" puts the caret there.
  const at = doc.text.trimEnd().length;
  return [
    makeFinding(doc, {
      category: 'expectations',
      severity: 'info',
      start: at,
      end: at,
      ruleId: 'expectations.footer_missing',
      card: buildCard({
        key: `footer:${doc.source}:${at}`,
        summary: footerCard.summary,
        detail: footerCard.detail,
        severity: 'info',
        topic: { code: 'expectations', display: 'Communication agreement' },
        suggestions: [
          {
            label: footerCard.label,
            intent: 'add_footer',
            recommended: true,
            description: footerCard.description,
            edit: { kind: 'append', text: `\n\n${footer}` },
          },
        ],
        overrides: ['notApplicable'],
      }),
    }),
  ];
}
