import { CONFIRMATION_REQUEST_TEMPLATES } from '../closed-loop/data/request-templates';

// The default closed-loop confirmation request (English and Spanish): ask for receipt, the plan in
// the patient's own words, and what to do if worse. Policy or options may replace it; `{due}` is
// the due time from `closedLoop.dueHours`, `{phone}` the clinic phone from `closedLoop.clinicPhone`.
// Source of the wording: utils/closed-loop/data/request-templates.ts.

export const DEFAULT_CLOSED_LOOP_TEMPLATES = CONFIRMATION_REQUEST_TEMPLATES;
