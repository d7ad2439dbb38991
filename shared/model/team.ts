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

/**
 * A team as the database keeps it: with its place in the workshop's team order, 0 first. A database has
 * no array order to keep; a workshop's records (`WorkshopData`) and its file list the teams in that
 * order instead, and carry no position.
 */
export type PlacedTeam = Team & { position: number };

/**
 * The workshop's teams in the one order the facilitator sets, for every screen and export: by position;
 * teams without one (as written by something other than this app) come after, in the order given.
 */
export function orderedTeams<T extends Team & { position?: number }>(teams: readonly T[]): T[] {
  const place = (team: T) => team.position ?? Number.POSITIVE_INFINITY;
  return teams
    .map((team, index) => ({ team, index }))
    .sort((a, b) => place(a.team) - place(b.team) || a.index - b.index)
    .map(({ team }) => team);
}

/** The teams with their places as the array lists them: how a workshop's teams are stored. */
export function placedTeams<T extends Team>(teams: readonly T[]): (T & { position: number })[] {
  return teams.map((team, position) => ({ ...team, position }));
}
