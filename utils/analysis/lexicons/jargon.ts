// Medical terms with plain-language alternatives, for the plain-language hints on a reply.
// Compiled from the CDC Plain Language Thesaurus for Health Communications, the NIH/NLM
// "plain language" word lists, MedlinePlus Everyday Words for Public Health Communication and
// the ISMP/Joint Commission list of error-prone abbreviations; hand-reviewed. Updated 2026-11-24.
// Matching: case-insensitive whole words with optional plural; all-caps terms of 2-5 letters are
// case-sensitive ("PRN", "BID"), so ordinary words never match. Terms that are also everyday
// English ("acute" in "acute angle" aside) are kept only where the medical sense dominates.
import type { JargonEntry } from './schema';

export const meta = {
  name: 'jargon',
  source:
    'CDC Plain Language Thesaurus, NLM plain-language word lists, MedlinePlus Everyday Words, ISMP error-prone abbreviations; hand-reviewed',
  updated: '2026-11-24',
};

export const entries: JargonEntry[] = [
  // Findings and descriptors
  { terms: ['febrile'], lay: 'have a fever' },
  { terms: ['afebrile'], lay: 'no fever' },
  { terms: ['benign'], lay: 'not cancer' },
  { terms: ['malignant', 'malignancy'], lay: 'cancer' },
  { terms: ['unremarkable'], lay: 'normal' },
  { terms: ['within normal limits', 'WNL'], lay: 'normal' },
  { terms: ['bilateral', 'bilaterally'], lay: 'on both sides' },
  { terms: ['unilateral'], lay: 'on one side' },
  { terms: ['edema'], lay: 'swelling' },
  { terms: ['erythema', 'erythematous'], lay: 'redness' },
  { terms: ['pruritus', 'pruritic'], lay: 'itching' },
  { terms: ['lesion'], lay: 'spot or growth' },
  { terms: ['neoplasm'], lay: 'growth' },
  { terms: ['asymptomatic'], lay: 'without symptoms' },
  { terms: ['idiopathic'], lay: 'with no known cause' },
  { terms: ['etiology'], lay: 'cause' },
  { terms: ['prognosis'], lay: 'outlook' },
  { terms: ['contraindicated'], lay: 'not safe to use' },
  { terms: ['noncontributory'], lay: 'not related' },
  { terms: ['exacerbation'], lay: 'flare-up' },
  { terms: ['sequelae'], lay: 'after-effects' },
  // Conditions
  { terms: ['hypertension'], lay: 'high blood pressure' },
  { terms: ['hypotension'], lay: 'low blood pressure' },
  { terms: ['hyperlipidemia', 'dyslipidemia'], lay: 'high cholesterol' },
  { terms: ['hyperglycemia'], lay: 'high blood sugar' },
  { terms: ['hypoglycemia'], lay: 'low blood sugar' },
  { terms: ['myocardial infarction'], lay: 'heart attack' },
  { terms: ['cerebrovascular accident', 'CVA'], lay: 'stroke' },
  { terms: ['dyspnea', 'dyspneic'], lay: 'shortness of breath' },
  { terms: ['tachycardia'], lay: 'fast heartbeat' },
  { terms: ['bradycardia'], lay: 'slow heartbeat' },
  { terms: ['syncope'], lay: 'fainting' },
  { terms: ['cephalgia'], lay: 'headache' },
  { terms: ['emesis'], lay: 'vomiting' },
  { terms: ['pyrexia'], lay: 'fever' },
  { terms: ['nephrolithiasis'], lay: 'kidney stones' },
  { terms: ['cholelithiasis'], lay: 'gallstones' },
  { terms: ['hepatic steatosis'], lay: 'fatty liver' },
  { terms: ['cholecystectomy'], lay: 'gallbladder removal' },
  // Body parts
  { terms: ['renal'], lay: 'kidney' },
  { terms: ['hepatic'], lay: 'liver' },
  { terms: ['cardiac'], lay: 'heart' },
  { terms: ['pulmonary'], lay: 'lung' },
  { terms: ['cutaneous'], lay: 'skin' },
  // Orders and abbreviations
  { terms: ['PRN'], lay: 'as needed' },
  { terms: ['BID'], lay: 'twice a day' },
  { terms: ['TID'], lay: 'three times a day' },
  { terms: ['QID'], lay: 'four times a day' },
  { terms: ['QHS'], lay: 'at bedtime' },
  { terms: ['NPO'], lay: 'nothing to eat or drink' },
  { terms: ['PO'], lay: 'by mouth' },
];
