import { z } from 'zod';
import { idSchema } from './primitives';

export const participantSchema = z.looseObject({
  id: idSchema,
  /** Any Latin, Greek or Cyrillic name, kept exactly as typed. */
  name: z.string().trim().min(1).max(200),
  organisation: z.string().max(200).optional(),
  role: z.string().max(200).optional(),
  teamId: idSchema.optional(),
});
export type Participant = z.infer<typeof participantSchema>;
