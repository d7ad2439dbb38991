import { describe, expect, it } from 'vitest';
import type { Action } from '../model/action';
import type { Assessment } from '../model/assessment';
import { workshopDataSchema, type WorkshopData } from '../model/workshopData';
import { createWorkshopData } from '../workshop/newWorkshop';
import { buildActionPlanDocument, compareByDueDate, topPriorities } from './actionPlan';
import { stressNames, stressWorkshop } from './actionPlanStress.fixture';

const at = '2026-11-22T10:00:00.000Z';
/** The day the plans are made: before every date in the workshop below. */
const today = '2026-11-22';

/** Two tables, scores on three elements, notes, actions and people: small enough to reason about. */
function workshop(): WorkshopData {
  let id = 0;
  const data = createWorkshopData(
    { title: 'Zorg en techniek', date: '2026-11-22', language: 'nl', organisations: [{ name: 'ASML', kind: 'regulier' }] },
    'Tafel A',
    { newId: () => `id-${(id += 1)}`, now: () => at },
  );
  data.teams.push({ id: 'b', name: 'Tafel B' });
  const a = data.teams[0]!.id;
  const score = (teamId: string, elementId: string, fields: Partial<Assessment>): Assessment => ({
    teamId,
    elementId,
    maturity: null,
    importance: null,
    notApplicable: false,
    agreements: '',
    updatedAt: at,
    ...fields,
  });
  data.assessments.push(
    score(a, 'meerwaarde.betekenisvol-werk', { maturity: 1, importance: 3, agreements: '  Pilot in maart.  ' }),
    score('b', 'meerwaarde.betekenisvol-werk', { maturity: 3, importance: 3, agreements: 'Eerst de OR.' }),
    score('b', 'maatwerk.opleiding', { maturity: 1, importance: 2 }),
    score(a, 'matching.vraag', { notApplicable: true, maturity: 2, importance: 2 }),
    score('b', 'matching.vraag', { maturity: 5, importance: 3, agreements: '   ' }),
  );
  data.participants.push(
    { id: 'p1', name: 'Zoë', teamId: 'b', organisation: ' ASML ' },
    { id: 'p2', name: 'Anouk', teamId: a },
    { id: 'p3', name: 'Bram' },
    { id: 'p4', name: 'Ahmed', teamId: 'b' },
  );
  data.notes.push(
    {
      id: 'n1',
      teamId: 'b',
      elementId: 'meerwaarde.betekenisvol-werk',
      text: 'Later',
      colour: 'geel',
      authorId: 'p1',
      createdAt: '2026-11-22T11:00:00.000Z',
      updatedAt: at,
    },
    {
      id: 'n2',
      teamId: 'b',
      elementId: 'meerwaarde.betekenisvol-werk',
      text: 'Eerder',
      colour: 'geel',
      createdAt: '2026-11-22T10:30:00.000Z',
      updatedAt: at,
    },
    {
      id: 'n3',
      teamId: a,
      elementId: 'meerwaarde.betekenisvol-werk',
      text: 'Van A',
      colour: 'roze',
      authorId: 'p2',
      createdAt: '2026-11-22T12:00:00.000Z',
      updatedAt: at,
    },
  );
  const action = (title: string, fields: Partial<Action>): Action => ({
    id: title,
    title,
    elementIds: ['meerwaarde.betekenisvol-werk'],
    owner: { name: 'Zoë' },
    dueDate: '2027-01-01',
    status: 'open',
    createdAt: at,
    updatedAt: at,
    ...fields,
  });
  data.actions.push(
    action('Zonder datum', { teamId: 'b', dueDate: null }),
    action('Later', { teamId: a, dueDate: '2027-03-01' }),
    action('Bijna eerst', { teamId: 'b' }),
    action('Eerst zonder eigenaar', { teamId: a, owner: null }),
    action('Hele workshop', { elementIds: ['matching.vraag', 'onbekend'], firstStep: '  ', owner: { name: 'Bram', organisation: '' } }),
  );
  return data;
}

