import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { writeVote } from '../../shared/room/tableDoc';
import { votesView } from './tableView';
import { changeDots, dotBudget, voterFor, type VotingRound } from './voting';

const teamRound: VotingRound = { round: 2, voters: 'team', dotsPerVoter: 3, revealed: false };
const personRound: VotingRound = { round: 3, voters: 'participant', dotsPerVoter: 2, revealed: false };

describe('dot voting from a phone', () => {
  it('votes as the table in a per-team round and as the participant in a per-participant round', () => {
    expect(voterFor(teamRound, 't1', undefined)).toEqual({ voter: 'team', voterId: 't1' });
    expect(voterFor(personRound, 't1', 'p1')).toEqual({ voter: 'participant', voterId: 'p1' });
    expect(voterFor(personRound, 't1', undefined)).toBeNull();
  });

  it('shares a per-team budget over the whole table and never goes over it', () => {
    const doc = new Y.Doc();
    const voter = { voter: 'team' as const, voterId: 't1' };
    // Another phone of the table already placed two dots.
    writeVote(doc, { round: 2, ...voter, elementId: 'a', dots: 2 });
    // Other rounds, other voters do not count.
    writeVote(doc, { round: 1, ...voter, elementId: 'a', dots: 5 });
    writeVote(doc, { round: 2, voter: 'participant', voterId: 'p', elementId: 'a', dots: 5 });
    let budget = dotBudget(votesView(doc), teamRound, voter);
    expect(budget).toMatchObject({ used: 2, total: 3, left: 1 });
    const plus = changeDots(budget, teamRound, voter, 'b', 1)!;
    expect(plus).toEqual({ round: 2, voter: 'team', voterId: 't1', elementId: 'b', dots: 1 });
    writeVote(doc, plus);
    budget = dotBudget(votesView(doc), teamRound, voter);
    expect(budget.left).toBe(0);
    expect(changeDots(budget, teamRound, voter, 'b', 1)).toBeNull();
    expect(changeDots(budget, teamRound, voter, 'c', -1)).toBeNull();
    const minus = changeDots(budget, teamRound, voter, 'a', -1)!;
    expect(minus.dots).toBe(1);
    writeVote(doc, changeDots(budget, teamRound, voter, 'b', -1)!);
    expect(votesView(doc).some((vote) => vote.round === 2 && vote.elementId === 'b')).toBe(false);
  });

  it('ignores dots another device wrote wrongly and shows no negative budget', () => {
    const doc = new Y.Doc();
    const votes = doc.getMap('votes');
    votes.set(JSON.stringify([3, 'participant', 'p1', 'a']), 'many');
    votes.set(JSON.stringify([3, 'participant', 'p1', 'b']), 1.5);
    votes.set('not a key', 1);
    const voter = { voter: 'participant' as const, voterId: 'p1' };
    expect(dotBudget(votesView(doc), personRound, voter)).toMatchObject({ used: 0, left: 2 });
    votes.set(JSON.stringify([3, 'participant', 'p1', 'c']), 9);
    const budget = dotBudget(votesView(doc), personRound, voter);
    expect(budget).toMatchObject({ used: 9, left: 0 });
    expect(changeDots(budget, personRound, voter, 'c', -1)?.dots).toBe(8);
  });
});
