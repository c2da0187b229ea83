// Confirmation request inserted into a reply, English and Spanish. Written for ReplyGuard
// (2026-11) after AHRQ's Health Literacy Universal Precautions Toolkit, Tool 5 "Use the
// Teach-Back Method": ask for the plan in the patient's own words, not "do you understand?",
// and say what to do if worse. `{due}` is the due time, `{phone}` the clinic phone.

export const CONFIRMATION_REQUEST_TEMPLATES = {
  en: 'Please reply by {due} to confirm you got this message. In your own words, tell us what it means for you and what you will do next. If you feel worse, call {phone}, or call 911 in an emergency.',
  es: 'Por favor, responda antes del {due} para confirmar que recibió este mensaje. Con sus propias palabras, díganos qué significa para usted y qué hará ahora. Si se siente peor, llame a {phone}, o al 911 en una emergencia.',
} as const;

/** Used for `{phone}` until a clinic phone number is configured. */
export const CLINIC_PHONE_FALLBACK = { en: 'the clinic', es: 'la clínica' } as const;
