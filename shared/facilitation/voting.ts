import type { Vote } from '../model/vote';

/** Who places dots in a round: each team together, or each participant. */
export type VoterKind = 'team' | 'participant';

/** A dot-voting round as the facilitator runs it: which round, who votes with how many dots, revealed or not. */
export interface VotingRound {
  round: number;
  voters: VoterKind;
  dotsPerVoter: number;
  revealed: boolean;
}

/** A team, or a participant (of a team, when they have one). */
export interface Voter {
  teamId?: string;
  participantId?: string;
}

/** Whether a vote was placed by this voter: a participant's own dots, or the team's (not its members'). */
export function isVoteOf(vote: Vote, voter: Voter): boolean {
  if (voter.participantId !== undefined) return vote.participantId === voter.participantId;
  return vote.participantId === undefined && vote.teamId === voter.teamId;
}

/** Dots one voter placed in one round. */
export function dotsUsedBy(votes: readonly Vote[], round: number, voter: Voter): number {
  return votes.filter((vote) => vote.round === round && isVoteOf(vote, voter)).reduce((sum, vote) => sum + vote.dots, 0);
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
