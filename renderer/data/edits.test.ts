import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/model/action';
import type { Assessment } from '../../shared/model/assessment';
import type { Note } from '../../shared/model/note';
import type { Template } from '../../shared/model/template';
import type { Workshop } from '../../shared/model/workshop';
import { workshopDataSchema } from '../../shared/model/workshopData';
import { ChangeWriter, invert, type RecordChange } from './changes';
import { ActieplaatDatabase } from './db';
import { WorkshopEdits } from './edits';
import { WorkshopRepository } from './workshopRepository';

const CREATED = '2026-11-22T10:00:00.000Z';

let database: ActieplaatDatabase;
let repository: WorkshopRepository;
let writer: ChangeWriter;
let edits: WorkshopEdits;
let workshopId: string;
let otherWorkshopId: string;
let teamA: string;
const TEAM_B = 'team-b';

let idSequence = 0;
let second = 0;
const factory = {
  newId: () => `id-${++idSequence}`,
  now: () => new Date(Date.UTC(2026, 10, 22, 12, 0, second++)).toISOString(),
};

function assessment(teamId: string, elementId: string, fields: Partial<Assessment> = {}): Assessment {
  return { teamId, elementId, maturity: 2, importance: 3, notApplicable: false, agreements: '', updatedAt: CREATED, ...fields };
}

function note(id: string, teamId: string, fields: Partial<Note> = {}): Note {
  return {
    id,
    teamId,
    elementId: 'matching.aanbod',
    text: `Notitie ${id}`,
    colour: 'geel',
    createdAt: CREATED,
    updatedAt: CREATED,
    ...fields,
  };
}

function action(id: string, fields: Partial<Action> = {}): Action {
  return {
    id,
    title: `Actie ${id}`,
    elementIds: ['matching.aanbod'],
    owner: { name: 'Anna de Vries' },
    dueDate: '2027-01-10',
    status: 'open',
    createdAt: CREATED,
    updatedAt: CREATED,
    ...fields,
  };
}

/**
 * Two teams with scores, notes, actions and participants, one workshop-wide action, and a second
 * workshop that no edit of the first may touch.
 */
beforeEach(async () => {
  database = new ActieplaatDatabase(`test-${crypto.randomUUID()}`);
  await database.open();
  repository = new WorkshopRepository(database, factory);
  const input = {
    title: 'Zorgreserve',
    date: '2026-12-01',
    language: 'nl' as const,
    location: 'Groningen',
    organisations: [{ name: 'UMCG', kind: 'cruciaal' as const }],
  };
  const workshop = await repository.create(input, 'Team 1');
  workshopId = workshop.id;
  const data = (await repository.load(workshopId))!;
  teamA = data.teams[0]!.id;
  data.teams.push({ id: TEAM_B, name: 'Team 2' });
  data.participants.push(
    { id: 'p-anna', name: 'Anna de Vries', teamId: teamA },
    { id: 'p-bram', name: 'Bram Jansen', teamId: TEAM_B },
    { id: 'p-chris', name: 'Chris', organisation: 'Defensie' },
  );
  data.assessments.push(
    assessment(teamA, 'matching.aanbod', { agreements: 'Pool van 40' }),
    assessment(teamA, 'maatwerk.opleiding', { maturity: 1 }),
    assessment(TEAM_B, 'matching.aanbod', { maturity: 4 }),
  );
  data.notes.push(
    note('n-a1', teamA, { authorId: 'p-anna' }),
    note('n-a2', teamA, { authorId: 'p-bram' }),
    note('n-b1', TEAM_B, { authorId: 'p-anna' }),
    note('n-b2', TEAM_B),
  );
  data.actions.push(action('act-a', { teamId: teamA, firstStep: 'Bellen met HR' }), action('act-b', { teamId: TEAM_B }), action('act-all'));
  await repository.write(data);

  const other = await repository.create({ ...input, title: 'Andere workshop' }, 'Team 1');
  otherWorkshopId = other.id;
  const otherData = (await repository.load(otherWorkshopId))!;
  otherData.notes.push(note('n-other', otherData.teams[0]!.id));
  await repository.write(otherData);

  writer = new ChangeWriter(database, factory.now);
  edits = new WorkshopEdits(database, factory, workshopId);
});

afterEach(async () => {
  await database.delete();
});

