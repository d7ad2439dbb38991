import { teamPalette } from '../../shared/canvas/teamColours';
import type { TeamView } from './plenaryView';

/** The team's colour, or the palette's by its position (as on the facilitator's screens). */
export function teamColourOf(teams: readonly TeamView[], teamId: string): string {
  const index = teams.findIndex((team) => team.id === teamId);
  const team = teams[index];
  return team?.colour ?? teamPalette[Math.max(0, index) % teamPalette.length]!;
}
