import { z } from 'zod';
import { threadSchema } from './schema';

// Synthetic In Basket threads for the ReplyGuard demo portal. Written for this project,
// 2026-11-24; every name, MRN and message is invented. One thread per composer kind, each
// chosen to exercise a ReplyGuard concern (disclosure by portal, red flag, teen proxy, routine
// refill that must stay quiet, out-of-state patient, Spanish speaker, missing/expired consent).

const rawThreads = [
  {
    id: 1,
    slug: 'results',
    category: 'Results',
    subject: 'Question about my blood work',
    composer: 'textarea',
    patient: {
      name: 'Robert Chen',
      sex: 'M',
      ageYears: 58,
      mrn: '40718265',
      state: { code: 'MA', name: 'Massachusetts' },
      consent: { status: 'on-file', signedDaysAgo: 210 },
      proxyReader: null,
      language: { code: 'en', name: 'English' },
    },
    messages: [
      {
        hoursAgo: 96,
        text: 'Hi Dr. Patel, I had my fasting labs drawn on Friday. Are my cholesterol and kidney results back yet? Anything I should worry about?',
      },
      { hoursAgo: 5, text: 'Just checking again, I saw something marked "high" in the portal.' },
    ],
  },
  {
    id: 2,
    slug: 'new-diagnosis',
    category: 'Results',
    subject: 'Biopsy and thyroid labs',
    composer: 'quill',
    patient: {
      name: 'Linda Okafor',
      sex: 'F',
      ageYears: 46,
      mrn: '40533190',
      state: { code: 'MA', name: 'Massachusetts' },
      consent: { status: 'on-file', signedDaysAgo: 45 },
      proxyReader: null,
      language: { code: 'en', name: 'English' },
    },
    messages: [
      {
        hoursAgo: 20,
        text: 'I got a notification that my thyroid nodule biopsy and my TSH are back. Can you tell me what they show? I am pretty anxious about it.',
      },
    ],
  },
  {
    id: 3,
    slug: 'medication-question',
    category: 'Medication question',
    subject: 'Pregunta sobre ibuprofeno',
    composer: 'ckeditor',
    patient: {
      name: 'Ana Rodríguez',
      sex: 'F',
      ageYears: 67,
      mrn: '40299417',
      state: { code: 'MA', name: 'Massachusetts' },
      consent: { status: 'on-file', signedDaysAgo: 320 },
      proxyReader: null,
      language: { code: 'es', name: 'Spanish' },
    },
    messages: [
      {
        hoursAgo: 30,
        text: 'Doctora, me duele mucho la rodilla. ¿Puedo tomar ibuprofeno 400 mg con mi lisinopril? Gracias.',
      },
    ],
  },
  {
    id: 4,
    slug: 'red-flag',
    category: 'Patient advice request',
    subject: 'Chest pain',
    composer: 'tinymce',
    patient: {
      name: 'James Walker',
      sex: 'M',
      ageYears: 61,
      mrn: '40811552',
      state: { code: 'MA', name: 'Massachusetts' },
      consent: { status: 'on-file', signedDaysAgo: 90 },
      proxyReader: null,
      language: { code: 'en', name: 'English' },
    },
    messages: [
      {
        hoursAgo: 2,
        text: 'I have had crushing chest pain since this morning, left arm numb. Should I wait for my appointment next week or come in sooner?',
      },
    ],
  },
  {
    id: 5,
    slug: 'teen-proxy',
    category: 'Results',
    subject: 'Test results from my visit',
    composer: 'tiptap',
    patient: {
      name: 'Emma Lindqvist',
      sex: 'F',
      ageYears: 15,
      mrn: '40977023',
      state: { code: 'MA', name: 'Massachusetts' },
      consent: { status: 'on-file', signedDaysAgo: 150 },
      proxyReader: { name: 'Karin Lindqvist', relationship: 'mother' },
      language: { code: 'en', name: 'English' },
    },
    messages: [
      {
        hoursAgo: 26,
        text: 'Hi, are the tests from my visit last week back? Please just message me here, my mom reads the mail at home.',
      },
    ],
  },
  {
    id: 6,
    slug: 'refill',
    category: 'Refill request',
    subject: 'Atorvastatin refill',
    composer: 'iframe',
    patient: {
      name: 'David Kim',
      sex: 'M',
      ageYears: 74,
      mrn: '40120984',
      state: { code: 'FL', name: 'Florida' },
      consent: { status: 'expired', signedDaysAgo: 430, validDays: 365 },
      proxyReader: { name: 'Grace Kim', relationship: 'daughter (caregiver)' },
      language: { code: 'en', name: 'English' },
    },
    messages: [
      {
        hoursAgo: 14,
        text: 'Could you please refill my atorvastatin 40 mg? I have three pills left. I am at our winter place in Florida until March. Thanks, David',
      },
    ],
  },
  {
    id: 7,
    slug: 'follow-up',
    category: 'Follow-up',
    subject: 'Rash after visit',
    composer: 'shadow',
    patient: {
      name: 'Priya Nair',
      sex: 'F',
      ageYears: 34,
      mrn: '40655871',
      state: { code: 'MA', name: 'Massachusetts' },
      consent: { status: 'none' },
      proxyReader: null,
      language: { code: 'en', name: 'English' },
    },
    messages: [
      {
        hoursAgo: 40,
        text: 'Thanks for seeing me yesterday. The rash is a little better. Should I keep using the cream, and did the skin biopsy come back?',
      },
    ],
  },
  {
    id: 8,
    slug: 'ai-draft',
    category: 'Results',
    subject: 'A1c result?',
    composer: 'quill',
    patient: {
      name: 'Thomas Becker',
      sex: 'M',
      ageYears: 52,
      mrn: '40388146',
      state: { code: 'MA', name: 'Massachusetts' },
      consent: { status: 'on-file', signedDaysAgo: 60 },
      proxyReader: null,
      language: { code: 'en', name: 'English' },
    },
    messages: [{ hoursAgo: 9, text: 'Did my A1c come back? I had it drawn last Thursday.' }],
    aiDraft:
      'Your A1c came back at 8.9, which means you now have type 2 diabetes. Start metformin 500 mg twice daily.',
  },
];

export const threads = z.array(threadSchema).parse(rawThreads);
