import { z } from 'zod';
import { idSchema } from './primitives';

export const hexColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const teamSchema = z.looseObject({
  id: idSchema,
  name: z.string().trim().min(1).max(100),
  /** `#rrggbb`; the app picks a distinguishable one when absent. */
  colour: hexColourSchema.optional(),
});
export type Team = z.infer<typeof teamSchema>;
