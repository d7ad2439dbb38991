/**
 * The workshop's order of teams and of the plate's elements: plain functions over the records' types,
 * kept apart from the schemas so that screens and the database layer use them without loading zod.
 */
import type { CanvasElement, Template } from './template';
import type { Team } from './team';

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

/** The template's elements in the plate's order: theme by theme. */
export function templateElements(template: Template): CanvasElement[] {
  return template.themes.flatMap((theme) => theme.elements);
}
