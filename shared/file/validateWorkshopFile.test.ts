import { describe, expect, it } from 'vitest';
import { benchmarkWorkshop } from '../../tests/fixtures/benchmarkWorkshop';
import { readWorkshopFile, type ImportProblem } from './readWorkshopFile';
import { MAX_ISSUES_PER_PART } from './validateWorkshopFile';
import { serializeWorkshopFile, toWorkshopFile } from './workshopFile';

type Records = Record<string, unknown>[];
type FileObject = Record<string, unknown> & {
  workshop: Record<string, unknown>;
  template: { themes: { elements: Records }[] };
  teams: Records;
  participants: Records;
  notes: Records;
  actions: Records & { owner?: unknown }[];
  votes: Records;
};

const fixture = benchmarkWorkshop();
const fileText = serializeWorkshopFile(toWorkshopFile(fixture, { name: 'actieplaat', version: '0.1.0' }, '2026-11-22T14:03:00.000Z'));
const fileObject = () => JSON.parse(fileText) as FileObject;
const read = (file: unknown) => readWorkshopFile(new TextEncoder().encode(JSON.stringify(file)));

function problemOf(file: unknown): ImportProblem {
  const result = read(file);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
}

describe('tolerant loading: null in an optional field', () => {
  it('reads as absent in every kind of record, and the workshop is imported', () => {
    const file = fileObject();
    const action = file.actions.find((record) => record.teamId !== undefined)!;
    action.teamId = null;
    action.firstStep = null;
    action.owner = { name: 'Anouk de Vries', organisation: null };
    file.participants[0]!.role = null;
    file.participants[0]!.teamId = null;
    file.teams[0]!.colour = null;
    file.notes[0]!.authorId = null;
    file.votes[0]!.participantId = null;
    Object.assign(file.workshop, { location: null, goal: null, facilitator: null, agenda: null });
    const result = read(file);
    expect(result.ok, JSON.stringify(!result.ok && result.problem)).toBe(true);
    if (!result.ok) return;
    const imported = result.data.actions.find((record) => record.id === action.id)!;
    expect('teamId' in imported || 'firstStep' in imported).toBe(false);
    expect(imported.owner).toEqual({ name: 'Anouk de Vries' });
    expect(Object.keys(result.data.participants[0]!)).not.toContain('role');
    expect(Object.keys(result.data.workshop)).not.toEqual(expect.arrayContaining(['location']));
    expect(result.data.workshop).not.toHaveProperty('agenda');
  });

  it('reaches into nested optional fields (an agenda phase’s times)', () => {
    const file = fileObject();
    file.workshop.agenda = { phases: [{ id: 'ph1', kind: 'welkom', plannedMinutes: 10, themeId: null, startedAt: null, endedAt: null }] };
    const result = read(file);
    expect(result.ok, JSON.stringify(!result.ok && result.problem)).toBe(true);
    if (result.ok) expect(result.data.workshop.agenda?.phases[0]).toEqual({ id: 'ph1', kind: 'welkom', plannedMinutes: 10 });
  });

  it('keeps null where it is a value (no owner, no date) and in fields the app does not know', () => {
    const file = fileObject();
    Object.assign(file.notes[0]!, { reactions: null });
    Object.assign(file.actions[0]!, { owner: null, dueDate: null });
    const result = read(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.notes[0]).toHaveProperty('reactions', null);
    expect(result.data.actions[0]).toMatchObject({ owner: null, dueDate: null });
  });

  it('still refuses null in a field that must be there', () => {
    const file = fileObject();
    file.notes[2]!.text = null;
    expect(problemOf(file)).toEqual({
      code: 'invalid',
      issues: [{ record: { collection: 'notes', position: 3 }, field: 'text', problem: 'wrong-type' }],
      total: 1,
    });
  });
});

describe('one refusal names every problem of the file', () => {
  it('field problems, colliding ids and unknown references together, in the order of the file', () => {
    const file = fileObject();
    delete file.actions[2]!.title;
    file.notes[4]!.teamId = 'onbekend';
    file.notes[6]!.id = file.notes[5]!.id;
    file.template.themes[2]!.elements.push({ ...file.template.themes[0]!.elements[0]! });
    file.template.themes[1]!.elements[0]!.source = 'verzonnen';
    file.workshop.date = '2026-02-30';
    expect(problemOf(file)).toEqual({
      code: 'invalid',
      issues: [
        { record: { collection: 'workshop' }, field: 'date', problem: 'invalid-date' },
        { record: { collection: 'template' }, field: 'themes.elements.source', problem: 'invalid' },
        { record: { collection: 'template' }, field: 'themes.elements.id', problem: 'duplicate-element' },
        { record: { collection: 'notes', position: 5 }, field: 'teamId', problem: 'unknown-team' },
        { record: { collection: 'notes', position: 7 }, field: 'id', problem: 'duplicate-id' },
        { record: { collection: 'actions', position: 3 }, field: 'title', problem: 'missing' },
      ],
      total: 6,
    });
  });

  it('does not call a reference to a record with problems of its own a reference to nothing', () => {
    const file = fileObject();
    const team = file.teams[1]!;
    team.name = '';
    const problem = problemOf(file);
    expect(problem).toEqual({
      code: 'invalid',
      issues: [{ record: { collection: 'teams', position: 2 }, field: 'name', problem: 'empty' }],
      total: 1,
    });
  });

  it('keeps the first problems of each part of the file and counts them all', () => {
    const file = fileObject();
    file.notes.slice(0, 30).forEach((note) => (note.text = ''));
    delete file.actions[0]!.status;
    const problem = problemOf(file);
    if (problem.code !== 'invalid') throw new Error(problem.code);
    expect(problem.total).toBe(31);
    expect(problem.issues.filter((issue) => issue.record.collection === 'notes')).toHaveLength(MAX_ISSUES_PER_PART);
    expect(problem.issues.at(-1)).toEqual({ record: { collection: 'actions', position: 1 }, field: 'status', problem: 'missing' });
  });
});
