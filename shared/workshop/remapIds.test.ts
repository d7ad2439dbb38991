import { describe, expect, it } from 'vitest';
import { blankWorkshop } from '../../tests/support/blankWorkshop';
import { sequentialIds, testRecordFactory } from '../../tests/support/recordFactory';
import { actionRecord, assessmentRecord, noteRecord } from '../../tests/support/records';
import { mergeTeams } from '../file/mergeTeams';
import { earlierSessionSchema, sessionActionSchema, sessionScoreSchema, sessionTeamSchema } from '../model/session';
import { recordSchemas, type WorkshopData } from '../model/workshopData';
import { copyWorkshopData } from './newWorkshop';
import { freshIds, remapIds, type IdMaps } from './remapIds';

/** Two teams, every kind of record, every reference set once and left out once, and an earlier session. */
function workshop(): WorkshopData {
  const data = blankWorkshop();
  data.workshop.id = 'w1';
  data.teams = [
    { id: 't1', name: 'Zuid' },
    { id: 't2', name: 'Noord', colour: '#6941c6' },
  ];
  data.participants = [
    { id: 'p1', name: 'Anouk', teamId: 't1' },
    { id: 'p2', name: 'Bram' },
  ];
  data.assessments = [assessmentRecord('t1', 'matching.vraag', { maturity: 2 })];
  data.notes = [noteRecord('n1', 't1', { authorId: 'p1' }), noteRecord('n2', 't2')];
  data.actions = [
    actionRecord('a1', { teamId: 't1', authorId: 'p1', elementIds: ['matching.vraag', 'matching.aanbod'] }),
    actionRecord('a2'),
  ];
  data.votes = [
    { round: 1, elementId: 'matching.vraag', teamId: 't1', participantId: 'p1', dots: 2 },
    { round: 1, elementId: 'matching.aanbod', dots: 1 },
  ];
  data.earlierSessions = [
    {
      workshop: { id: 'w0', title: 'Eerste sessie', date: '2026-06-01' },
      takenAt: '2026-11-01T10:00:00.000Z',
      teams: [{ id: 't1', name: 'Zuid' }],
      assessments: [{ teamId: 't1', elementId: 'matching.vraag', maturity: 1, importance: 2, notApplicable: false, agreements: '' }],
      actions: [
        { id: 'a1', title: 'Actie a1', teamId: 't1', elementIds: ['matching.vraag'], owner: null, dueDate: null, status: 'open' },
        { id: 'a2', title: 'Actie a2', elementIds: [], owner: null, dueDate: null, status: 'klaar' },
      ],
    },
  ];
  return data;
}

