import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis/analyze';
import type { Edit, Finding, Organization } from '../../utils/analysis/schema';

// The secure-channel rules: each rule fires on a real move to an unsecured channel and its
// one-click fix puts portal wording in place of exactly the offending text; each trap stays quiet.

const ORG: Organization = {
  emailDomains: ['riverside-health.org'],
  clinicPhones: ['(555) 010-2000', '+1 555.010.2001'],
  secureVideoUrl: 'https://visit.riverside-health.org/v',
};

const channels = (reply: string, organization?: Organization): Finding[] =>
  analyze({ reply, ...(organization ? { organization } : {}) }).filter((f) => f.category === 'channel');

function apply(text: string, edit: Edit | undefined): string {
  if (edit?.kind !== 'replace') throw new Error('expected a replace edit');
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/** The text after the card's recommended (first) suggestion. */
const fixed = (text: string, f: Finding | undefined) => apply(text, f?.card.suggestions[0]?.actions[0]?.edit);

describe('secure channels: positives and their fixes', () => {
  it.each([
    [
      'text_message',
      'If you have questions, text me at 555-123-4567.',
      'text me at 555-123-4567',
      'If you have questions, reply here in the portal.',
    ],
    [
      'text_message',
      'Shoot me a text when you get home.',
      'Shoot me a text',
      'Reply here in the portal when you get home.',
    ],
    [
      'personal_email',
      'Feel free to email me at dr.amy.lee@gmail.com with any questions.',
      'dr.amy.lee@gmail.com',
      'Feel free to reply here in the portal with any questions.',
    ],
    [
      'personal_email',
      'You can reach me at my personal email if the portal is slow.',
      'my personal email',
      'You can reply here in the portal if the portal is slow.',
    ],
    [
      'insecure_request',
      'Please email me a photo of the rash so I can take a look.',
      'email me a photo of the rash',
      'Please send us a photo of the rash through the portal so I can take a look.',
    ],
    [
      'insecure_request',
      "I'll text you the biopsy results tomorrow.",
      'text you the biopsy results',
      "I'll send you the biopsy results through the portal tomorrow.",
    ],
    [
      'insecure_request',
      'Send the pictures to my gmail and I will look tonight.',
      'to my gmail',
      'Send the pictures through the portal and I will look tonight.',
    ],
    [
      'consumer_app',
      "We can chat on WhatsApp if that's easier.",
      'WhatsApp',
      "We can chat here in the portal if that's easier.",
    ],
    [
      'consumer_app',
      'FaceTime me tomorrow at 3.',
      'FaceTime',
      'Set up a video visit through the portal tomorrow at 3.',
    ],
    [
      'personal_phone',
      'Thanks for the update. My cell is 555-867-5309 if anything changes.',
      '555-867-5309',
      'Thanks for the update. If you would like to talk, we will call you from the clinic line.',
    ],
  ])('channel.%s: "%s"', (rule, text, flagged, after) => {
    const found = channels(text);
    expect(found.map((f) => f.ruleId)).toEqual([`channel.${rule}`]);
    const f = found[0] as Finding;
    expect(text.slice(f.start, f.end)).toBe(flagged);
    expect(f.severity).toBe('warning');
    expect(f.card.detail).toMatch(/record/);
    expect(f.card.suggestions[0]?.intent).toBe('secure_channel');
    expect(f.card.suggestions[0]?.isRecommended).toBe(true);
    expect(fixed(text, f)).toBe(after);
  });

  it('flags two channels in one sentence separately, each fix touching only its own words', () => {
    const text = 'Email me at nguyen@gmail.com or text me at 555-120-3344.';
    const found = channels(text);
    expect(found.map((f) => f.ruleId)).toEqual(['channel.personal_email', 'channel.text_message']);
    expect(fixed(text, found[0])).toBe('Reply here in the portal or text me at 555-120-3344.');
    expect(fixed(text, found[1])).toBe('Email me at nguyen@gmail.com or reply here in the portal.');
  });

  it('offers a call from the clinic line and, when configured, the secure video link', () => {
    const text = 'If anything changes, text me at 555-123-4567.';
    const [f] = channels(text, ORG);
    const labels = f?.card.suggestions.map((s) => s.label);
    expect(labels).toEqual(['Use the portal instead', 'Offer a call from the clinic line', 'Offer a secure video visit']);
    expect(apply(text, f?.card.suggestions[1]?.actions[0]?.edit)).toBe(
      'If anything changes, ask us to call you from the clinic line.',
    );
    expect(apply(text, f?.card.suggestions[2]?.actions[0]?.edit)).toContain(ORG.secureVideoUrl);
    expect(f?.card.selectionBehavior).toBe('at-most-one');
  });

  it('recommends the secure video visit for a consumer video app', () => {
    const text = "Let's do this over FaceTime tomorrow.";
    const [f] = channels(text, ORG);
    expect(f?.card.suggestions[0]?.label).toBe('Offer a secure video visit');
    expect(fixed(text, f)).toBe(`Let's do this by secure video visit (${ORG.secureVideoUrl}) tomorrow.`);
  });

  it('never reads the patient’s own message', () => {
    const found = analyze({ reply: 'Thanks, we will call you today.', incoming: 'Just text me at 555-123-4567.' });
    expect(found.filter((f) => f.category === 'channel')).toEqual([]);
  });
});

describe('secure channels: organization policy', () => {
  it.each([
    ['an allowed domain', 'Email me at k.patel@riverside-health.org if you need the form.'],
    ['a subdomain of an allowed domain', 'Reach me at k.patel@peds.riverside-health.org with questions.'],
    ["the clinic's number in another format", 'Call me at 555 010 2000 if the fever goes up.'],
    ["the clinic's number with the country code", 'Call me at 1-555-010-2001 tonight.'],
    ["the clinic's texting line", 'Text us at (555) 010-2001 to confirm the appointment.'],
  ])('is quiet for %s', (_case, text) => {
    expect(channels(text, ORG)).toEqual([]);
  });

  it('flags a look-alike domain that is not on the allow-list', () => {
    expect(channels('Email me at k.patel@riverside-health.com.', ORG).map((f) => f.ruleId)).toEqual(['channel.personal_email']);
  });

  it('with no allow-list, flags consumer webmail only and leaves other domains alone', () => {
    expect(channels('Email me at k.patel@yahoo.com.').map((f) => f.concept)).toEqual(['yahoo.com']);
    expect(channels('Email me at k.patel@riverside-health.com.')).toEqual([]);
  });

  it('treats "call me at" a number as personal only when the clinic lines are known', () => {
    const text = 'Call me at 555-303-4040 tonight if the fever goes up.';
    expect(channels(text)).toEqual([]);
    const [f] = channels(text, ORG);
    expect(f?.ruleId).toBe('channel.personal_phone');
    expect(fixed(text, f)).toBe('Ask us to call you from the clinic line tonight if the fever goes up.');
  });
});

describe('secure channels: traps', () => {
  it.each([
    ['signal on an MRI', 'There was some bright signal on the MRI near the tendon.'],
    ['signal changes', 'The radiologist commented on signal changes in the cartilage.'],
    ['messenger RNA', 'Messenger RNA vaccines are safe during pregnancy.'],
    ['a signal as a sign', 'This is a signal that your body needs more rest.'],
    ['phone reception', 'My signal was weak during our call, so I will call you back from the clinic.'],
    ['signal quality', 'The reading depends on signal quality from the sensor.'],
    ["the clinic's Facebook page", 'Our hours are on our Facebook page.'],
    ['the text of a letter', 'The text of the letter explains the new plan.'],
    ['face time as two words', 'Spending face time with your kids outside is good for your mood.'],
    ['a negated channel', 'We do not use text messages for medical questions; please reply here.'],
    ['a negated invitation', "Please don't email me at dr.jones@gmail.com; reply here in the portal instead."],
    ['a negated route', "Don't send photos by email; upload them here in the portal."],
    ['instead of an app', 'Please use the portal instead of WhatsApp for questions.'],
    ['crisis lines', 'If you feel unsafe, call 911 or text 988 right away.'],
    ['poison control', 'Call Poison Control at 1-800-222-1222 if he swallowed any more.'],
    ["a pharmacy's number", "The pharmacy's number is 555-222-3333 if you have questions about the pickup."],
    ["a lab's number", 'The lab can be reached at 555-404-5050 to schedule the draw.'],
    ['a nurse line', 'Our nurse line is 555-777-1000 if you have questions after hours.'],
    ['institutional e-mail wording', 'Your results were sent by email to your portal inbox.'],
    ['a portal notification', "You'll get an email notification when your results are in the portal."],
    ["the patient's question repeated", 'You asked if you could text me: we do not use text messages, so please reply here.'],
    ['doses and dates', 'Take 2 tablets twice daily for 10 days; your visit is on 3/14 at 10:30.'],
    ['a clinic reminder text', 'A text reminder will come from the clinic two days before your visit.'],
    ['an address on file', 'We have jane.doe@gmail.com on file as your email; let us know if that changed.'],
    ['a fax number of a school', "Your daughter's school nurse can fax the form to the office at 555-321-7654."],
  ])('is quiet for %s', (_trap, text) => {
    expect(channels(text)).toEqual([]);
  });

  it('flags "my cell" with words before the number', () => {
    const text = 'You can call me on my cell anytime: 555 222 3434.';
    expect(channels(text).map((f) => text.slice(f.start, f.end))).toEqual(['555 222 3434']);
  });

  it('still flags "don\'t hesitate to text me" (a pseudo-negation)', () => {
    expect(channels("Don't hesitate to text me if you need anything.").map((f) => f.ruleId)).toEqual(['channel.text_message']);
  });
});