/** Everything in the database, in key order; a workshop's updatedAt is the writer's to change. */
async function contents() {
  const workshops = await database.workshops.toArray();
  return {
    workshops: workshops.map(({ updatedAt: _updatedAt, ...workshop }) => workshop),
    templates: await database.templates.toArray(),
    teams: await database.teams.toArray(),
    participants: await database.participants.toArray(),
    assessments: await database.assessments.toArray(),
    notes: await database.notes.toArray(),
    actions: await database.actions.toArray(),
    votes: await database.votes.toArray(),
  };
}

const only = (changes: RecordChange[]) => {
  expect(changes).toHaveLength(1);
  return changes[0]!;
};
const keysOf = (changes: RecordChange[], table: RecordChange['table']) =>
  changes.filter((change) => change.table === table).map((change) => change.key);

describe('WorkshopEdits', () => {
  it('writes nothing itself: every method only describes its change', async () => {
    const before = await contents();
    await edits.scoreElement(teamA, 'matching.aanbod', { maturity: 5 });
    edits.addNote({ teamId: teamA, elementId: 'matching.aanbod', text: 'Nieuw', colour: 'roze' });
    await edits.updateNote('n-a1', { text: 'Anders' });
    await edits.deleteNote('n-a1');
    edits.addAction({ title: 'Nieuw', elementIds: [], owner: null, dueDate: null, status: 'open' });
    await edits.updateAction('act-a', { status: 'klaar' });
    await edits.deleteAction('act-a');
    edits.addTeam('Team 3');
    await edits.updateTeam(TEAM_B, { name: 'Blauw' });
    await edits.removeTeam(teamA);
    edits.addParticipant({ name: 'Dana' });
    await edits.updateParticipant('p-chris', { role: 'Planner' });
    await edits.removeParticipant('p-anna');
    await edits.updateDetails({ title: 'Anders' });
    await edits.updateElement('matching.aanbod', { title: { nl: 'Aanbod', en: 'Supply' } });
    await edits.addOwnElement('maatwerk', { nl: 'Eigen', en: 'Own' });
    expect(await contents()).toEqual(before);
  });

  describe('scoreElement', () => {
    it('creates an assessment, tagged with the workshop, when the team has not scored the element yet', async () => {
      const change = only(await edits.scoreElement(TEAM_B, 'maatwerk.opleiding', { maturity: 3 }));
      expect(change.table).toBe('assessments');
      expect(change.key).toEqual([TEAM_B, 'maatwerk.opleiding']);
      expect(change.before).toBeUndefined();
      expect(change.after).toEqual({
        teamId: TEAM_B,
        elementId: 'maatwerk.opleiding',
        workshopId,
        maturity: 3,
        importance: null,
        notApplicable: false,
        agreements: '',
        updatedAt: expect.stringMatching(/^2026-11-22T12:00:\d\d\.000Z$/),
      });
    });

    it('patches an existing assessment, keeping what the patch does not mention', async () => {
      const stored = await database.assessments.get([teamA, 'matching.aanbod']);
      const change = only(await edits.scoreElement(teamA, 'matching.aanbod', { importance: 1, notApplicable: true }));
      expect(change.before).toEqual(stored);
      expect(change.after).toMatchObject({ maturity: 2, importance: 1, notApplicable: true, agreements: 'Pool van 40', workshopId });
      expect((change.after as Assessment).updatedAt).not.toBe(CREATED);
    });

    it('scores one team without touching the other team’s assessment of the same element', async () => {
      const change = only(await edits.scoreElement(teamA, 'matching.aanbod', { maturity: 5 }));
      await writer.apply(workshopId, [change]);
      expect((await database.assessments.get([teamA, 'matching.aanbod']))?.maturity).toBe(5);
      expect((await database.assessments.get([TEAM_B, 'matching.aanbod']))?.maturity).toBe(4);
    });
  });

  describe('notes', () => {
    it('adds a note under a new id with its author, both timestamps and the workshop tag', () => {
      const change = only(
        edits.addNote({
          teamId: TEAM_B,
          elementId: 'meerwaarde.ontwikkeling',
          text: 'Leerwerkplekken',
          colour: 'groen',
          authorId: 'p-bram',
        }),
      );
      const added = change.after as Note;
      expect(change).toMatchObject({ table: 'notes', key: added.id, before: undefined });
      expect(added).toMatchObject({
        teamId: TEAM_B,
        elementId: 'meerwaarde.ontwikkeling',
        text: 'Leerwerkplekken',
        colour: 'groen',
        authorId: 'p-bram',
        workshopId,
      });
      expect(added.id).toMatch(/^id-\d+$/);
      expect(added.createdAt).toBe(added.updatedAt);
    });

    it('adds a note without an author field when no author is given', () => {
      const change = only(edits.addNote({ teamId: TEAM_B, elementId: 'matching.vraag', text: 'Anoniem', colour: 'geel' }));
      expect(change.after).not.toHaveProperty('authorId');
    });

    it('gives every added note its own id', () => {
      const fields = { teamId: TEAM_B, elementId: 'matching.vraag', text: 'Zelfde', colour: 'geel' };
      expect(only(edits.addNote(fields)).key).not.toEqual(only(edits.addNote(fields)).key);
    });

    it('updates the text, renews updatedAt and keeps createdAt', async () => {
      const stored = await database.notes.get('n-a1');
      const change = only(await edits.updateNote('n-a1', { text: 'Reservisten werven' }));
      expect(change).toMatchObject({ table: 'notes', key: 'n-a1', before: stored });
      const after = change.after as Note;
      expect(after).toEqual({ ...stored, text: 'Reservisten werven', updatedAt: after.updatedAt });
      expect(after.updatedAt).not.toBe(CREATED);
      expect(after.createdAt).toBe(CREATED);
    });

    it('moves a note to another team and element, keeping its text and author', async () => {
      const change = only(await edits.updateNote('n-a1', { teamId: TEAM_B, elementId: 'maatwerk.begeleiding' }));
      expect(change.key).toBe('n-a1');
      expect(change.after).toMatchObject({
        id: 'n-a1',
        teamId: TEAM_B,
        elementId: 'maatwerk.begeleiding',
        text: 'Notitie n-a1',
        authorId: 'p-anna',
      });
    });

    it('removes the author when the patch sets it to undefined', async () => {
      const change = only(await edits.updateNote('n-a1', { authorId: undefined }));
      expect(change.after).not.toHaveProperty('authorId');
      await writer.apply(workshopId, [change]);
      expect(await database.notes.get('n-a1')).not.toHaveProperty('authorId');
    });

    it('deletes a note, remembering it whole for undo', async () => {
      const stored = await database.notes.get('n-b2');
      expect(only(await edits.deleteNote('n-b2'))).toEqual({ table: 'notes', key: 'n-b2', before: stored, after: undefined });
    });

    it('changes nothing for a note that does not exist', async () => {
      expect(await edits.updateNote('missing', { text: 'x' })).toEqual([]);
      expect(await edits.deleteNote('missing')).toEqual([]);
    });
  });

  describe('actions', () => {
    it('adds an action with every field, a new id and the workshop tag', () => {
      const fields = {
        title: 'Pool opzetten',
        elementIds: ['matching.aanbod', 'mogelijkheden.reservepool'],
        owner: { name: 'Мария', organisation: 'GGD' },
        dueDate: '2027-02-01',
        status: 'bezig' as const,
        teamId: TEAM_B,
        firstStep: 'Lijst maken',
      };
      const change = only(edits.addAction(fields));
      const added = change.after as Action;
      expect(change).toMatchObject({ table: 'actions', key: added.id, before: undefined });
      expect(added).toEqual({ ...fields, id: added.id, workshopId, createdAt: added.createdAt, updatedAt: added.createdAt });
    });

    it('updates an action; null stays as "no date", undefined removes an optional field', async () => {
      const stored = await database.actions.get('act-a');
      const change = only(await edits.updateAction('act-a', { status: 'klaar', dueDate: null, firstStep: undefined }));
      expect(change.before).toEqual(stored);
      const after = change.after as Action;
      expect(after).toMatchObject({ id: 'act-a', status: 'klaar', dueDate: null, title: 'Actie act-a', teamId: teamA });
      expect(after).not.toHaveProperty('firstStep');
      expect(after.createdAt).toBe(CREATED);
      expect(after.updatedAt).not.toBe(CREATED);
    });

    it('deletes an action, and changes nothing for an unknown one', async () => {
      const stored = await database.actions.get('act-b');
      expect(only(await edits.deleteAction('act-b'))).toEqual({ table: 'actions', key: 'act-b', before: stored, after: undefined });
      expect(await edits.deleteAction('missing')).toEqual([]);
      expect(await edits.updateAction('missing', { status: 'klaar' })).toEqual([]);
    });
  });

  describe('teams', () => {
    it('adds a team with a trimmed name, last in the order, and a colour only when one is given', async () => {
      const plain = only(await edits.addTeam('  Team 3  ')).after;
      expect(plain).toEqual({ id: expect.stringMatching(/^id-/), name: 'Team 3', workshopId, position: 2 });
      expect(plain).not.toHaveProperty('colour');
      expect(only(await edits.addTeam('Team 4', '#1f77b4')).after).toMatchObject({ name: 'Team 4', colour: '#1f77b4' });
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
      const change = only(await edits.updateTeam(TEAM_B, { name: 'Blauw' }));
      expect(change).toMatchObject({ table: 'teams', key: TEAM_B, before: { name: 'Team 2' }, after: { id: TEAM_B, name: 'Blauw' } });
      expect(await edits.updateTeam('missing', { name: 'x' })).toEqual([]);
    });

    it('removes a team with its scores, notes and actions, and keeps its participants without a team', async () => {
      const changes = await edits.removeTeam(teamA);

      expect(keysOf(changes, 'assessments')).toEqual(
        expect.arrayContaining([
          [teamA, 'matching.aanbod'],
          [teamA, 'maatwerk.opleiding'],
        ]),
      );
      expect(keysOf(changes, 'assessments')).toHaveLength(2);
      expect(keysOf(changes, 'notes').sort()).toEqual(['n-a1', 'n-a2']);
      expect(keysOf(changes, 'actions')).toEqual(['act-a']);
      // Team 2 moves up into the first place.
      expect(keysOf(changes, 'teams')).toEqual([teamA, TEAM_B]);
      expect(changes.at(-1)).toMatchObject({ key: TEAM_B, before: { position: 1 }, after: { position: 0 } });
      const gone = changes.filter((candidate) => candidate.table !== 'participants' && candidate.key !== TEAM_B);
      for (const change of gone) expect(change.after).toBeUndefined();

      const [detached] = changes.filter((change) => change.table === 'participants');
      expect(keysOf(changes, 'participants')).toEqual(['p-anna']);
      expect(detached!.after).toEqual({ id: 'p-anna', name: 'Anna de Vries', workshopId });
    });

    it('leaves the other team, the workshop-wide action and the other workshop as they were', async () => {
      const before = await contents();
      await writer.apply(workshopId, await edits.removeTeam(teamA));
      const after = await contents();

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
      const change = only(edits.addParticipant({ name: 'Łukasz Wróbel', teamId: TEAM_B }));
      expect(change.after).toEqual({ id: change.key, name: 'Łukasz Wróbel', teamId: TEAM_B, workshopId });
    });

    it('removes a participant and keeps their notes, in every team, without an author', async () => {
      const changes = await edits.removeParticipant('p-anna');
      expect(changes.at(-1)).toMatchObject({ table: 'participants', key: 'p-anna', after: undefined });
      expect(keysOf(changes, 'notes').sort()).toEqual(['n-a1', 'n-b1']);
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

  describe('updateDetails', () => {
    it('changes the workshop’s details and removes a field patched with undefined', async () => {
      const stored = await database.workshops.get(workshopId);
      const change = only(await edits.updateDetails({ title: 'Zorgreserve Noord', goal: 'Pool van 40', location: undefined }));
      expect(change).toMatchObject({ table: 'workshops', key: workshopId, before: stored });
      const after = change.after as Workshop;
      expect(after).toMatchObject({ id: workshopId, title: 'Zorgreserve Noord', goal: 'Pool van 40', date: '2026-12-01' });
      expect(after).not.toHaveProperty('location');
    });

    it('changes nothing when the workshop does not exist', async () => {
      expect(await new WorkshopEdits(database, factory, 'missing').updateDetails({ title: 'x' })).toEqual([]);
    });
  });

  describe('template', () => {
    const elementsOf = (template: object | undefined) => (template as Template).themes.flatMap((theme) => theme.elements);

    it('renames an element in place: same id, same position, its questions kept', async () => {
      const stored = await database.templates.get(workshopId);
      const change = only(await edits.updateElement('matching.aanbod', { title: { nl: 'Aanbod reservisten', en: 'Reservist supply' } }));
      expect(change).toMatchObject({ table: 'templates', key: workshopId, before: stored });

      const before = elementsOf(change.before);
      const after = elementsOf(change.after);
      const index = before.findIndex((element) => element.id === 'matching.aanbod');
      expect(after.map((element) => element.id)).toEqual(before.map((element) => element.id));
      expect(after[index]).toEqual({ ...before[index], title: { nl: 'Aanbod reservisten', en: 'Reservist supply' } });
      expect(after.filter((_, i) => i !== index)).toEqual(before.filter((_, i) => i !== index));
      expect((change.after as { workshopId: string }).workshopId).toBe(workshopId);
    });

    it('does not change the stored template object it read', async () => {
      const change = only(await edits.updateElement('matching.aanbod', { title: { nl: 'X', en: 'X' } }));
      expect(elementsOf(change.before).find((element) => element.id === 'matching.aanbod')?.title.nl).not.toBe('X');
    });

    it('adds an own element at the end of the right theme, under a new "eigen." id', async () => {
      const first = only(await edits.addOwnElement('maatwerk', { nl: 'Kinderopvang', en: 'Childcare' }));
      const template = first.after as Template;
      const maatwerk = template.themes.find((theme) => theme.id === 'maatwerk')!;
      const added = maatwerk.elements.at(-1)!;
      expect(maatwerk.elements).toHaveLength(6);
      expect(added).toEqual({
        id: expect.stringMatching(/^eigen\./),
        title: { nl: 'Kinderopvang', en: 'Childcare' },
        questions: { nl: '', en: '' },
        source: 'eigen',
      });
      for (const theme of template.themes.filter((candidate) => candidate.id !== 'maatwerk')) expect(theme.elements).toHaveLength(5);

      await writer.apply(workshopId, [first]);
      const second = only(await edits.addOwnElement('maatwerk', { nl: 'Vervoer', en: 'Transport' }));
      const ids = elementsOf(second.after).map((element) => element.id);
      expect(new Set(ids).size).toBe(ids.length);
      const titles = (second.after as Template).themes
        .find((theme) => theme.id === 'maatwerk')!
        .elements.map((element) => element.title.nl);
      expect(titles.slice(-2)).toEqual(['Kinderopvang', 'Vervoer']);
      expect(workshopDataSchema.safeParse(await repository.load(workshopId)).success).toBe(true);
    });
  });

  describe('undo through invert', () => {
    const cases: { name: string; edit: () => RecordChange[] | Promise<RecordChange[]> }[] = [
      { name: 'scoreElement (new)', edit: () => edits.scoreElement(TEAM_B, 'maatwerk.opleiding', { maturity: 3 }) },
      { name: 'scoreElement (existing)', edit: () => edits.scoreElement(teamA, 'matching.aanbod', { agreements: 'Pool van 60' }) },
      { name: 'addNote', edit: () => edits.addNote({ teamId: teamA, elementId: 'matching.vraag', text: 'Nieuw', colour: 'roze' }) },
      { name: 'updateNote', edit: () => edits.updateNote('n-a1', { text: 'Anders', authorId: undefined }) },
      { name: 'moveNote', edit: () => edits.updateNote('n-a1', { teamId: TEAM_B, elementId: 'matching.vraag' }) },
      { name: 'deleteNote', edit: () => edits.deleteNote('n-a2') },
      { name: 'addAction', edit: () => edits.addAction({ title: 'Nieuw', elementIds: [], owner: null, dueDate: null, status: 'open' }) },
      { name: 'updateAction', edit: () => edits.updateAction('act-a', { status: 'klaar', firstStep: undefined }) },
      { name: 'deleteAction', edit: () => edits.deleteAction('act-all') },
      { name: 'addTeam', edit: () => edits.addTeam('Team 3', '#2ca02c') },
      { name: 'updateTeam', edit: () => edits.updateTeam(TEAM_B, { name: 'Blauw' }) },
      { name: 'moveTeam', edit: () => edits.moveTeam(TEAM_B, -1) },
      { name: 'removeTeam', edit: () => edits.removeTeam(teamA) },
      { name: 'addParticipant', edit: () => edits.addParticipant({ name: 'Dana' }) },
      { name: 'updateParticipant', edit: () => edits.updateParticipant('p-chris', { organisation: undefined, teamId: TEAM_B }) },
      { name: 'removeParticipant', edit: () => edits.removeParticipant('p-anna') },
      { name: 'updateDetails', edit: () => edits.updateDetails({ title: 'Anders', location: undefined, facilitator: 'Eva' }) },
      { name: 'updateElement', edit: () => edits.updateElement('matching.aanbod', { questions: { nl: 'Wie?', en: 'Who?' } }) },
      { name: 'addOwnElement', edit: () => edits.addOwnElement('matching', { nl: 'Eigen', en: 'Own' }) },
    ];

    it.each(cases)('$name: applying its inverse restores the database exactly, and redo gives the edit back', async ({ edit }) => {
      const original = await contents();
      const changes = await edit();
      expect(changes.length).toBeGreaterThan(0);

      await writer.apply(workshopId, changes);
      const edited = await contents();
      expect(edited).not.toEqual(original);

      await writer.apply(workshopId, invert(changes));
      expect(await contents()).toEqual(original);

      await writer.apply(workshopId, changes);
      expect(await contents()).toEqual(edited);
    });
  });
});
