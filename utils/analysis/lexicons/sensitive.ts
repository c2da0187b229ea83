// Terms for specially protected topics (HIV/STI, mental health, substance use, genetics,
// reproductive health) that a reply should not disclose where a proxy may read it.
// Compiled from 42 CFR Part 2, state HIV/STI and genetic-privacy statutes (e.g. GINA topics),
// MedlinePlus health topics, CDC STI treatment guideline terms and SAMHSA plain-language
// glossary; hand-reviewed. Updated 2026-11-24.
// Matching: case-insensitive whole words with optional plural; all-caps terms of 2-5 letters are
// case-sensitive. Words with an everyday meaning ("carrier", "variant", "rehab", "therapy") only
// appear inside a qualifying phrase so insurance carriers and cardiac rehab stay quiet.
import type { SensitiveEntry } from './schema';

export const meta = {
  name: 'sensitive',
  source:
    '42 CFR Part 2, state HIV/STI and genetic-privacy statutes, MedlinePlus, CDC STI guidelines, SAMHSA glossary; hand-reviewed',
  updated: '2026-11-24',
};

export const entries: SensitiveEntry[] = [
  // HIV and sexually transmitted infections
  { id: 'hiv', topic: 'hiv_sti', terms: ['HIV', 'human immunodeficiency virus', 'AIDS', 'HIV-positive', 'HIV-negative', 'HIV status'] },
  { id: 'hiv-test', topic: 'hiv_sti', terms: ['HIV test', 'HIV screen', 'HIV screening', 'HIV antibody', 'HIV antigen/antibody', 'HIV Ag/Ab', 'HIV RNA', 'rapid HIV test', 'fourth-generation HIV test'] },
  { id: 'viral-load', topic: 'hiv_sti', terms: ['viral load', 'undetectable viral load', 'detectable viral load', 'undetectable = untransmittable', 'U=U'] },
  { id: 'cd4', topic: 'hiv_sti', terms: ['CD4', 'CD4 count', 'T-cell count', 'CD4 percentage'] },
  { id: 'prep', topic: 'hiv_sti', terms: ['PrEP', 'pre-exposure prophylaxis', 'HIV prevention medicine', 'HIV prevention pill'] },
  { id: 'pep', topic: 'hiv_sti', terms: ['post-exposure prophylaxis', 'HIV PEP', 'nPEP'] },
  { id: 'art', topic: 'hiv_sti', terms: ['antiretroviral', 'antiretroviral therapy', 'ART regimen', 'HAART', 'HIV medication', 'HIV medicine', 'HIV treatment'] },
  { id: 'chlamydia', topic: 'hiv_sti', terms: ['chlamydia', 'Chlamydia trachomatis', 'CT/NG'] },
  { id: 'gonorrhea', topic: 'hiv_sti', terms: ['gonorrhea', 'gonorrhoea', 'Neisseria gonorrhoeae'] },
  { id: 'syphilis', topic: 'hiv_sti', terms: ['syphilis', 'RPR', 'treponemal', 'VDRL', 'FTA-ABS', 'TP-PA'] },
  { id: 'herpes', topic: 'hiv_sti', terms: ['herpes', 'HSV', 'HSV-1', 'HSV-2', 'herpes simplex', 'genital herpes', 'cold sore virus'] },
  { id: 'hpv', topic: 'hiv_sti', terms: ['HPV', 'human papillomavirus', 'high-risk HPV', 'HPV positive', 'genital warts'] },
  { id: 'trichomonas', topic: 'hiv_sti', terms: ['trichomonas', 'trichomoniasis'] },
  { id: 'hepatitis-b', topic: 'hiv_sti', terms: ['hepatitis B', 'hep B', 'HBV', 'hepatitis B surface antigen', 'HBsAg'] },
  { id: 'hepatitis-c', topic: 'hiv_sti', terms: ['hepatitis C', 'hep C', 'HCV', 'HCV antibody', 'HCV RNA'] },
  { id: 'sti', topic: 'hiv_sti', terms: ['STI', 'STD', 'STIs', 'STDs', 'sexually transmitted infection', 'sexually transmitted disease', 'venereal disease'] },
  { id: 'sti-screening', topic: 'hiv_sti', terms: ['STI screening', 'STD screening', 'STI test', 'STD test', 'STI panel', 'STD panel', 'sexual health screening'] },
  // Mental health
  { id: 'depression', topic: 'mental_health', terms: ['depression', 'major depression', 'depressive disorder', 'postpartum depression', 'PHQ-9', 'PHQ-2'] },
  { id: 'anxiety', topic: 'mental_health', terms: ['anxiety disorder', 'generalized anxiety disorder', 'panic disorder', 'panic attack', 'GAD-7'] },
  { id: 'bipolar', topic: 'mental_health', terms: ['bipolar', 'bipolar disorder', 'manic episode', 'mania', 'hypomania'] },
  { id: 'schizophrenia', topic: 'mental_health', terms: ['schizophrenia', 'schizoaffective', 'psychosis', 'psychotic', 'antipsychotic'] },
  { id: 'ptsd', topic: 'mental_health', terms: ['PTSD', 'post-traumatic stress disorder', 'posttraumatic stress disorder', 'trauma therapy'] },
  { id: 'eating-disorder', topic: 'mental_health', terms: ['eating disorder', 'anorexia nervosa', 'bulimia', 'binge eating disorder'] },
  { id: 'self-harm', topic: 'mental_health', terms: ['self-harm', 'self harm', 'self-injury', 'suicidal', 'suicidal ideation', 'suicide attempt', 'suicide risk', 'safety plan'] },
  { id: 'therapy', topic: 'mental_health', terms: ['psychotherapy', 'talk therapy', 'therapy session', 'therapist', 'counseling', 'counselor', 'CBT', 'cognitive behavioral therapy', 'DBT'] },
  { id: 'psychiatry', topic: 'mental_health', terms: ['psychiatrist', 'psychiatry', 'psychiatric', 'psychologist', 'behavioral health', 'mental health', 'mental illness'] },
  // Substance use (42 CFR Part 2)
  { id: 'alcohol-use', topic: 'substance_use', terms: ['alcohol use disorder', 'alcoholism', 'alcohol abuse', 'alcohol dependence', 'AUDIT score', 'AUDIT-C'] },
  { id: 'opioid-use', topic: 'substance_use', terms: ['opioid use disorder', 'opioid addiction', 'opioid dependence', 'OUD'] },
  { id: 'moud', topic: 'substance_use', terms: ['Suboxone', 'buprenorphine', 'Subutex', 'Sublocade', 'Zubsolv', 'methadone', 'methadone clinic', 'MAT', 'MOUD', 'Vivitrol'] },
  { id: 'drug-screen', topic: 'substance_use', terms: ['drug screen', 'urine drug screen', 'UDS', 'tox screen', 'toxicology screen', 'urine toxicology', 'drug test'] },
  { id: 'rehab', topic: 'substance_use', terms: ['drug rehab', 'alcohol rehab', 'alcohol detox', 'drug detox', 'detox program', 'detoxification', 'addiction treatment', 'substance use treatment'] },
  // Genetics
  { id: 'brca', topic: 'genetic', terms: ['BRCA', 'BRCA1', 'BRCA2', 'BRCA mutation', 'BRCA gene'] },
  { id: 'genetic-testing', topic: 'genetic', terms: ['genetic testing', 'genetic test', 'genetic counseling', 'genetic counselor', 'germline testing', 'hereditary cancer panel'] },
  { id: 'carrier', topic: 'genetic', terms: ['carrier status', 'carrier screening', 'genetic carrier'] },
  { id: 'variant', topic: 'genetic', terms: ['pathogenic variant', 'likely pathogenic', 'variant of uncertain significance', 'VUS', 'genetic variant', 'gene mutation', 'genetic mutation'] },
  { id: 'lynch', topic: 'genetic', terms: ['Lynch syndrome', 'HNPCC'] },
  { id: 'huntington', topic: 'genetic', terms: ["Huntington's", "Huntington's disease", 'Huntington disease'] },
  // Reproductive health
  { id: 'pregnancy', topic: 'reproductive', terms: ['pregnant', 'pregnancy', 'pregnancy test', 'positive pregnancy test', 'hCG', 'beta hCG', 'quantitative hCG'] },
  { id: 'abortion', topic: 'reproductive', terms: ['abortion', 'medication abortion', 'termination of pregnancy', 'pregnancy termination', 'mifepristone', 'misoprostol'] },
  { id: 'miscarriage', topic: 'reproductive', terms: ['miscarriage', 'pregnancy loss', 'missed abortion', 'spontaneous abortion'] },
  { id: 'contraception', topic: 'reproductive', terms: ['contraception', 'contraceptive', 'birth control', 'birth control pill', 'IUD', 'Nexplanon', 'Depo-Provera', 'emergency contraception', 'morning-after pill'] },
  { id: 'fertility', topic: 'reproductive', terms: ['IVF', 'in vitro fertilization', 'infertility', 'fertility treatment', 'egg freezing', 'IUI', 'embryo transfer'] },
];
