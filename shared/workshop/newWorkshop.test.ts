import { describe, expect, it } from 'vitest';
import { sequentialIds, testRecordFactory } from '../../tests/support/recordFactory';
import { actionRecord, assessmentRecord, noteRecord } from '../../tests/support/records';
import { defaultTemplate } from '../canvas/defaultTemplate';
import { workshopDataSchema } from '../model/workshopData';
import { copyWorkshopData, createWorkshopData } from './newWorkshop';
import { validateNewWorkshop } from './validateNewWorkshop';

/** Ids `<prefix>-1`, `<prefix>-2`, …: a copy made with another prefix shares no id with its source by accident. */
const factory = (prefix: string) => testRecordFactory({ newId: sequentialIds(prefix) });

const input = {
  title: '  Brainport hybride docenten ',
  date: '2026-11-26',
  language: 'nl' as const,
  location: ' ',
  organisations: [{ name: ' ASML ', kind: 'regulier' as const }],
};

describe('a new workshop', () => {
  const data = createWorkshopData(input, 'Team 1', factory('a'));

  it('is valid, trimmed, and has one team and its own copy of the default template', () => {
    expect(workshopDataSchema.safeParse(data).success).toBe(true);
    expect(data.workshop.title).toBe('Brainport hybride docenten');
    expect(data.workshop.organisations).toEqual([{ name: 'ASML', kind: 'regulier' }]);
    expect('location' in data.workshop).toBe(false);
    expect(data.teams.map((team) => team.name)).toEqual(['Team 1']);
    expect(data.template).toEqual(defaultTemplate);
    expect(data.template).not.toBe(defaultTemplate);
  });
});

describe('a new workshop with its tables and facilitator named', () => {
  const data = createWorkshopData(
    { ...input, facilitator: ' Eva Ñúñez ', teamNames: [' Zuid ', 'Noord', 'Midden'] },
    'Team 1',
    factory('b'),
  );

  it('has those tables in that order, each its own colour, and the facilitator', () => {
    expect(workshopDataSchema.safeParse(data).success).toBe(true);
    expect(data.teams.map((team) => team.name)).toEqual(['Zuid', 'Noord', 'Midden']);
    expect(new Set(data.teams.map((team) => team.colour)).size).toBe(3);
    expect(data.workshop.facilitator).toBe('Eva Ñúñez');
  });

  it('leaves the facilitator out when none is given', () => {
    expect('facilitator' in createWorkshopData({ ...input, facilitator: '  ' }, 'Team 1', factory('c')).workshop).toBe(false);
  });
});

describe('a copy of a workshop', () => {
  const source = createWorkshopData(input, 'Team 1', factory('a'));
  const teamId = source.teams[0]!.id;
  source.participants.push({ id: 'p1', name: 'Zoë', teamId });
  source.notes.push(noteRecord('n1', teamId, { text: 'x', authorId: 'p1' }));
  source.actions.push(actionRecord('a1', { title: 'Y', teamId }));
  source.assessments.push(assessmentRecord(teamId, 'matching.vraag', { maturity: 1, importance: 3, agreements: 'Samen' }));
  source.votes.push({ round: 1, elementId: 'matching.vraag', teamId, participantId: 'p1', dots: 2 });
  const copy = copyWorkshopData(source, 'Kopie', factory('b'));

  it('shares no record id with the original', () => {
    const ids = (data: typeof source) =>
      [data.workshop.id, ...data.teams, ...data.participants, ...data.notes, ...data.actions].map((r) =>
        typeof r === 'string' ? r : r.id,
      );
    const original = new Set(ids(source));
    for (const id of ids(copy)) expect(original.has(id)).toBe(false);
  });
  it('points every reference at the copied team and participant', () => {
    const newTeam = copy.teams[0]!.id;
    const newParticipant = copy.participants[0]!.id;
    expect(copy.participants[0]!.teamId).toBe(newTeam);
    expect(copy.notes[0]).toMatchObject({ teamId: newTeam, authorId: newParticipant });
    expect(copy.actions[0]!.teamId).toBe(newTeam);
    expect(copy.assessments[0]).toMatchObject({ teamId: newTeam, agreements: 'Samen' });
    expect(copy.votes[0]).toMatchObject({ teamId: newTeam, participantId: newParticipant, dots: 2 });
  });
  it('keeps element ids and the title it was given, and leaves the original untouched', () => {
    expect(copy.workshop.title).toBe('Kopie');
    expect(copy.notes[0]!.elementId).toBe('matching.vraag');
    expect(source.notes[0]!.teamId).toBe(teamId);
  });
});

describe('validating the new-workshop form', () => {
  it('accepts a complete form', () => {
    expect(validateNewWorkshop(input)).toEqual([]);
  });
  it('names every problem: empty title, impossible date, nameless organisation', () => {
    expect(
      validateNewWorkshop({
        ...input,
        title: ' ',
        date: '2026-13-01',
        organisations: [
          { name: 'A', kind: 'regulier' },
          { name: ' ', kind: 'anders' },
        ],
      }),
    ).toEqual([
      { field: 'title', code: 'titleRequired' },
      { field: 'date', code: 'dateInvalid' },
      { field: 'organisations', code: 'organisationNameRequired', index: 1 },
    ]);
  });
  it('refuses a table without a name, and two tables with the same name', () => {
    expect(validateNewWorkshop({ ...input, teamNames: ['Tafel 1', ' ', 'tafel 1 ', 'Tafel 3'] })).toEqual([
      { field: 'teams', code: 'teamNameRequired', index: 1 },
      { field: 'teams', code: 'teamNameTaken', index: 2 },
    ]);
  });
  it('refuses a title over 200 characters', () => {
    expect(validateNewWorkshop({ ...input, title: 'x'.repeat(201) })).toEqual([{ field: 'title', code: 'titleTooLong', max: 200 }]);
  });
});
