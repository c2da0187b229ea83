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
  // HIV and STI: tests, medicines and services
  { id: 'hiv-confirmatory', topic: 'hiv_sti', terms: ['HIV-1/2 differentiation', 'HIV differentiation assay', 'HIV Western blot', 'HIV genotype', 'HIV resistance testing'] },
  { id: 'prep-brands', topic: 'hiv_sti', terms: ['Truvada', 'Descovy', 'Apretude', 'cabotegravir', 'lenacapavir', 'Yeztugo'] },
  { id: 'art-brands', topic: 'hiv_sti', terms: ['Biktarvy', 'Genvoya', 'Stribild', 'Triumeq', 'Dovato', 'Juluca', 'Cabenuva', 'Symtuza', 'Odefsey', 'Complera', 'Atripla', 'Prezcobix', 'Isentress', 'Tivicay', 'dolutegravir', 'bictegravir', 'raltegravir', 'darunavir', 'emtricitabine', 'tenofovir'] },
  { id: 'sti-tests', topic: 'hiv_sti', terms: ['gonorrhea and chlamydia', 'GC/CT', 'GC/CT NAAT', 'chlamydia test', 'gonorrhea test', 'syphilis test', 'herpes test', 'HSV PCR', 'HSV antibody', 'trichomonas test', 'rectal swab', 'throat swab for gonorrhea'] },
  { id: 'sti-other', topic: 'hiv_sti', terms: ['mycoplasma genitalium', 'pelvic inflammatory disease', 'PID', 'urethritis', 'chancroid', 'lymphogranuloma venereum', 'mpox', 'monkeypox', 'pubic lice'] },
  { id: 'sti-services', topic: 'hiv_sti', terms: ['partner notification', 'expedited partner therapy', 'contact tracing for syphilis', 'sexual partners', 'sexual history', 'condomless sex', 'unprotected sex'] },
  { id: 'hiv-care', topic: 'hiv_sti', terms: ['HIV clinic', 'HIV specialist', 'Ryan White', 'HIV care', 'opportunistic infection', 'PJP prophylaxis'] },
  // Mental health: screening, services, medicines
  { id: 'mh-screening', topic: 'mental_health', terms: ['depression screening', 'anxiety screening', 'Columbia suicide screen', 'C-SSRS', 'ASQ screen', 'EPDS', 'Edinburgh Postnatal Depression Scale', 'PHQ-A', 'mood disorder questionnaire'] },
  { id: 'mh-services', topic: 'mental_health', terms: ['psychiatric hospitalization', 'inpatient psychiatry', 'psych ward', 'involuntary hold', '5150', 'partial hospitalization program', 'intensive outpatient program', 'crisis line', 'crisis team', 'mental health crisis', 'behavioral health referral'] },
  { id: 'mh-medicines', topic: 'mental_health', terms: ['antidepressant', 'antidepressants', 'SSRI', 'SNRI', 'mood stabilizer', 'anti-anxiety medication', 'psychiatric medication', 'ADHD medication', 'stimulant medication'] },
  { id: 'mh-conditions', topic: 'mental_health', terms: ['ADHD', 'OCD', 'obsessive-compulsive disorder', 'borderline personality disorder', 'personality disorder', 'dissociative identity disorder', 'seasonal affective disorder', 'postpartum psychosis', 'major depressive disorder', 'dysthymia', 'anorexia', 'bulimia nervosa', 'ARFID'] },
  { id: 'mh-suicide', topic: 'mental_health', terms: ['suicide', 'suicidal thoughts', 'suicide screening', 'overdose attempt', 'self-inflicted'] },
  { id: 'mh-treatment', topic: 'mental_health', terms: ['electroconvulsive therapy', 'ECT', 'transcranial magnetic stimulation', 'TMS', 'ketamine infusion', 'esketamine', 'Spravato', 'EMDR'] },
  // Substance use: treatment, screening, results
  { id: 'aud-medicines', topic: 'substance_use', terms: ['naltrexone', 'disulfiram', 'Antabuse', 'acamprosate', 'alcohol craving medication'] },
  { id: 'naloxone', topic: 'substance_use', terms: ['Narcan', 'naloxone', 'fentanyl test strips', 'harm reduction', 'syringe services program', 'needle exchange'] },
  { id: 'su-screening', topic: 'substance_use', terms: ['AUDIT', 'CAGE questionnaire', 'DAST-10', 'SBIRT', 'substance use screening', 'alcohol screening', 'PEth test', 'phosphatidylethanol', 'ethyl glucuronide', 'EtG'] },
  { id: 'su-results', topic: 'substance_use', terms: ['positive for cocaine', 'positive for fentanyl', 'positive for methamphetamine', 'positive for amphetamines', 'positive for opiates', 'positive for THC', 'positive for benzodiazepines', 'positive drug screen', 'fentanyl in your urine'] },
  { id: 'su-conditions', topic: 'substance_use', terms: ['substance use disorder', 'substance abuse', 'drug addiction', 'addiction', 'cannabis use disorder', 'stimulant use disorder', 'methamphetamine use', 'cocaine use', 'heroin use', 'IV drug use', 'injection drug use', 'alcohol withdrawal', 'opioid withdrawal'] },
  { id: 'su-recovery', topic: 'substance_use', terms: ['Alcoholics Anonymous', 'Narcotics Anonymous', 'sobriety', 'sober living', 'recovery coach', 'relapsed on alcohol', 'addiction medicine', 'opioid treatment program'] },
  // Genetics: testing, results, prenatal genetics
  { id: 'gene-results', topic: 'genetic', terms: ['BRCA-positive', 'BRCA negative', 'pathogenic mutation', 'deleterious mutation', 'germline mutation', 'hereditary mutation', 'positive genetic test'] },
  { id: 'gene-syndromes', topic: 'genetic', terms: ['Li-Fraumeni', 'Cowden syndrome', 'familial adenomatous polyposis', 'PALB2', 'CHEK2', 'ATM mutation', 'MTHFR', 'factor V Leiden', 'hemochromatosis gene', 'HFE mutation', 'APOE4', 'APOE genotype', 'sickle cell trait', 'cystic fibrosis carrier', 'Tay-Sachs carrier', 'SMA carrier', 'fragile X carrier'] },
  { id: 'gene-tests', topic: 'genetic', terms: ['whole exome sequencing', 'whole genome sequencing', 'exome sequencing', 'chromosomal microarray', 'karyotype', 'multigene panel', 'Myriad myRisk', 'Invitae', 'Ambry', '23andMe', 'pharmacogenomic testing', 'direct-to-consumer genetic test'] },
  { id: 'prenatal-genetics', topic: 'genetic', terms: ['NIPT', 'noninvasive prenatal testing', 'cell-free DNA screening', 'cfDNA', 'amniocentesis', 'chorionic villus sampling', 'quad screen', 'nuchal translucency', 'trisomy 21', 'trisomy 18', 'trisomy 13', 'Down syndrome screening'] },
  { id: 'gene-family', topic: 'genetic', terms: ['cascade testing', 'family genetic testing', 'inherited gene', 'hereditary cancer risk', 'genetic predisposition'] },
  // Reproductive health: pregnancy, loss, contraception, fertility
  // Routine prenatal care in an established pregnancy (visits, trimesters, anatomy scans) is left
  // out on purpose: it is not a new disclosure, and flagging it would nag every OB reply.
  { id: 'early-pregnancy', topic: 'reproductive', terms: ['weeks pregnant', 'viability ultrasound', 'pregnancy of unknown location'] },
  { id: 'pregnancy-outcomes', topic: 'reproductive', terms: ['ectopic pregnancy', 'molar pregnancy', 'chemical pregnancy', 'stillbirth', 'fetal demise', 'D&C', 'dilation and curettage', 'D&E', 'products of conception'] },
  { id: 'abortion-care', topic: 'reproductive', terms: ['abortion pill', 'abortion clinic', 'Planned Parenthood', 'elective termination', 'Mifeprex', 'Cytotec'] },
  { id: 'contraception-methods', topic: 'reproductive', terms: ['Mirena', 'Kyleena', 'Liletta', 'Skyla', 'Paragard', 'copper IUD', 'hormonal IUD', 'contraceptive implant', 'Depo shot', 'NuvaRing', 'Annovera', 'Xulane', 'Twirla', 'Plan B', 'ella emergency contraception', 'Opill', 'oral contraceptive', 'tubal ligation', 'vasectomy', 'Essure'] },
  { id: 'fertility-care', topic: 'reproductive', terms: ['fertility clinic', 'fertility specialist', 'reproductive endocrinology', 'egg retrieval', 'ovulation induction', 'letrozole for ovulation', 'Clomid', 'clomiphene', 'semen analysis', 'sperm count', 'AMH', 'anti-Mullerian hormone', 'frozen embryo transfer', 'surrogacy', 'gestational carrier', 'donor sperm', 'donor egg'] },
  { id: 'sexual-health', topic: 'reproductive', terms: ['erectile dysfunction', 'sexual dysfunction', 'low libido', 'painful intercourse', 'dyspareunia', 'vaginismus'] },
];
