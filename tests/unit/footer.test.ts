import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import { hasFooter } from '../../utils/analysis/rules/footer';
import type { Finding } from '../../utils/analysis/schema';
import { defaultSettings } from '../../utils/settings/schema';
import { organizationFrom } from '../../utils/overlay/organization';

// The required footer (expectations): one info finding when policy requires the footer and the
// reply lacks it, with a one-click append; presence judged loosely; the patient's language
// picks the version.

const FOOTER =
  'We answer messages within 2 business days. Messages are not for emergencies: call 911 or 988. To reach the clinic, call (555) 010-2000.';
const organization = { requiredFooter: FOOTER };
const footerFindings = (reply: string, org: { requiredFooter?: string } | undefined): Finding[] =>
  analyze({ reply, organization: org }).filter((f) => f.category === 'expectations');

describe('footer rule', () => {
  it('adds one info finding at the end of a reply without the footer, offering to append it', () => {
    const reply = 'Your refill was sent.\nSee you at your next visit.\n\n';
    const found = footerFindings(reply, organization);
    expect(found).toHaveLength(1);
    const [finding] = found as [Finding];
    expect(finding).toMatchObject({ ruleId: 'expectations.footer_missing', severity: 'info', source: 'reply' });
    // Zero-width, right after the last written character: nothing in the reply is underlined.
    expect([finding.start, finding.end]).toEqual([reply.trimEnd().length, reply.trimEnd().length]);
    expect(finding.card.detail).toMatch(/emergenc/);
    expect(finding.card.detail).toMatch(/how soon|response/);
    const [suggestion] = finding.card.suggestions;
    expect(suggestion?.intent).toBe('add_footer');
    expect(suggestion?.actions[0]?.edit).toEqual({ kind: 'append', text: `\n\n${FOOTER}` });
  });

  it('says nothing when the organization does not require a footer', () => {
    expect(footerFindings('Your refill was sent.', undefined)).toEqual([]);
    expect(footerFindings('Your refill was sent.', {})).toEqual([]);
    expect(footerFindings('Your refill was sent.', { requiredFooter: '  ' })).toEqual([]);
  });

  it('says nothing on an empty reply', () => {
    expect(footerFindings('', organization)).toEqual([]);
    expect(footerFindings(' \n\n ', organization)).toEqual([]);
  });

  it('is quiet when the footer is there, whatever the editor did to case, spaces, line breaks and the final period', () => {
    const variants = [
      `Your refill was sent.\n\n${FOOTER}`,
      `Your refill was sent. ${FOOTER.toUpperCase()}`,
      `Your refill was sent.\n${FOOTER.replace(/ /g, '\n').replace(/\.$/, '')}`,
      `Your refill was sent.\n\n${FOOTER.replace(/\. /g, '.\u00a0\u00a0')}!`,
      `${FOOTER}\n\nYour refill was sent.`,
    ];
    for (const reply of variants) expect(footerFindings(reply, organization), reply).toEqual([]);
  });

  it('still finds it missing when only part of the footer is there', () => {
    expect(footerFindings('Your refill was sent. Messages are not for emergencies: call 911 or 988.', organization)).toHaveLength(1);
  });

  it('folds typographic quotes and dashes', () => {
    expect(hasFooter('We’re here — call us.', "We're here - call us")).toBe(true);
  });

  it('appending its own suggestion makes the finding go away', () => {
    const reply = 'Your refill was sent.';
    const edit = footerFindings(reply, organization)[0]?.card.suggestions[0]?.actions[0]?.edit;
    expect(edit?.kind).toBe('append');
    expect(footerFindings(`${reply}${edit?.kind === 'append' ? edit.text : ''}`, organization)).toEqual([]);
  });
});

describe('organization from settings', () => {
  const settings = (footer: Partial<ReturnType<typeof defaultSettings>['footer']>) => {
    const base = defaultSettings();
    return { ...base, footer: { ...base.footer, ...footer } };
  };

  it('requires the footer in the patient’s language, English by default', () => {
    const s = settings({ mandatory: true, en: 'English footer.', es: 'Pie de mensaje.' });
    expect(organizationFrom(s, () => undefined).requiredFooter).toBe('English footer.');
    expect(organizationFrom(s, () => 'en').requiredFooter).toBe('English footer.');
    expect(organizationFrom(s, () => 'es').requiredFooter).toBe('Pie de mensaje.');
    expect(organizationFrom(s, () => 'es-MX').requiredFooter).toBe('Pie de mensaje.');
  });

  it('falls back to English when no Spanish footer is set', () => {
    expect(organizationFrom(settings({ mandatory: true, en: 'English footer.' }), () => 'es').requiredFooter).toBe('English footer.');
  });

  it('requires nothing unless the footer is mandatory and has text', () => {
    expect(organizationFrom(settings({ mandatory: false, en: 'English footer.' }), () => 'en').requiredFooter).toBeUndefined();
    expect(organizationFrom(settings({ mandatory: true }), () => 'en').requiredFooter).toBeUndefined();
  });

  it('passes the secure channels through and counts the closed-loop clinic phone as a clinic number', () => {
    const base = defaultSettings();
    const org = organizationFrom(
      {
        ...base,
        secureChannels: { emailDomains: ['clinic.org'], clinicPhones: ['(555) 010-2000'], secureVideoUrl: 'https://video.clinic.org/v' },
        closedLoop: { ...base.closedLoop, clinicPhone: '555-0100' },
      },
      () => 'en',
    );
    expect(org).toEqual({
      emailDomains: ['clinic.org'],
      clinicPhones: ['(555) 010-2000', '555-0100'],
      secureVideoUrl: 'https://video.clinic.org/v',
    });
    expect(organizationFrom(base, () => 'en')).toEqual({ emailDomains: [], clinicPhones: [] });
  });

  it('the Spanish footer from settings reaches the engine’s suggestion', () => {
    const org = organizationFrom(settings({ mandatory: true, en: 'English footer.', es: 'Pie de mensaje.' }), () => 'es');
    const [finding] = footerFindings('Su receta fue enviada.', org);
    expect(finding?.card.suggestions[0]?.actions[0]?.edit).toEqual({ kind: 'append', text: '\n\nPie de mensaje.' });
  });
});
