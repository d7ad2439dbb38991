/** Every kind of WorkshopEdits change undone through `invert` and redone, exactly. */
import { beforeEach, describe, expect, it } from 'vitest';
import { openEditsWorkshop, TEAM_B, workshopContents } from '../../tests/support/editsWorkshop';
import { invert, type ChangeWriter, type RecordChange } from './changes';
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
      const original = await workshopContents(database);
      const changes = await edit();
      expect(changes.length).toBeGreaterThan(0);

      await writer.apply(workshopId, changes);
      const edited = await workshopContents(database);
      expect(edited).not.toEqual(original);

      await writer.apply(workshopId, invert(changes));
      expect(await workshopContents(database)).toEqual(original);

      await writer.apply(workshopId, changes);
      expect(await workshopContents(database)).toEqual(edited);
    });
  });
});
