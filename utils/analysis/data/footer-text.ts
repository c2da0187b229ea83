/**
 * Card wording for the required patient-facing footer (the organization's communication
 * agreement: response time, "messages are not for emergencies: call 911 or 988", how to reach
 * the clinic). Source: AMA "Guidelines for physician-patient electronic communications" (set
 * turnaround expectations; tell patients not to use messages for emergencies). Hand-written in
 * plain words; 2026-11-25.
 */

export const footerCard = {
  summary: 'This reply lacks your organization’s message footer (response times, what to do in an emergency).',
  detail:
    'Patients need to know how soon messages are answered and that portal messages are not for emergencies (call 911 or 988), so they do not wait on a message when they need help now. Your organization asks every reply to carry this footer.',
  label: 'Add the message footer',
  description: 'Add the organization’s patient-facing footer at the end of the reply.',
} as const;
