import { z } from 'zod';
import { idSchema, timestampSchema } from './primitives';

/** Stand van zaken: 1 nog niet besproken · 2 verkend · 3 in voorbereiding · 4 afgesproken · 5 werkt in de praktijk. */
export const maturitySchema = z.literal([1, 2, 3, 4, 5]);
export type Maturity = z.infer<typeof maturitySchema>;
export const maturityLevels: readonly Maturity[] = [1, 2, 3, 4, 5];

/** Belang: 1 laag · 2 midden · 3 hoog. */
export const importanceSchema = z.literal([1, 2, 3]);
export type Importance = z.infer<typeof importanceSchema>;
export const importanceLevels: readonly Importance[] = [1, 2, 3];

export const AGREEMENTS_MAX = 20000;

/** One team's view of one element; at most one per (team, element). */
export const assessmentSchema = z.looseObject({
  teamId: idSchema,
  elementId: idSchema,
  maturity: maturitySchema.nullable(),
  importance: importanceSchema.nullable(),
  notApplicable: z.boolean(),
  /** Afspraken: what the team agreed, free text. */
  agreements: z.string().max(AGREEMENTS_MAX),
  updatedAt: timestampSchema,
});
export type Assessment = z.infer<typeof assessmentSchema>;
