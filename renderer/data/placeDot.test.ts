import { beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../tests/support/testDatabase';
import { createWorkshopIn } from '../../tests/support/workshopInDatabase';
import { invert, type ChangeWriter } from './changes';
import type { ActieplaatDatabase } from './db';
import type { WorkshopEdits } from './edits';

let database: ActieplaatDatabase;
let edits: WorkshopEdits;
let writer: ChangeWriter;
let teamId: string;

beforeEach(async () => {
  database = await openTestDatabase();
  ({ edits, writer, teamId } = await createWorkshopIn(database, { input: { title: 'Stemmen', teamNames: ['Team 1'] } }));
});

const place = async (elementId: string, delta: 1 | -1, budget = 2) =>
  writer.apply(edits.workshopId, await edits.placeDot(1, { teamId }, elementId, delta, budget));
const stored = async () => (await database.votes.toArray()).map(({ elementId, dots }) => `${elementId}:${dots}`).sort();

describe('placing dots', () => {
  it('adds a dot record, then counts up on the same element', async () => {
    await place('matching.vraag', 1);
    await place('matching.vraag', 1);
    expect(await stored()).toEqual(['matching.vraag:2']);
  });
  it('refuses a dot past the team’s budget, changing nothing', async () => {
    await place('matching.vraag', 1);
    await place('matching.aanbod', 1);
    expect(await edits.placeDot(1, { teamId }, 'matching.verbinder', 1, 2)).toEqual([]);
    expect(await stored()).toEqual(['matching.aanbod:1', 'matching.vraag:1']);
  });
  it('takes a dot back, removing the record at zero, and cannot go below zero', async () => {
    await place('matching.vraag', 1);
    await place('matching.vraag', -1);
    expect(await stored()).toEqual([]);
    expect(await edits.placeDot(1, { teamId }, 'matching.vraag', -1, 2)).toEqual([]);
  });
  it('keeps a participant’s budget apart from the team’s', async () => {
    await place('matching.vraag', 1);
    await place('matching.vraag', 1);
    const own = await edits.placeDot(1, { teamId, participantId: 'p1' }, 'matching.vraag', 1, 2);
    expect(own).toHaveLength(1);
    await writer.apply(edits.workshopId, own);
    expect((await database.votes.toArray()).map(({ participantId, dots }) => `${participantId ?? 'team'}:${dots}`).sort()).toEqual([
      'p1:1',
      'team:2',
    ]);
  });
  it('is undone exactly, record key and all', async () => {
    await place('matching.vraag', 1);
    const changes = await edits.placeDot(1, { teamId }, 'matching.vraag', 1, 2);
    await writer.apply(edits.workshopId, changes);
    await writer.apply(edits.workshopId, invert(changes));
    expect(await stored()).toEqual(['matching.vraag:1']);
  });
});
