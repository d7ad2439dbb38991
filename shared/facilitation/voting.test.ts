import { describe, expect, it } from 'vitest';
import type { Vote } from '../model/vote';
import { dotsUsedBy, nextRound, tally } from './voting';

const votes: Vote[] = [
  { round: 1, teamId: 'a', elementId: 'x', dots: 2 },
  { round: 1, teamId: 'a', elementId: 'y', dots: 1 },
  { round: 1, teamId: 'b', elementId: 'y', dots: 2 },
  { round: 1, teamId: 'b', elementId: 'z', dots: 1 },
  { round: 2, teamId: 'a', elementId: 'z', dots: 3 },
];

describe('dot voting', () => {
  it('counts the dots a team used in a round', () => {
    expect(dotsUsedBy(votes, 1, { teamId: 'a' })).toBe(3);
    expect(dotsUsedBy(votes, 1, { teamId: 'b' })).toBe(3);
    expect(dotsUsedBy(votes, 2, { teamId: 'b' })).toBe(0);
  });
  it('counts a participant’s own dots apart from the team’s', () => {
    const mixed: Vote[] = [...votes, { round: 1, teamId: 'a', participantId: 'p1', elementId: 'x', dots: 2 }];
    expect(dotsUsedBy(mixed, 1, { teamId: 'a', participantId: 'p1' })).toBe(2);
    expect(dotsUsedBy(mixed, 1, { teamId: 'a' })).toBe(3);
    expect(dotsUsedBy(mixed, 1, { participantId: 'p2' })).toBe(0);
  });
  it('ranks elements by their dots in the round, ties in plate order, leaving out elements without dots', () => {
    expect(tally(votes, 1, ['w', 'x', 'y', 'z'])).toEqual([
      { elementId: 'y', dots: 3 },
      { elementId: 'x', dots: 2 },
      { elementId: 'z', dots: 1 },
    ]);
    expect(tally([...votes, { round: 1, teamId: 'c', elementId: 'x', dots: 1 }], 1, ['w', 'x', 'y', 'z']).slice(0, 2)).toEqual([
      { elementId: 'x', dots: 3 },
      { elementId: 'y', dots: 3 },
    ]);
  });
  it('numbers the next round after the highest one stored', () => {
    expect(nextRound(votes)).toBe(3);
    expect(nextRound([])).toBe(1);
  });
});
