import { z } from 'zod';
import { idSchema, timestampSchema } from './primitives';
import { AGREEMENTS_MAX, importanceLevels, maturityLevels, type Importance, type Maturity } from './vocabulary';

/** Stand van zaken: 1 nog niet besproken · 2 verkend · 3 in voorbereiding · 4 afgesproken · 5 werkt in de praktijk. */
export const maturitySchema = z.literal(maturityLevels);
export { maturityLevels, type Maturity };

/** Belang: 1 laag · 2 midden · 3 hoog. */
export const importanceSchema = z.literal(importanceLevels);
export { importanceLevels, type Importance };

export { AGREEMENTS_MAX };

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
  /** The participant who last scored it (from their device in the live room), when known. */
  updatedBy: idSchema.optional(),
});
export type Assessment = z.infer<typeof assessmentSchema>;
