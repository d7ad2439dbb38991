import { describe, expect, it } from 'vitest';
import { actionSchema, isActionIncomplete } from './action';
import { assessmentSchema } from './assessment';
import { noteSchema } from './note';
import { participantSchema } from './participant';
import { teamSchema } from './team';
import { voteSchema } from './vote';
import { workshopSchema } from './workshop';

const at = '2026-11-22T14:03:00.000Z';

const workshop = {
  id: 'w1',
  title: 'Zorg en techniek',
  date: '2026-11-22',
  language: 'nl',
  organisations: [{ name: 'ASML', kind: 'regulier' }],
  createdAt: at,
  updatedAt: at,
};

describe('workshop', () => {
  it('accepts a complete workshop and keeps fields it does not know', () => {
    const parsed = workshopSchema.parse({ ...workshop, location: 'Eindhoven', futureField: { x: 1 } });
    expect(parsed.location).toBe('Eindhoven');
    expect(parsed['futureField']).toEqual({ x: 1 });
  });
  it.each([
    ['an empty title', { title: '   ' }],
    ['a title over 200 characters', { title: 'x'.repeat(201) }],
    ['a date that is not in the calendar', { date: '2026-02-30' }],
    ['a date with a time', { date: '2026-11-22T10:00' }],
    ['an unknown language', { language: 'de' }],
    ['an unknown kind of organisation', { organisations: [{ name: 'X', kind: 'overheid' }] }],
    ['a timestamp that is not ISO 8601', { updatedAt: 'gisteren' }],
  ])('refuses %s', (_case, change) => {
    expect(workshopSchema.safeParse({ ...workshop, ...change }).success).toBe(false);
  });
});

describe('assessment', () => {
  const assessment = {
    teamId: 't1',
    elementId: 'matching.vraag',
    maturity: 3,
    importance: 2,
    notApplicable: false,
    agreements: '',
    updatedAt: at,
  };
  it('accepts scores in range and unscored (null) values', () => {
    expect(assessmentSchema.safeParse(assessment).success).toBe(true);
    expect(assessmentSchema.safeParse({ ...assessment, maturity: null, importance: null }).success).toBe(true);
  });
  it.each([0, 6, 2.5, '3'])('refuses maturity %s', (maturity) => {
    expect(assessmentSchema.safeParse({ ...assessment, maturity }).success).toBe(false);
  });
  it.each([0, 4])('refuses importance %s', (importance) => {
    expect(assessmentSchema.safeParse({ ...assessment, importance }).success).toBe(false);
  });
});

describe('note', () => {
  const note = {
    id: 'n1',
    teamId: 't1',
    elementId: 'maatwerk.opleiding',
    text: 'VOG regelen',
    colour: 'geel',
    createdAt: at,
    updatedAt: at,
  };
  it('accepts a note with an author', () => {
    expect(noteSchema.safeParse({ ...note, authorId: 'p1' }).success).toBe(true);
  });
  it('refuses an empty note and one over 2,000 characters', () => {
    expect(noteSchema.safeParse({ ...note, text: ' ' }).success).toBe(false);
    expect(noteSchema.safeParse({ ...note, text: 'x'.repeat(2001) }).success).toBe(false);
  });
});

describe('action', () => {
  const action = {
    id: 'a1',
    title: 'Pilot met 4 hybride docenten',
    elementIds: ['mogelijkheden.hybride-baan'],
    owner: { name: 'Şahin Yılmaz', organisation: 'Summa College' },
    dueDate: '2027-02-01',
    status: 'open',
    createdAt: at,
    updatedAt: at,
  };
  it('accepts an action without owner or date, and calls it incomplete', () => {
    const parsed = actionSchema.parse({ ...action, owner: null, dueDate: null });
    expect(isActionIncomplete(parsed)).toBe(true);
    expect(isActionIncomplete(actionSchema.parse(action))).toBe(false);
    expect(isActionIncomplete({ owner: action.owner, dueDate: null })).toBe(true);
  });
  it('keeps the owner’s name exactly as typed', () => {
    expect(actionSchema.parse(action).owner?.name).toBe('Şahin Yılmaz');
  });
  it.each([
    ['an unknown status', { status: 'done' }],
    ['a title over 500 characters', { title: 'x'.repeat(501) }],
    ['a due date in another format', { dueDate: '01-02-2027' }],
    ['an owner without a name', { owner: { name: '' } }],
  ])('refuses %s', (_case, change) => {
    expect(actionSchema.safeParse({ ...action, ...change }).success).toBe(false);
  });
});

describe('team, participant and vote', () => {
  it('keeps Latin, Greek and Cyrillic names intact', () => {
    for (const name of ['Łukasz Wróbel', 'Şahin Yılmaz', 'Zoë Ñúñez', 'Ζωή', 'Мария']) {
      expect(participantSchema.parse({ id: 'p', name }).name).toBe(name);
    }
  });
  it('takes a team colour only as #rrggbb', () => {
    expect(teamSchema.safeParse({ id: 't', name: 'Tafel 1', colour: '#1E3A8A' }).success).toBe(true);
    expect(teamSchema.safeParse({ id: 't', name: 'Tafel 1', colour: 'red' }).success).toBe(false);
  });
  it('needs at least one dot per vote', () => {
    expect(voteSchema.safeParse({ round: 1, elementId: 'matching.vraag', dots: 1 }).success).toBe(true);
    expect(voteSchema.safeParse({ round: 1, elementId: 'matching.vraag', dots: 0 }).success).toBe(false);
  });
});
