/** One team's action plan: the whole workshop's, narrowed to that team. */
import { describe, expect, it } from 'vitest';
import { actionPlanWorkshop, PLAN_DAY } from '../../tests/support/actionPlanWorkshop';
import { buildActionPlanDocument } from './actionPlan';

describe("one team's action plan", () => {
  const data = actionPlanWorkshop();
  const plan = buildActionPlanDocument(data, { teamId: 'b', includeNotes: true, language: 'nl', today: PLAN_DAY });

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
    expect(() => buildActionPlanDocument(data, { teamId: 'nope', includeNotes: true, language: 'nl', today: PLAN_DAY })).toThrow(
      /unknown team/,
    );
  });

  it('keeps the team colour the workshop gave it by position', () => {
    const whole = buildActionPlanDocument(data, { includeNotes: false, language: 'nl', today: PLAN_DAY });
    expect(plan.team?.colour).toBe(whole.teams[1]!.colour);
  });
});