describe('the action plan document', () => {
  const data = workshop();
  const plan = buildActionPlanDocument(data, { includeNotes: true, language: 'nl', today });

  it('covers every team, theme and element of the whole workshop', () => {
    expect(plan.team).toBeUndefined();
    expect(plan.teams.map((team) => team.name)).toEqual(['Tafel A', 'Tafel B']);
    expect(plan.teams.every((team) => /^#[0-9A-F]{6}$/i.test(team.colour))).toBe(true);
    expect(plan.themes.map((theme) => theme.title)).toEqual(['Meerwaarde', 'Maatwerk', 'Mogelijkheden', 'Matching']);
    expect(plan.themes.flatMap((theme) => theme.elements)).toHaveLength(20);
    expect(plan.themes[1]!.elements[2]!.ref).toMatchObject({ number: '2.3', title: 'Opleiding en bijscholing', themeTitle: 'Maatwerk' });
  });

  it('gives each element one score per team, telling unscored from not applicable', () => {
    const vraag = plan.themes[3]!.elements[0]!;
    expect(vraag.scores.map((score) => [score.team.name, score.unscored, score.notApplicable, score.attention])).toEqual([
      ['Tafel A', false, true, null],
      ['Tafel B', false, false, 0],
    ]);
    const unscored = plan.themes[2]!.elements[0]!;
    expect(unscored.scores.every((score) => score.unscored && score.attention === null)).toBe(true);
    expect(unscored.attention).toEqual({ mean: null, spread: null, count: 0 });
  });

  it('marks the elements nobody scored, marked n.v.t. or wrote about, for one line per theme', () => {
    const untouched = plan.themes.map((theme) =>
      theme.elements.filter((element) => element.untouched).map((element) => element.ref.number),
    );
    expect(untouched).toEqual([
      ['1.2', '1.3', '1.4', '1.5'],
      ['2.1', '2.2', '2.4', '2.5'],
      ['3.1', '3.2', '3.3', '3.4', '3.5'],
      ['4.2', '4.3', '4.4', '4.5'],
    ]);
    const onlyNotApplicable = buildActionPlanDocument(data, { includeNotes: false, language: 'nl', teamId: data.teams[0]!.id, today });
    expect(onlyNotApplicable.themes[3]!.elements[0]!.untouched).toBe(false);
    const notesOnly = structuredClone(data);
    notesOnly.notes.push({ ...notesOnly.notes[0]!, id: 'n4', elementId: 'mogelijkheden.kaders' });
    const withNote = buildActionPlanDocument(notesOnly, { includeNotes: true, language: 'nl', today }).themes[2]!.elements[4]!;
    expect(withNote.untouched).toBe(false);
    expect(buildActionPlanDocument(notesOnly, { includeNotes: false, language: 'nl', today }).themes[2]!.elements[4]!.untouched).toBe(true);
  });

  it('keeps afspraken that say something, trimmed, in team order', () => {
    const first = plan.themes[0]!.elements[0]!;
    expect(first.agreements.map((agreement) => [agreement.team.name, agreement.text])).toEqual([
      ['Tafel A', 'Pilot in maart.'],
      ['Tafel B', 'Eerst de OR.'],
    ]);
    expect(plan.themes[3]!.elements[0]!.agreements).toEqual([]);
  });

  it('lists notes by team, then by time, with the author when known', () => {
    const notes = plan.themes[0]!.elements[0]!.notes;
    expect(notes.map((note) => [note.team.name, note.text, note.authorName])).toEqual([
      ['Tafel A', 'Van A', 'Anouk'],
      ['Tafel B', 'Eerder', undefined],
      ['Tafel B', 'Later', 'Zoë'],
    ]);
    expect(plan.noteCount).toBe(3);
  });

  it('leaves the notes out when asked', () => {
    const withoutNotes = buildActionPlanDocument(data, { includeNotes: false, language: 'nl', today });
    expect(withoutNotes.includeNotes).toBe(false);
    expect(withoutNotes.noteCount).toBe(0);
    expect(withoutNotes.themes.flatMap((theme) => theme.elements).every((element) => element.notes.length === 0)).toBe(true);
  });

  it('puts the actions in date order, undated last, incomplete first on the same date', () => {
    expect(plan.actions.map((action) => action.title)).toEqual([
      'Eerst zonder eigenaar',
      'Bijna eerst',
      'Hele workshop',
      'Later',
      'Zonder datum',
    ]);
    expect(plan.actions.map((action) => action.incomplete)).toEqual([true, false, false, false, true]);
  });

  it('keeps the workshop’s team order everywhere, whatever the ids or names say, the same action of several tables included', () => {
    const reordered = workshop();
    // Tafel B (id "b") first, as the facilitator set it; the other's id and name sort after "b".
    reordered.teams.reverse();
    const [b, a] = reordered.teams.map((team) => team.id) as [string, string];
    const same = reordered.actions[0]!;
    reordered.actions.push({ ...same, id: 'same-a', title: 'Zelfde', teamId: a }, { ...same, id: 'same-b', title: 'Zelfde', teamId: b });
    const ordered = buildActionPlanDocument(reordered, { includeNotes: true, language: 'nl', today });
    expect(ordered.teams.map((team) => team.name)).toEqual(['Tafel B', 'Tafel A']);
    expect(ordered.themes[0]!.elements[0]!.scores.map((score) => score.team.name)).toEqual(['Tafel B', 'Tafel A']);
    expect(ordered.themeBars[0]!.teams.map((entry) => entry.team.name)).toEqual(['Tafel B', 'Tafel A']);
    expect(ordered.actions.filter((action) => action.title === 'Zelfde').map((action) => action.team?.name)).toEqual([
      'Tafel B',
      'Tafel A',
    ]);
  });

  it('flags the actions past their date and not done on the day the plan is made', () => {
    expect(plan.actions.every((action) => !action.overdue)).toBe(true);
    const later = buildActionPlanDocument(
      {
        ...data,
        actions: data.actions.map((action) => (action.title === 'Bijna eerst' ? { ...action, status: 'klaar' as const } : action)),
      },
      { includeNotes: false, language: 'nl', today: '2027-02-01' },
    );
    expect(later.actions.map((action) => [action.title, action.overdue])).toEqual([
      ['Eerst zonder eigenaar', true],
      ['Bijna eerst', false],
      ['Hele workshop', true],
      ['Later', false],
      ['Zonder datum', false],
    ]);
  });

  it('shows what an action needs: owner, team or the whole workshop, the elements it belongs to', () => {
    const whole = plan.actions.find((action) => action.title === 'Hele workshop')!;
    expect(whole.team).toBeUndefined();
    expect(whole.owner).toEqual({ name: 'Bram' });
    expect(whole.firstStep).toBeUndefined();
    expect(whole.elements.map((element) => element.number)).toEqual(['4.1']);
    expect(plan.actions[0]!.team?.name).toBe('Tafel A');
  });

  it('lists participants by team, those without a team last', () => {
    expect(plan.participants.map((participant) => [participant.name, participant.team?.name])).toEqual([
      ['Anouk', 'Tafel A'],
      ['Ahmed', 'Tafel B'],
      ['Zoë', 'Tafel B'],
      ['Bram', undefined],
    ]);
    expect(plan.participants[2]!.organisation).toBe('ASML');
  });

  it('ranks the top priorities by mean attention, then by how many teams scored, then plate order', () => {
    expect(plan.priorities.map((priority) => [priority.element.number, priority.meanAttention, priority.teamsScored])).toEqual([
      ['1.1', 9, 2],
      ['2.3', 8, 1],
    ]);
    expect(plan.heatMap.map((row) => row.cells.length)).toEqual([5, 5, 5, 5]);
    expect(plan.heatMap[0]!.cells[0]!.meanAttention).toBe(9);
    expect(plan.heatMap[3]!.cells[0]).toMatchObject({ meanAttention: 0, teamsScored: 1 });
  });

  it('summarises each theme per team: mean state of affairs over the elements scored', () => {
    const meerwaarde = plan.themeBars[0]!;
    expect(meerwaarde.teams.map((entry) => [entry.team.name, entry.meanMaturity])).toEqual([
      ['Tafel A', 1],
      ['Tafel B', 3],
    ]);
    expect(plan.themeBars[2]!.teams.every((entry) => entry.meanMaturity === null)).toBe(true);
  });
});

describe("one team's action plan", () => {
  const data = workshop();
  const plan = buildActionPlanDocument(data, { teamId: 'b', includeNotes: true, language: 'nl', today });

  it('holds only that team: scores, afspraken, notes, actions and people', () => {
    expect(plan.team?.name).toBe('Tafel B');
    expect(plan.teams.map((team) => team.name)).toEqual(['Tafel B']);
    const first = plan.themes[0]!.elements[0]!;
    expect(first.scores.map((score) => score.team.name)).toEqual(['Tafel B']);
    expect(first.agreements.map((agreement) => agreement.text)).toEqual(['Eerst de OR.']);
    expect(first.notes.map((note) => note.text)).toEqual(['Eerder', 'Later']);
    expect(plan.actions.map((action) => action.title)).toEqual(['Bijna eerst', 'Zonder datum']);
    expect(plan.participants.map((participant) => participant.name)).toEqual(['Ahmed', 'Zoë']);
    expect(plan.priorities.map((priority) => [priority.element.number, priority.meanAttention])).toEqual([
      ['2.3', 8],
      ['1.1', 6],
    ]);
  });

  it('refuses a team the workshop does not have', () => {
    expect(() => buildActionPlanDocument(data, { teamId: 'nope', includeNotes: true, language: 'nl', today })).toThrow(/unknown team/);
  });

  it('keeps the team colour the workshop gave it by position', () => {
    const whole = buildActionPlanDocument(data, { includeNotes: false, language: 'nl', today });
    expect(plan.team?.colour).toBe(whole.teams[1]!.colour);
  });
});

describe('texts in the language of the plan', () => {
  it('takes titles in English, or in Dutch where the English one was left empty', () => {
    const plan = buildActionPlanDocument(stressWorkshop(), { includeNotes: true, language: 'en', today });
    expect(plan.themes[0]!.title).toBe('Added value');
    const own = plan.themes[3]!.elements.at(-1)!;
    expect(own.source).toBe('eigen');
    expect(own.ref.title).toBe('Eigen element zonder Engelse titel');
  });
});

describe('ordering helpers', () => {
  it('compare by due date, undated last, incomplete first on a tie', () => {
    const entries = [
      { dueDate: null, incomplete: true },
      { dueDate: '2027-02-01', incomplete: false },
      { dueDate: '2027-02-01', incomplete: true },
      { dueDate: '2026-12-31', incomplete: false },
    ];
    expect([...entries].sort(compareByDueDate)).toEqual([entries[3], entries[2], entries[1], entries[0]]);
  });
  it('take at most five priorities and skip elements that need no attention', () => {
    const plan = buildActionPlanDocument(stressWorkshop(), { includeNotes: false, language: 'en', today });
    expect(topPriorities(plan.themes, 2)).toHaveLength(2);
    expect(topPriorities(plan.themes).every((priority) => priority.meanAttention > 0)).toBe(true);
  });
});

describe('the stress workshop', () => {
  it('is a valid workshop that pushes the limits', () => {
    const data = stressWorkshop();
    expect(workshopDataSchema.safeParse(data).success).toBe(true);
    expect(data.workshop.title).toHaveLength(200);
    expect(data.assessments.some((assessment) => assessment.agreements.length === 2000)).toBe(true);
    expect(data.actions.filter((action) => action.title.length >= 499)).toHaveLength(3);
    for (const name of stressNames) {
      expect(data.participants.some((participant) => participant.name.normalize('NFC') === name)).toBe(true);
      expect(data.actions.some((action) => action.owner?.name.normalize('NFC') === name)).toBe(true);
    }
  });
});
