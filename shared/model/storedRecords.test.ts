import { describe, expect, it } from 'vitest';
import { storedRecordProblem } from './storedRecords';
import { ACTION_ELEMENTS_MAX, GOAL_MAX, NOTE_TEXT_MAX, ORGANISATION_NAME_MAX } from './vocabulary';

const at = '2026-11-22T14:03:00.000Z';
const workshop = { id: 'w1', title: 'Zorg', date: '2026-11-22', language: 'nl', organisations: [], createdAt: at, updatedAt: at };
const note = { id: 'n1', workshopId: 'w1', teamId: 't1', elementId: 'e1', text: 'Pool', colour: 'geel', createdAt: at, updatedAt: at };
const action = {
  id: 'a1',
  workshopId: 'w1',
  title: 'Pool',
  elementIds: ['e1'],
  owner: null,
  dueDate: null,
  status: 'open',
  createdAt: at,
  updatedAt: at,
};

describe('storedRecordProblem', () => {
  it('passes records as the database stores them, with their tags and fields it does not know', () => {
    expect(storedRecordProblem('workshops', workshop)).toBeUndefined();
    expect(storedRecordProblem('notes', { ...note, futureField: 1 })).toBeUndefined();
    expect(storedRecordProblem('teams', { id: 't1', workshopId: 'w1', name: 'Tafel 1', position: 0 })).toBeUndefined();
    expect(storedRecordProblem('votes', { workshopId: 'w1', round: 1, elementId: 'e1', teamId: 't1', dots: 2, seq: 7 })).toBeUndefined();
  });

  it('names the table, the field as the file format spells it, the problem and the limit', () => {
    expect(storedRecordProblem('notes', { ...note, text: 'x'.repeat(NOTE_TEXT_MAX + 1) })).toEqual({
      table: 'notes',
      field: 'text',
      problem: 'too-long',
      limit: NOTE_TEXT_MAX,
    });
    expect(storedRecordProblem('workshops', { ...workshop, goal: 'x'.repeat(GOAL_MAX + 1) })).toMatchObject({
      field: 'goal',
      limit: GOAL_MAX,
    });
    expect(
      storedRecordProblem('workshops', { ...workshop, organisations: [{ name: 'x'.repeat(ORGANISATION_NAME_MAX + 1), kind: 'regulier' }] }),
    ).toMatchObject({ field: 'organisations.name', problem: 'too-long', limit: ORGANISATION_NAME_MAX });
    const elementIds = Array.from({ length: ACTION_ELEMENTS_MAX + 1 }, (_, i) => `e${i}`);
    expect(storedRecordProblem('actions', { ...action, elementIds })).toMatchObject({ field: 'elementIds', problem: 'too-many' });
    expect(storedRecordProblem('actions', { ...action, dueDate: '2026-02-30' })).toMatchObject({
      field: 'dueDate',
      problem: 'invalid-date',
    });
  });

  it('refuses a record without the workshop it belongs to, or with a place or number that is no whole number', () => {
    const { workshopId: _workshopId, ...untagged } = note;
    expect(storedRecordProblem('notes', untagged)).toMatchObject({ table: 'notes', field: 'workshopId', problem: 'missing' });
    expect(storedRecordProblem('teams', { id: 't1', workshopId: 'w1', name: 'Tafel 1', position: 1.5 })).toMatchObject({
      field: 'position',
    });
    expect(storedRecordProblem('votes', { workshopId: 'w1', round: 1, elementId: 'e1', dots: 1, seq: 0 })).toMatchObject({
      field: 'seq',
      problem: 'too-short',
    });
  });
});
