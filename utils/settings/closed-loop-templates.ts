// Default closed-loop follow-up sentences appended to a reply that promises a next step.
// Written for ReplyGuard (2025-06) after AHRQ's "closing the loop" guidance: name who follows up
// and by when, and what the patient should do if they have not heard back. `{due}` is replaced
// with the due date and time computed from `closedLoop.dueHours`.

export const DEFAULT_CLOSED_LOOP_TEMPLATES = {
  en: 'We will follow up with you by {due}. If you have not heard from us by then, please call the clinic.',
  es: 'Nos comunicaremos con usted antes del {due}. Si no ha sabido de nosotros para entonces, llame a la clínica.',
} as const;
