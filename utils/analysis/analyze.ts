import type { AnalyzeInput, Finding } from './schema';

/** Analyse a draft reply (and the patient message it answers). Pure and deterministic. */
export function analyze(_input: AnalyzeInput): Finding[] {
  return [];
}