const everyId: Required<IdMaps> = {
  teams: new Map([
    ['t1', 'T1'],
    ['t2', 'T2'],
  ]),
  participants: new Map([
    ['p1', 'P1'],
    ['p2', 'P2'],
  ]),
  notes: new Map([
    ['n1', 'N1'],
    ['n2', 'N2'],
  ]),
  actions: new Map([
    ['a1', 'A1'],
    ['a2', 'A2'],
  ]),
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

describe('remapping a workshop’s ids', () => {
  it('rewrites every record’s id and every reference between records, and nothing else', () => {
    const source = workshop();
    const remapped = remapIds(source, everyId);
    expect(remapped).toEqual({
      ...source,
      teams: [
        { id: 'T1', name: 'Zuid' },
        { id: 'T2', name: 'Noord', colour: '#6941c6' },
      ],
      participants: [
        { id: 'P1', name: 'Anouk', teamId: 'T1' },
        { id: 'P2', name: 'Bram' },
      ],
      assessments: [{ ...source.assessments[0], teamId: 'T1' }],
      notes: [
        { ...source.notes[0], id: 'N1', teamId: 'T1', authorId: 'P1' },
        { ...source.notes[1], id: 'N2', teamId: 'T2' },
      ],
      actions: [
        { ...source.actions[0], id: 'A1', teamId: 'T1', authorId: 'P1' },
        { ...source.actions[1], id: 'A2' },
      ],
      votes: [{ ...source.votes[0], teamId: 'T1', participantId: 'P1' }, source.votes[1]],
      earlierSessions: [
        {
          ...source.earlierSessions![0],
          teams: [{ id: 'T1', name: 'Zuid' }],
          assessments: [{ ...source.earlierSessions![0]!.assessments[0], teamId: 'T1' }],
          actions: [
            { ...source.earlierSessions![0]!.actions[0], id: 'A1', teamId: 'T1' },
            { ...source.earlierSessions![0]!.actions[1], id: 'A2' },
          ],
        },
      ],
    });
    // The workshop, its template and the element ids stay; a reference a record lacks is not added.
    expect(remapped.workshop).toBe(source.workshop);
    expect(remapped.template).toBe(source.template);
    expect(remapped.earlierSessions![0]!.workshop.id).toBe('w0');
    expect(remapped.actions[0]!.elementIds).toEqual(['matching.vraag', 'matching.aanbod']);
    expect('teamId' in remapped.participants[1]!).toBe(false);
    expect('authorId' in remapped.notes[1]!).toBe(false);
    expect('teamId' in remapped.actions[1]! || 'authorId' in remapped.actions[1]!).toBe(false);
    expect('teamId' in remapped.votes[1]! || 'participantId' in remapped.votes[1]!).toBe(false);
    const { earlierSessions: _sessions, ...followsNone } = source;
    expect('earlierSessions' in remapIds(followsNone, everyId)).toBe(false);
  });

  it('keeps an id its map lacks, and every id of a kind without a map', () => {
    const source = workshop();
    source.notes[0]!.authorId = 'gone';
    source.participants[0]!.teamId = 'gone-team';
    expect(remapIds(source, {})).toEqual(source);
    const partly = remapIds(source, { teams: new Map([['t2', 'T2']]), actions: new Map([['a2', 'A2']]) });
    expect(partly.teams.map((team) => team.id)).toEqual(['t1', 'T2']);
    expect(partly.participants.map((participant) => [participant.id, participant.teamId])).toEqual([
      ['p1', 'gone-team'],
      ['p2', undefined],
    ]);
    expect(partly.notes.map((note) => [note.id, note.teamId, note.authorId])).toEqual([
      ['n1', 't1', 'gone'],
      ['n2', 'T2', undefined],
    ]);
    expect(partly.actions.map((action) => [action.id, action.teamId, action.authorId])).toEqual([
      ['a1', 't1', 'p1'],
      ['A2', undefined, undefined],
    ]);
    expect(partly.earlierSessions![0]!.actions.map((action) => action.id)).toEqual(['a1', 'A2']);
  });

  it('is pure: it leaves its input as it was and gives the same result every time', () => {
    const source = deepFreeze(workshop());
    const before = JSON.stringify(source);
    const first = remapIds(source, everyId);
    expect(JSON.stringify(source)).toBe(before);
    expect(remapIds(source, everyId)).toEqual(first);
  });

  it('knows every id field of every record: a new one must be remapped in remapIds.ts, or listed as an element id', () => {
    const idFields = (shape: object) => Object.keys(shape).filter((key) => /(^id|Id|Ids)$/.test(key));
    const fields = {
      ...Object.fromEntries(Object.entries(recordSchemas).map(([collection, schema]) => [collection, idFields(schema.shape)])),
      session: idFields(earlierSessionSchema.shape),
      sessionTeams: idFields(sessionTeamSchema.shape),
      sessionScores: idFields(sessionScoreSchema.shape),
      sessionActions: idFields(sessionActionSchema.shape),
    };
    // elementId and elementIds name the template's elements; a session's own workshop id is a link, not a reference.
    expect(fields).toEqual({
      teams: ['id'],
      participants: ['id', 'teamId'],
      assessments: ['teamId', 'elementId'],
      notes: ['id', 'teamId', 'elementId', 'authorId'],
      actions: ['id', 'teamId', 'elementIds', 'authorId'],
      votes: ['elementId', 'teamId', 'participantId'],
      session: [],
      sessionTeams: ['id'],
      sessionScores: ['teamId', 'elementId'],
      sessionActions: ['id', 'teamId', 'elementIds'],
    });
  });
});

describe('fresh ids', () => {
  it('gives each id a new one, made in their order', () => {
    expect(freshIds(['a1', 'a2'], { newId: sequentialIds('x') })).toEqual(
      new Map([
        ['a1', 'x-1'],
        ['a2', 'x-2'],
      ]),
    );
    expect(freshIds(new Set<string>(), { newId: () => expect.unreachable() }).size).toBe(0);
  });
});

describe('an action’s author follows its participant wherever ids are remapped', () => {
  it('in a copy of the workshop', () => {
    const copy = copyWorkshopData(workshop(), 'Kopie', testRecordFactory({ newId: sequentialIds('c') }));
    expect(copy.actions[0]!.authorId).toBe(copy.participants[0]!.id);
    expect(copy.actions[0]!.authorId).not.toBe('p1');
  });

  it('in a team kept alongside its namesake when teams are merged', () => {
    const current = workshop();
    const merged = mergeTeams(current, workshop(), { t1: 'keep-both' }, testRecordFactory({ newId: sequentialIds('m') }));
    const kept = merged.teams.at(-1)!.id;
    const author = merged.participants.find((participant) => participant.teamId === kept)!;
    expect(author.id).not.toBe('p1');
    expect(merged.actions.find((action) => action.teamId === kept)).toMatchObject({ authorId: author.id });
  });
});
