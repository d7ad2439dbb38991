/** What WorkshopEdits describes for teams and participants, and what a removed team leaves behind. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../shared/model/note';
import { workshopDataSchema } from '../../shared/model/workshopData';
import { changedKeys, onlyChange, openEditsWorkshop, TEAM_B, workshopContents } from '../../tests/support/editsWorkshop';
import { invert, type ChangeWriter } from './changes';
import type { ActieplaatDatabase } from './db';
import type { WorkshopEdits } from './edits';
import type { WorkshopRepository } from './workshopRepository';

let database: ActieplaatDatabase;
let repository: WorkshopRepository;
let writer: ChangeWriter;
let edits: WorkshopEdits;
let workshopId: string;
let otherWorkshopId: string;
let teamA: string;

beforeEach(async () => {
  ({ database, repository, writer, edits, workshopId, otherWorkshopId, teamA } = await openEditsWorkshop());
});

describe('WorkshopEdits', () => {
  describe('teams', () => {
    it('adds a team with a trimmed name, last in the order, and a colour only when one is given', async () => {
      const plain = onlyChange(await edits.addTeam('  Team 3  ')).after;
      expect(plain).toEqual({ id: expect.stringMatching(/^id-/), name: 'Team 3', workshopId, position: 2 });
      expect(plain).not.toHaveProperty('colour');
      expect(onlyChange(await edits.addTeam('Team 4', '#1f77b4')).after).toMatchObject({ name: 'Team 4', colour: '#1f77b4' });
    });

    it('moves a team a place up or down, and nowhere past either end', async () => {
      const order = async () => (await repository.load(workshopId))!.teams.map((team) => team.name);
      await writer.apply(workshopId, await edits.addTeam('Team 3'));
      expect(await order()).toEqual(['Team 1', 'Team 2', 'Team 3']);

      const third = (await database.teams.toArray()).find((team) => team.name === 'Team 3')!;
      const up = await edits.moveTeam(third.id, -1);
      expect(up.map((change) => [change.key, (change.after as { position: number }).position])).toEqual([
        [third.id, 1],
        [TEAM_B, 2],
      ]);
      await writer.apply(workshopId, up);
      expect(await order()).toEqual(['Team 1', 'Team 3', 'Team 2']);
      await writer.apply(workshopId, await edits.moveTeam(teamA, 1));
      expect(await order()).toEqual(['Team 3', 'Team 1', 'Team 2']);

      expect(await edits.moveTeam(third.id, -1)).toEqual([]);
      expect(await edits.moveTeam(TEAM_B, 1)).toEqual([]);
      expect(await edits.moveTeam('missing', 1)).toEqual([]);
    });

    it('closes the gap a removed team leaves, and undo puts it back in its place', async () => {
      await writer.apply(workshopId, await edits.addTeam('Team 3'));
      const changes = await edits.removeTeam(TEAM_B);
      await writer.apply(workshopId, changes);
      const positions = async () =>
        (await database.teams.where('workshopId').equals(workshopId).toArray()).map((team) => [team.name, team.position]);
      expect((await positions()).sort()).toEqual([
        ['Team 1', 0],
        ['Team 3', 1],
      ]);
      await writer.apply(workshopId, invert(changes));
      expect((await repository.load(workshopId))!.teams.map((team) => team.name)).toEqual(['Team 1', 'Team 2', 'Team 3']);
    });

    it('renames a team', async () => {
      const change = onlyChange(await edits.updateTeam(TEAM_B, { name: 'Blauw' }));
      expect(change).toMatchObject({ table: 'teams', key: TEAM_B, before: { name: 'Team 2' }, after: { id: TEAM_B, name: 'Blauw' } });
      expect(await edits.updateTeam('missing', { name: 'x' })).toEqual([]);
    });

    it('removes a team with its scores, notes and actions, and keeps its participants without a team', async () => {
      const changes = await edits.removeTeam(teamA);

      expect(changedKeys(changes, 'assessments')).toEqual(
        expect.arrayContaining([
          [teamA, 'matching.aanbod'],
          [teamA, 'maatwerk.opleiding'],
        ]),
      );
      expect(changedKeys(changes, 'assessments')).toHaveLength(2);
      expect(changedKeys(changes, 'notes').sort()).toEqual(['n-a1', 'n-a2']);
      expect(changedKeys(changes, 'actions')).toEqual(['act-a']);
      // Team 2 moves up into the first place.
      expect(changedKeys(changes, 'teams')).toEqual([teamA, TEAM_B]);
      expect(changes.at(-1)).toMatchObject({ key: TEAM_B, before: { position: 1 }, after: { position: 0 } });
      const gone = changes.filter((candidate) => candidate.table !== 'participants' && candidate.key !== TEAM_B);
      for (const change of gone) expect(change.after).toBeUndefined();

      const [detached] = changes.filter((change) => change.table === 'participants');
      expect(changedKeys(changes, 'participants')).toEqual(['p-anna']);
      expect(detached!.after).toEqual({ id: 'p-anna', name: 'Anna de Vries', workshopId });
    });

    it('leaves the other team, the workshop-wide action and the other workshop as they were', async () => {
      const before = await workshopContents(database);
      await writer.apply(workshopId, await edits.removeTeam(teamA));
      const after = await workshopContents(database);

      expect(after.teams.map((team) => team.id).sort()).toEqual(
        before.teams
          .map((team) => team.id)
          .filter((id) => id !== teamA)
          .sort(),
      );
      expect(after.assessments).toEqual(before.assessments.filter((row) => row.teamId !== teamA));
      expect(after.notes).toEqual(before.notes.filter((row) => row.teamId !== teamA));
      expect(after.actions.map((row) => row.id).sort()).toEqual(['act-all', 'act-b']);
      expect(after.participants.find((row) => row.id === 'p-bram')).toEqual(before.participants.find((row) => row.id === 'p-bram'));
      // Anna's note on team B keeps its author: she stays, only without a team.
      expect((await database.notes.get('n-b1'))?.authorId).toBe('p-anna');
      expect(await repository.load(otherWorkshopId)).toMatchObject({ notes: [{ id: 'n-other' }] });
    });

    it('leaves a workshop that is still valid after removing a team', async () => {
      await writer.apply(workshopId, await edits.removeTeam(teamA));
      expect(workshopDataSchema.safeParse(await repository.load(workshopId)).success).toBe(true);
    });

    it('removes the team’s votes too, so the workshop stays valid', async () => {
      await database.votes.add({ round: 1, elementId: 'matching.aanbod', teamId: teamA, dots: 2, workshopId });
      await writer.apply(workshopId, await edits.removeTeam(teamA));
      expect(workshopDataSchema.safeParse(await repository.load(workshopId)).success).toBe(true);
    });

    it('changes nothing for an unknown team', async () => {
      expect(await edits.removeTeam('missing')).toEqual([]);
    });
  });

  describe('participants', () => {
    it('adds a participant under a new id', () => {
      const change = onlyChange(edits.addParticipant({ name: 'Łukasz Wróbel', teamId: TEAM_B }));
      expect(change.after).toEqual({ id: change.key, name: 'Łukasz Wróbel', teamId: TEAM_B, workshopId });
    });

    it('removes a participant and keeps their notes, in every team, without an author', async () => {
      const changes = await edits.removeParticipant('p-anna');
      expect(changes.at(-1)).toMatchObject({ table: 'participants', key: 'p-anna', after: undefined });
      expect(changedKeys(changes, 'notes').sort()).toEqual(['n-a1', 'n-b1']);
      for (const change of changes.filter((candidate) => candidate.table === 'notes')) {
        expect(change.after).not.toHaveProperty('authorId');
        expect(change.after).toMatchObject({ text: (change.before as Note).text, teamId: (change.before as Note).teamId });
      }

      await writer.apply(workshopId, changes);
      expect(await database.participants.get('p-anna')).toBeUndefined();
      expect((await database.notes.get('n-a2'))?.authorId).toBe('p-bram');
      expect(workshopDataSchema.safeParse(await repository.load(workshopId)).success).toBe(true);
    });

    it('changes nothing for an unknown participant', async () => {
      expect(await edits.removeParticipant('missing')).toEqual([]);
    });
  });
});
