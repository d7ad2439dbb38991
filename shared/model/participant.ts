import { z } from 'zod';
import { idSchema } from './primitives';
import { ORGANISATION_NAME_MAX, PERSON_NAME_MAX, ROLE_MAX } from './vocabulary';

export const participantSchema = z.looseObject({
  id: idSchema,
  /** Any Latin, Greek or Cyrillic name, kept exactly as typed. */
  name: z.string().trim().min(1).max(PERSON_NAME_MAX),
  organisation: z.string().max(ORGANISATION_NAME_MAX).optional(),
  role: z.string().max(ROLE_MAX).optional(),
  teamId: idSchema.optional(),
});
export type Participant = z.infer<typeof participantSchema>;
