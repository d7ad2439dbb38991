import { describe, expect, it } from 'vitest';
import { benchmarkWorkshop } from '../../tests/fixtures/benchmarkWorkshop';
import { fixedClock, sequentialIds, testRecordFactory } from '../../tests/support/recordFactory';
import { workshopDataSchema, type WorkshopData } from '../model/workshopData';
import { mergeTeams, planMerge, defaultDecision, freeTeamName } from './mergeTeams';

const factory = testRecordFactory({ newId: sequentialIds('new'), now: fixedClock('2026-11-22T15:00:00.000Z') });

/** The benchmark workshop without its last team: the facilitator's laptop before team 8 sends its file. */
function withoutLastTeam(data: WorkshopData): WorkshopData {
  const last = data.teams[data.teams.length - 1]!.id;
  const copy = structuredClone(data);
  copy.teams = copy.teams.filter((team) => team.id !== last);
  copy.assessments = copy.assessments.filter((record) => record.teamId !== last);
  copy.notes = copy.notes.filter((record) => record.teamId !== last);
  copy.actions = copy.actions.filter((record) => record.teamId !== last);
  copy.participants = copy.participants.map(({ teamId, ...participant }) => (teamId === last ? participant : { ...participant, teamId }));
  copy.votes = copy.votes.filter((vote) => vote.teamId !== last);
  return copy;
}

const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
const ofTeam = (data: WorkshopData, teamId: string) => ({
  assessments: data.assessments.filter((record) => record.teamId === teamId).sort((a, b) => a.elementId.localeCompare(b.elementId)),
  notes: byId(data.notes.filter((record) => record.teamId === teamId)),
  actions: byId(data.actions.filter((record) => record.teamId === teamId)),
});

describe('merging teams from a workshop file', () => {
  const full = benchmarkWorkshop();
  const lastTeam = full.teams[full.teams.length - 1]!;

  it('adds exactly the team the open workshop lacks and leaves the others alone', () => {
    const current = withoutLastTeam(full);
    const plan = planMerge(current, full);
    expect(plan.sameWorkshop).toBe(true);
    expect(plan.candidates.filter((candidate) => candidate.status === 'new').map((candidate) => candidate.team.id)).toEqual([lastTeam.id]);
    expect(plan.candidates.filter((candidate) => candidate.status === 'identical')).toHaveLength(full.teams.length - 1);

    const decisions = Object.fromEntries(plan.candidates.map((candidate) => [candidate.team.id, defaultDecision(candidate)!]));
    const merged = mergeTeams(current, full, decisions, factory);

    expect(workshopDataSchema.safeParse(merged).success).toBe(true);
    expect(merged.teams.map((team) => team.id)).toEqual(full.teams.map((team) => team.id));
    expect(ofTeam(merged, lastTeam.id)).toEqual(ofTeam(full, lastTeam.id));
    for (const team of current.teams) expect(ofTeam(merged, team.id)).toEqual(ofTeam(current, team.id));
    expect(merged.notes).toHaveLength(full.notes.length);
    expect(merged.actions).toHaveLength(full.actions.length);
  });

  describe('a team both sides changed', () => {
    const teamId = full.teams[0]!.id;
    const mine = structuredClone(full);
    mine.notes.push({ ...mine.notes.find((note) => note.teamId === teamId)!, id: 'mine-only', text: 'Alleen op mijn laptop' });
    const theirs = structuredClone(full);
    theirs.notes.push({ ...theirs.notes.find((note) => note.teamId === teamId)!, id: 'theirs-only', text: 'Alleen in het bestand' });

    it('is a conflict with no default: the facilitator must choose', () => {
      const candidate = planMerge(mine, theirs).candidates.find((c) => c.team.id === teamId)!;
      expect(candidate.status).toBe('conflict');
      expect(defaultDecision(candidate)).toBeUndefined();
      // Without a decision nothing of the team changes.
      expect(ofTeam(mergeTeams(mine, theirs, {}, factory), teamId)).toEqual(ofTeam(mine, teamId));
    });

    it('replaced: the team holds what the file holds', () => {
      const merged = mergeTeams(mine, theirs, { [teamId]: 'replace' }, factory);
      expect(workshopDataSchema.safeParse(merged).success).toBe(true);
      expect(ofTeam(merged, teamId)).toEqual(ofTeam(theirs, teamId));
      expect(merged.notes.some((note) => note.id === 'mine-only')).toBe(false);
    });

    it('kept both: a second team with a free name and new ids, the first untouched', () => {
      const merged = mergeTeams(mine, theirs, { [teamId]: 'keep-both' }, factory);
      expect(workshopDataSchema.safeParse(merged).success).toBe(true);
      const copy = merged.teams[merged.teams.length - 1]!;
      expect(copy.name).toBe(`${full.teams[0]!.name} (2)`);
      expect(copy.id).not.toBe(teamId);
      expect(ofTeam(merged, teamId)).toEqual(ofTeam(mine, teamId));
      const copied = ofTeam(merged, copy.id);
      expect(copied.notes.map((note) => note.text).sort()).toEqual(
        ofTeam(theirs, teamId)
          .notes.map((note) => note.text)
          .sort(),
      );
      expect(copied.notes.every((note) => !mine.notes.some((other) => other.id === note.id))).toBe(true);
    });

    it('skipped: nothing of it changes', () => {
      expect(ofTeam(mergeTeams(mine, theirs, { [teamId]: 'skip' }, factory), teamId)).toEqual(ofTeam(mine, teamId));
    });
  });

  it('gives records of a foreign file new ids where they collide, and brings own elements along', () => {
    const current = benchmarkWorkshop();
    const foreign = benchmarkWorkshop(7);
    foreign.workshop.id = 'other-workshop';
    foreign.teams = [{ ...foreign.teams[0]!, id: 'their-team', name: current.teams[0]!.name }];
    const theme = foreign.template.themes[0]!;
    theme.elements.push({ id: 'eigen.kantine', title: { nl: 'Kantine', en: 'Canteen' }, questions: { nl: '', en: '' }, source: 'eigen' });
    foreign.notes = current.notes
      .slice(0, 3)
      .map((note, i) => ({ ...note, teamId: 'their-team', elementId: i === 0 ? 'eigen.kantine' : note.elementId }));
    delete foreign.notes[0]!.authorId;
    foreign.notes.forEach((note) => delete note.authorId);
    foreign.assessments = [];
    foreign.actions = [];
    foreign.participants = [];
    foreign.votes = [];

    const plan = planMerge(current, foreign);
    expect(plan.sameWorkshop).toBe(false);
    const merged = mergeTeams(current, foreign, { 'their-team': 'add' }, factory);

    expect(workshopDataSchema.safeParse(merged).success).toBe(true);
    expect(merged.teams.at(-1)!.name).toBe(`${current.teams[0]!.name} (2)`);
    expect(merged.notes).toHaveLength(current.notes.length + 3);
    expect(merged.template.themes[0]!.elements.at(-1)!.id).toBe('eigen.kantine');
  });

  it('numbers kept-both names past the ones already taken', () => {
    expect(freeTeamName('Zorg', ['Zorg', 'Zorg (2)', 'zorg (3)'])).toBe('Zorg (4)');
  });
});
