import type { Team } from '../model/team';

/** Eight team colours that stay apart from each other and from the theme colours. */
export const teamPalette = ['#0F766E', '#6D28D9', '#B91C1C', '#1D4ED8', '#A16207', '#BE185D', '#15803D', '#475569'] as const;

/** The team's own colour, or one from the palette by its position. */
export function teamColour(team: Pick<Team, 'colour'>, index: number): string {
  return team.colour ?? teamPalette[index % teamPalette.length]!;
}
