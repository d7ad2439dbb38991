import type { Assessment } from './model/assessment';
import type { Importance } from './model/vocabulary';

export const ATTENTION_MAX = 12;

/**
 * Aandacht = belang × (5 − stand), 0–12: important elements that are not yet working in practice.
 * Derived, never stored. `null` when the team has not scored both, or marked the element n.v.t.
 */
export function attentionScore(assessment: Pick<Assessment, 'maturity' | 'importance' | 'notApplicable'> | undefined): number | null {
  if (!assessment || assessment.notApplicable) return null;
  if (assessment.maturity === null || assessment.importance === null) return null;
  return assessment.importance * (5 - assessment.maturity);
}

export type AttentionLevel = 'none' | 'low' | 'medium' | 'high';

/** Bands for a visual cue: 0 nothing to do · 1–3 low · 4–7 medium · 8–12 high. */
export function attentionLevel(score: number | null): AttentionLevel | null {
  if (score === null) return null;
  if (score === 0) return 'none';
  if (score <= 3) return 'low';
  if (score <= 7) return 'medium';
  return 'high';
}

/**
 * The belang word a value stands for (1 laag · 2 midden · 3 hoog): a team's score, or a mean of
 * several rounded to the nearest level, so a mean of 2.5 reads "hoog".
 */
export function importanceLevel(value: number | null): Importance | null {
  if (value === null) return null;
  return Math.min(3, Math.max(1, Math.round(value))) as Importance;
}
