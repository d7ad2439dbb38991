import { z } from 'zod';
import { idSchema } from './primitives';
import { VOTE_DOTS_MAX, VOTE_ROUND_MAX } from './vocabulary';

/** Dots placed on an element in one dot-voting round, by a team or a participant. */
export const voteSchema = z.looseObject({
  round: z.number().int().min(1).max(VOTE_ROUND_MAX),
  elementId: idSchema,
  teamId: idSchema.optional(),
  participantId: idSchema.optional(),
  dots: z.number().int().min(1).max(VOTE_DOTS_MAX),
});
export type Vote = z.infer<typeof voteSchema>;
