import { z } from 'zod';
import { idSchema } from './primitives';
import { TEAM_NAME_MAX } from './vocabulary';

export const hexColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/);

export const teamSchema = z.looseObject({
  id: idSchema,
  name: z.string().trim().min(1).max(TEAM_NAME_MAX),
  /** `#rrggbb`; the app picks a distinguishable one when absent. */
  colour: hexColourSchema.optional(),
});
export type Team = z.infer<typeof teamSchema>;

/**
 * A team as the database keeps it: with its place in the workshop's team order, 0 first. A database has
 * no array order to keep; a workshop's records (`WorkshopData`) and its file list the teams in that
 * order instead, and carry no position.
 */
export type PlacedTeam = Team & { position: number };
