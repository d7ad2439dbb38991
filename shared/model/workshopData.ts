import { z } from 'zod';
import { actionSchema } from './action';
import { assessmentSchema } from './assessment';
import { noteSchema } from './note';
import { participantSchema } from './participant';
import { teamSchema } from './team';
import { crossRecordProblems } from './references';
import { earlierSessionsSchema } from './session';
import { templateSchema } from './template';
import { voteSchema } from './vote';
import { MIN_TEAMS, workshopLimits, type WorkshopCollection } from './vocabulary';
import { workshopSchema } from './workshop';

/** The validator of one record of each collection. */
export const recordSchemas = {
  teams: teamSchema,
  participants: participantSchema,
  assessments: assessmentSchema,
  notes: noteSchema,
  actions: actionSchema,
  votes: voteSchema,
} as const satisfies Record<WorkshopCollection, z.ZodType>;

/**
 * One whole workshop: what the database holds for it and what a workshop file carries.
 * Cross-record rules (unique ids, known references) are checked here, once, for every way in.
 */
export const workshopDataSchema = z
  .object({
    workshop: workshopSchema,
    template: templateSchema,
    teams: z.array(recordSchemas.teams).min(MIN_TEAMS).max(workshopLimits.teams),
    participants: z.array(recordSchemas.participants).max(workshopLimits.participants),
    assessments: z.array(recordSchemas.assessments).max(workshopLimits.assessments),
    notes: z.array(recordSchemas.notes).max(workshopLimits.notes),
    actions: z.array(recordSchemas.actions).max(workshopLimits.actions),
    votes: z.array(recordSchemas.votes).max(workshopLimits.votes),
    /** A follow-up's earlier sessions, the first first (an addition to format version 1; absent when it follows none). */
    earlierSessions: earlierSessionsSchema.optional(),
  })
  .superRefine((data, ctx) => {
    for (const { problem, value, path } of crossRecordProblems(data, data)) {
      ctx.addIssue({ code: 'custom', message: `${problem} "${value}"`, path, params: { problem } });
    }
  });

export type WorkshopData = z.infer<typeof workshopDataSchema>;
