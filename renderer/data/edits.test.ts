/** What WorkshopEdits describes for scores, notes and actions; teams, the template and undo have files of their own (edits*.test.ts). */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/model/action';
import type { Assessment } from '../../shared/model/assessment';
import type { Note } from '../../shared/model/note';
import { CREATED, onlyChange, openEditsWorkshop, TEAM_B, workshopContents } from '../../tests/support/editsWorkshop';
import type { ChangeWriter } from './changes';
import type { ActieplaatDatabase } from './db';
import type { WorkshopEdits } from './edits';

let database: ActieplaatDatabase;
let writer: ChangeWriter;
let edits: WorkshopEdits;
let workshopId: string;
let teamA: string;

beforeEach(async () => {
  ({ database, writer, edits, workshopId, teamA } = await openEditsWorkshop());
});

describe('WorkshopEdits', () => {
  it('writes nothing itself: every method only describes its change', async () => {
    const before = await workshopContents(database);
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
    expect(await workshopContents(database)).toEqual(before);
  });

  describe('scoreElement', () => {
    it('creates an assessment, tagged with the workshop, when the team has not scored the element yet', async () => {
      const change = onlyChange(await edits.scoreElement(TEAM_B, 'maatwerk.opleiding', { maturity: 3 }));
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
      const change = onlyChange(await edits.scoreElement(teamA, 'matching.aanbod', { importance: 1, notApplicable: true }));
      expect(change.before).toEqual(stored);
      expect(change.after).toMatchObject({ maturity: 2, importance: 1, notApplicable: true, agreements: 'Pool van 40', workshopId });
      expect((change.after as Assessment).updatedAt).not.toBe(CREATED);
    });

    it('scores one team without touching the other team’s assessment of the same element', async () => {
      const change = onlyChange(await edits.scoreElement(teamA, 'matching.aanbod', { maturity: 5 }));
      await writer.apply(workshopId, [change]);
      expect((await database.assessments.get([teamA, 'matching.aanbod']))?.maturity).toBe(5);
      expect((await database.assessments.get([TEAM_B, 'matching.aanbod']))?.maturity).toBe(4);
    });
  });

  describe('notes', () => {
    it('adds a note under a new id with its author, both timestamps and the workshop tag', () => {
      const change = onlyChange(
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
      const change = onlyChange(edits.addNote({ teamId: TEAM_B, elementId: 'matching.vraag', text: 'Anoniem', colour: 'geel' }));
      expect(change.after).not.toHaveProperty('authorId');
    });

    it('gives every added note its own id', () => {
      const fields = { teamId: TEAM_B, elementId: 'matching.vraag', text: 'Zelfde', colour: 'geel' };
      expect(onlyChange(edits.addNote(fields)).key).not.toEqual(onlyChange(edits.addNote(fields)).key);
    });

    it('updates the text, renews updatedAt and keeps createdAt', async () => {
      const stored = await database.notes.get('n-a1');
      const change = onlyChange(await edits.updateNote('n-a1', { text: 'Reservisten werven' }));
      expect(change).toMatchObject({ table: 'notes', key: 'n-a1', before: stored });
      const after = change.after as Note;
      expect(after).toEqual({ ...stored, text: 'Reservisten werven', updatedAt: after.updatedAt });
      expect(after.updatedAt).not.toBe(CREATED);
      expect(after.createdAt).toBe(CREATED);
    });

    it('moves a note to another team and element, keeping its text and author', async () => {
      const change = onlyChange(await edits.updateNote('n-a1', { teamId: TEAM_B, elementId: 'maatwerk.begeleiding' }));
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
      const change = onlyChange(await edits.updateNote('n-a1', { authorId: undefined }));
      expect(change.after).not.toHaveProperty('authorId');
      await writer.apply(workshopId, [change]);
      expect(await database.notes.get('n-a1')).not.toHaveProperty('authorId');
    });

    it('deletes a note, remembering it whole for undo', async () => {
      const stored = await database.notes.get('n-b2');
      expect(onlyChange(await edits.deleteNote('n-b2'))).toEqual({ table: 'notes', key: 'n-b2', before: stored, after: undefined });
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
      const change = onlyChange(edits.addAction(fields));
      const added = change.after as Action;
      expect(change).toMatchObject({ table: 'actions', key: added.id, before: undefined });
      expect(added).toEqual({ ...fields, id: added.id, workshopId, createdAt: added.createdAt, updatedAt: added.createdAt });
    });

    it('updates an action; null stays as "no date", undefined removes an optional field', async () => {
      const stored = await database.actions.get('act-a');
      const change = onlyChange(await edits.updateAction('act-a', { status: 'klaar', dueDate: null, firstStep: undefined }));
      expect(change.before).toEqual(stored);
      const after = change.after as Action;
      expect(after).toMatchObject({ id: 'act-a', status: 'klaar', dueDate: null, title: 'Actie act-a', teamId: teamA });
      expect(after).not.toHaveProperty('firstStep');
      expect(after.createdAt).toBe(CREATED);
      expect(after.updatedAt).not.toBe(CREATED);
    });

    it('deletes an action, and changes nothing for an unknown one', async () => {
      const stored = await database.actions.get('act-b');
      expect(onlyChange(await edits.deleteAction('act-b'))).toEqual({ table: 'actions', key: 'act-b', before: stored, after: undefined });
      expect(await edits.deleteAction('missing')).toEqual([]);
      expect(await edits.updateAction('missing', { status: 'klaar' })).toEqual([]);
    });
  });
});
