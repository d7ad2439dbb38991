import { z } from 'zod';
import { actionSchema } from './action';
import { assessmentSchema } from './assessment';
import { calendarDateSchema, idSchema, timestampSchema } from './primitives';
import { hexColourSchema } from './team';
import { EARLIER_SESSIONS_MAX, TEAM_NAME_MAX, WORKSHOP_TITLE_MAX, workshopLimits } from './vocabulary';

/** A team as it was at an earlier session; its id is the follow-up's team of that table (or its own, if the table is gone since). */
export const sessionTeamSchema = z.looseObject({
  id: idSchema,
  name: z.string().trim().min(1).max(TEAM_NAME_MAX),
  colour: hexColourSchema.optional(),
});

/** One team's score of one element at an earlier session: the assessment's own fields, without its edit stamps. */
export const sessionScoreSchema = assessmentSchema.pick({
  teamId: true,
  elementId: true,
  maturity: true,
  importance: true,
  notApplicable: true,
  agreements: true,
});
export type SessionScore = z.infer<typeof sessionScoreSchema>;

/** An action as it stood at an earlier session (its id is the carried-over action's id in the follow-up): the action's own fields. */
export const sessionActionSchema = actionSchema.pick({
  id: true,
  title: true,
  teamId: true,
  elementIds: true,
  owner: true,
  dueDate: true,
  status: true,
});
export type SessionAction = z.infer<typeof sessionActionSchema>;

/**
 * An earlier session of the same partnership, kept read-only in its follow-up: what the teams scored
 * and agreed and where the actions stood. Complete on its own: the earlier workshop may be deleted,
 * or the follow-up exported without it. Its team and action ids are the follow-up's.
 */
export const earlierSessionSchema = z.looseObject({
  /** The earlier workshop as it was; its id is a link, not a reference (it may be gone). */
  workshop: z.looseObject({
    id: idSchema,
    title: z.string().trim().min(1).max(WORKSHOP_TITLE_MAX),
    date: calendarDateSchema,
  }),
  /** When the follow-up was started from it. */
  takenAt: timestampSchema,
  teams: z.array(sessionTeamSchema).max(workshopLimits.teams),
  assessments: z.array(sessionScoreSchema).max(workshopLimits.assessments),
  actions: z.array(sessionActionSchema).max(workshopLimits.actions),
});
export type EarlierSession = z.infer<typeof earlierSessionSchema>;

/** A follow-up's chain of earlier sessions, the first session first and the one it follows last. */
export const earlierSessionsSchema = z.array(earlierSessionSchema).max(EARLIER_SESSIONS_MAX);
