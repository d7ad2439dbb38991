import { describe, expect, it } from 'vitest';
import { blankWorkshop } from '../../tests/support/blankWorkshop';
import { testRecordFactory } from '../../tests/support/recordFactory';
import { actionRecord, assessmentRecord, noteRecord } from '../../tests/support/records';
import { workshopDataSchema, type WorkshopData } from './workshopData';

const factory = testRecordFactory();

function sample(): WorkshopData {
  const data = blankWorkshop({ title: 'Test', teamNames: ['Team 1'] }, factory);
  const teamId = data.teams[0]!.id;
  data.participants.push({ id: 'p1', name: 'Мария', teamId });
  data.notes.push(noteRecord('n1', teamId, { text: 'Roosters delen', authorId: 'p1' }));
  data.assessments.push(assessmentRecord(teamId, 'matching.vraag', { maturity: 2, importance: 3 }));
  return data;
}

function problems(data: unknown): string[] {
  const result = workshopDataSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('a whole workshop', () => {
  it('is valid as made by the app', () => {
    expect(problems(sample())).toEqual([]);
  });
  it('refuses two notes with the same id', () => {
    const data = sample();
    data.notes.push({ ...data.notes[0]! });
    expect(problems(data)).toEqual(['notes.1.id: duplicate-id "n1"']);
  });
  it('refuses a note on a team that does not exist', () => {
    const data = sample();
    data.notes[0]!.teamId = 'ghost';
    expect(problems(data)).toEqual(['notes.0.teamId: unknown-team "ghost"']);
  });
  it('refuses an assessment of an element the template does not have', () => {
    const data = sample();
    data.assessments[0]!.elementId = 'matching.onbekend';
    expect(problems(data)).toEqual(['assessments.0.elementId: unknown-element "matching.onbekend"']);
  });
  it('refuses a second assessment of the same team and element', () => {
    const data = sample();
    data.assessments.push({ ...data.assessments[0]! });
    expect(problems(data)).toEqual(['assessments.1: duplicate-assessment "matching.vraag"']);
  });
  it('refuses an action linked to an unknown element and a note by an unknown author', () => {
    const data = sample();
    data.notes[0]!.authorId = 'nobody';
    data.actions.push(actionRecord('a1', { title: 'X', elementIds: ['x.y'] }));
    expect(problems(data)).toEqual(['notes.0.authorId: unknown-participant "nobody"', 'actions.0.elementIds.0: unknown-element "x.y"']);
  });
  it('needs at least one team', () => {
    const data = sample();
    expect(problems({ ...data, teams: [], participants: [], notes: [], assessments: [] })).toHaveLength(1);
  });
});
