import type { Vote } from '../model/vote';

/** A dot-voting round as the facilitator runs it: which round, how many dots each team has, revealed or not. */
export interface VotingRound {
  round: number;
  dotsPerTeam: number;
  revealed: boolean;
}

/** Dots one team placed in one round. */
export function dotsUsed(votes: readonly Vote[], round: number, teamId: string): number {
  return votes.filter((vote) => vote.round === round && vote.teamId === teamId).reduce((sum, vote) => sum + vote.dots, 0);
}

export interface VoteTally {
  elementId: string;
  dots: number;
}

/** Elements by dots in a round, most first; ties keep the plate's order; elements without dots are left out. */
export function tally(votes: readonly Vote[], round: number, elementOrder: readonly string[]): VoteTally[] {
  const totals = new Map<string, number>();
  for (const vote of votes) if (vote.round === round) totals.set(vote.elementId, (totals.get(vote.elementId) ?? 0) + vote.dots);
  return elementOrder
    .map((elementId, index) => ({ elementId, dots: totals.get(elementId) ?? 0, index }))
    .filter((entry) => entry.dots > 0)
    .sort((a, b) => b.dots - a.dots || a.index - b.index)
    .map(({ elementId, dots }) => ({ elementId, dots }));
}

/** The next round's number: one past the highest stored. */
export function nextRound(votes: readonly Vote[]): number {
  return votes.reduce((highest, vote) => Math.max(highest, vote.round), 0) + 1;
}
