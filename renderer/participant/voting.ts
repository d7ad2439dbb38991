import type { PlenaryFacilitation } from '../../shared/room/plenaryDoc';
import type { RoomVote } from '../../shared/room/tableDoc';
import type { VoteView } from './tableView';

export type VotingRound = NonNullable<PlenaryFacilitation['voting']>;

/** Who places this device's dots in the round: the table, or its participant; `null` for an anonymous one in a per-participant round. */
export function voterFor(
  round: VotingRound,
  teamId: string,
  participantId: string | undefined,
): Pick<RoomVote, 'voter' | 'voterId'> | null {
  if (round.voters === 'team') return { voter: 'team', voterId: teamId };
  return participantId ? { voter: 'participant', voterId: participantId } : null;
}

export interface DotBudget {
  /** Dots this voter placed in the round, on any element (a per-team round counts the whole table's). */
  used: number;
  total: number;
  /** Never below zero, even when phones together placed more than the budget. */
  left: number;
  perElement: Map<string, number>;
}

export function dotBudget(votes: readonly VoteView[], round: VotingRound, voter: Pick<RoomVote, 'voter' | 'voterId'>): DotBudget {
  const perElement = new Map<string, number>();
  let used = 0;
  for (const vote of votes) {
    if (vote.round !== round.round || vote.voter !== voter.voter || vote.voterId !== voter.voterId) continue;
    used += vote.dots;
    perElement.set(vote.elementId, (perElement.get(vote.elementId) ?? 0) + vote.dots);
  }
  return { used, total: round.dotsPerVoter, left: Math.max(0, round.dotsPerVoter - used), perElement };
}

/**
 * The vote to write for one more (`+1`) or one fewer (`-1`) dot on an element, or `null` when that is
 * not allowed: no dots left, or none there to take off.
 */
export function changeDots(
  budget: DotBudget,
  round: VotingRound,
  voter: Pick<RoomVote, 'voter' | 'voterId'>,
  elementId: string,
  step: 1 | -1,
): RoomVote | null {
  const current = budget.perElement.get(elementId) ?? 0;
  if (step === 1 && budget.left <= 0) return null;
  if (step === -1 && current <= 0) return null;
  return { round: round.round, ...voter, elementId, dots: current + step };
}
