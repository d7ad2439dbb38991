/** The action plan document of a whole workshop, and the helpers that order its actions and priorities. */
import { describe, expect, it } from 'vitest';
import { actionPlanWorkshop, PLAN_DAY } from '../../tests/support/actionPlanWorkshop';
import { buildActionPlanDocument, compareByDueDate, topPriorities } from './actionPlan';
import { stressWorkshop } from './actionPlanStress.fixture';

describe('the action plan document', () => {
  const data = actionPlanWorkshop();
  const plan = buildActionPlanDocument(data, { includeNotes: true, language: 'nl', today: PLAN_DAY });

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
    const onlyNotApplicable = buildActionPlanDocument(data, {
      includeNotes: false,
      language: 'nl',
      teamId: data.teams[0]!.id,
      today: PLAN_DAY,
    });
    expect(onlyNotApplicable.themes[3]!.elements[0]!.untouched).toBe(false);
    const notesOnly = structuredClone(data);
    notesOnly.notes.push({ ...notesOnly.notes[0]!, id: 'n4', elementId: 'mogelijkheden.kaders' });
    const withNote = buildActionPlanDocument(notesOnly, { includeNotes: true, language: 'nl', today: PLAN_DAY }).themes[2]!.elements[4]!;
    expect(withNote.untouched).toBe(false);
    expect(
      buildActionPlanDocument(notesOnly, { includeNotes: false, language: 'nl', today: PLAN_DAY }).themes[2]!.elements[4]!.untouched,
    ).toBe(true);
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
    const withoutNotes = buildActionPlanDocument(data, { includeNotes: false, language: 'nl', today: PLAN_DAY });
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
    const reordered = actionPlanWorkshop();
    // Tafel B (id "b") first, as the facilitator set it; the other's id and name sort after "b".
    reordered.teams.reverse();
    const [b, a] = reordered.teams.map((team) => team.id) as [string, string];
    const same = reordered.actions[0]!;
    reordered.actions.push({ ...same, id: 'same-a', title: 'Zelfde', teamId: a }, { ...same, id: 'same-b', title: 'Zelfde', teamId: b });
    const ordered = buildActionPlanDocument(reordered, { includeNotes: true, language: 'nl', today: PLAN_DAY });
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
    const plan = buildActionPlanDocument(stressWorkshop(), { includeNotes: false, language: 'en', today: PLAN_DAY });
    expect(topPriorities(plan.themes, 2)).toHaveLength(2);
    expect(topPriorities(plan.themes).every((priority) => priority.meanAttention > 0)).toBe(true);
  });
});
