/** The workshop the WorkshopEdits tests edit, in a test database, and what they read back: the database's contents and the changes. */
import { expect } from 'vitest';
import type { Action } from '../../shared/model/action';
import type { Assessment } from '../../shared/model/assessment';
import type { Note } from '../../shared/model/note';
import type { RecordChange } from '../../renderer/data/changes';
import type { ActieplaatDatabase } from '../../renderer/data/db';
import { actionRecord, assessmentRecord, noteRecord } from './records';
import { sequentialIds, steppingClock, TEST_TIME, testRecordFactory } from './recordFactory';
import { openTestDatabase } from './testDatabase';
import { createWorkshopIn, type WorkshopInDatabase } from './workshopInDatabase';

/** When every seeded record was made; an edit's own time comes from the factory's clock, later. */
export const CREATED = TEST_TIME;
export const TEAM_B = 'team-b';

export interface EditsWorkshop extends WorkshopInDatabase {
  database: ActieplaatDatabase;
  /** Team 1's id; Team 2's is TEAM_B. */
  teamA: string;
  /** A second workshop, with a note of its own, that no edit of the first may touch. */
  otherWorkshopId: string;
}

const scored = (teamId: string, elementId: string, fields: Partial<Assessment> = {}) =>
  assessmentRecord(teamId, elementId, { maturity: 2, importance: 3, ...fields });
const note = (id: string, teamId: string, fields: Partial<Note> = {}) =>
  noteRecord(id, teamId, { elementId: 'matching.aanbod', ...fields });
const action = (id: string, fields: Partial<Action> = {}) =>
  actionRecord(id, { elementIds: ['matching.aanbod'], owner: { name: 'Anna de Vries' }, dueDate: '2027-01-10', ...fields });

/**
 * In a fresh database for the running test (call it in a `beforeEach`): "Zorgreserve" with two teams
 * with scores, notes, actions and participants, one workshop-wide action, and a second workshop. Ids
 * `id-1`, `id-2`, …; the clock moves a second per call from 22 November 2026, 12:00 UTC.
 */
export async function openEditsWorkshop(): Promise<EditsWorkshop> {
  const database = await openTestDatabase();
  const factory = testRecordFactory({ newId: sequentialIds(), now: steppingClock('2026-11-22T12:00:00.000Z') });
  const input = {
    title: 'Zorgreserve',
    date: '2026-12-01',
    location: 'Groningen',
    organisations: [{ name: 'UMCG', kind: 'cruciaal' as const }],
    teamNames: ['Team 1'],
  };
  const workshop = await createWorkshopIn(database, { input, factory });
  const { data, repository } = workshop;
  const teamA = workshop.teamId;
  data.teams.push({ id: TEAM_B, name: 'Team 2' });
  data.participants.push(
    { id: 'p-anna', name: 'Anna de Vries', teamId: teamA },
    { id: 'p-bram', name: 'Bram Jansen', teamId: TEAM_B },
    { id: 'p-chris', name: 'Chris', organisation: 'Defensie' },
  );
  data.assessments.push(
    scored(teamA, 'matching.aanbod', { agreements: 'Pool van 40' }),
    scored(teamA, 'maatwerk.opleiding', { maturity: 1 }),
    scored(TEAM_B, 'matching.aanbod', { maturity: 4 }),
  );
  data.notes.push(
    note('n-a1', teamA, { authorId: 'p-anna' }),
    note('n-a2', teamA, { authorId: 'p-bram' }),
    note('n-b1', TEAM_B, { authorId: 'p-anna' }),
    note('n-b2', TEAM_B),
  );
  data.actions.push(action('act-a', { teamId: teamA, firstStep: 'Bellen met HR' }), action('act-b', { teamId: TEAM_B }), action('act-all'));
  await repository.write(data);

  const other = await createWorkshopIn(database, { input: { ...input, title: 'Andere workshop' }, factory });
  other.data.notes.push(note('n-other', other.teamId));
  await repository.write(other.data);
  return { ...workshop, database, teamA, otherWorkshopId: other.workshopId };
}

/** Everything in the database, in key order; a workshop's updatedAt is the writer's to change. */
export async function workshopContents(database: ActieplaatDatabase) {
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

/** The one change of an edit that must make exactly one. */
export function onlyChange(changes: RecordChange[]): RecordChange {
  expect(changes).toHaveLength(1);
  return changes[0]!;
}

/** The keys of the changes to one table. */
export const changedKeys = (changes: RecordChange[], table: RecordChange['table']) =>
  changes.filter((change) => change.table === table).map((change) => change.key);
