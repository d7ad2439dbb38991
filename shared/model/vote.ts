import { z } from 'zod';
import { idSchema } from './primitives';

/** Dots placed on an element in one dot-voting round, by a team or a participant. */
export const voteSchema = z.looseObject({
  round: z.number().int().min(1).max(1000),
  elementId: idSchema,
  teamId: idSchema.optional(),
  participantId: idSchema.optional(),
  dots: z.number().int().min(1).max(1000),
});
export type Vote = z.infer<typeof voteSchema>;
