import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../shared/canvas/defaultTemplate';
import { isActionIncomplete } from '../../shared/model/action';
import { templateElements } from '../../shared/model/order';
import { workshopLimits } from '../../shared/model/vocabulary';
import { workshopDataSchema } from '../../shared/model/workshopData';
import { benchmarkCounts, benchmarkWorkshop, scaleCounts, scaleWorkshop } from '../fixtures/benchmarkWorkshop';

describe('the benchmark workshop (tests/fixtures/benchmarkWorkshop.ts)', () => {
  const data = benchmarkWorkshop();

  it('is a valid workshop, as an import would check it', () => {
    const result = workshopDataSchema.safeParse(data);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('has the size of a busy afternoon: 8 teams, 20 elements, 2,000 notes, 200 actions, 40 participants', () => {
    expect(data.teams).toHaveLength(benchmarkCounts.teams);
    expect(templateElements(data.template)).toHaveLength(20);
    expect(data.template).toEqual(defaultTemplate);
    expect(data.notes).toHaveLength(2000);
    expect(data.actions).toHaveLength(200);
    expect(data.participants).toHaveLength(40);
    expect(data.votes).toHaveLength(benchmarkCounts.votes);
  });

  it('scores most (team, element) pairs, and every team has notes on most elements', () => {
    const pairs = data.teams.length * 20;
    expect(data.assessments.length).toBeGreaterThan(pairs * 0.7);
    expect(data.assessments.length).toBeLessThan(pairs);
    for (const team of data.teams) {
      const elements = new Set(data.notes.filter((note) => note.teamId === team.id).map((note) => note.elementId));
      expect(elements.size).toBeGreaterThanOrEqual(15);
    }
  });

  it('has actions without an owner, without a date and without a team', () => {
    expect(data.actions.some((action) => action.owner === null)).toBe(true);
    expect(data.actions.some((action) => action.dueDate === null)).toBe(true);
    expect(data.actions.some((action) => action.teamId === undefined)).toBe(true);
    expect(data.actions.filter(isActionIncomplete).length).toBeLessThan(data.actions.length);
  });

  it('has names in Latin, Greek and Cyrillic script', () => {
    const names = data.participants.map((participant) => participant.name);
    expect(names).toEqual(expect.arrayContaining(['Łukasz Wróbel', 'Şahin Yılmaz', 'Zoë Ñúñez', 'Ζωή Παπαδοπούλου', 'Мария Иванова']));
    expect(names.some((name) => /\p{Script=Greek}/u.test(name))).toBe(true);
    expect(names.some((name) => /\p{Script=Cyrillic}/u.test(name))).toBe(true);
  });

  it('is the same workshop every time for the same seed, and another one for another seed', () => {
    expect(benchmarkWorkshop()).toEqual(data);
    expect(benchmarkWorkshop(7).notes[0]!.id).not.toBe(data.notes[0]!.id);
  });

  it('stays byte for byte the workshop earlier benchmark results were measured on', () => {
    const json = JSON.stringify(data);
    expect(json.length).toBe(823088);
    expect(createHash('sha256').update(json).digest('hex')).toBe('26775e46aaf07bf147b8e7052b1a616de91c03f477f2bf5ad834ec55eb8de8ef');
  });
});

describe('the scale workshop (10,000 notes, 1,000 actions)', () => {
  const data = scaleWorkshop();

  it('is a valid workshop within the import limits', () => {
    const result = workshopDataSchema.safeParse(data);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
    expect(data.notes).toHaveLength(scaleCounts.notes);
    expect(data.actions).toHaveLength(scaleCounts.actions);
    expect(data.notes.length).toBeLessThanOrEqual(workshopLimits.notes);
    expect(data.actions.length).toBeLessThanOrEqual(workshopLimits.actions);
    expect(data.teams).toHaveLength(benchmarkCounts.teams);
  });

  it('has a busy element with well over a hundred notes, and shares no id with the afternoon workshop', () => {
    const perCell = new Map<string, number>();
    for (const { teamId, elementId } of data.notes) {
      const cell = `${teamId}:${elementId}`;
      perCell.set(cell, (perCell.get(cell) ?? 0) + 1);
    }
    expect(Math.max(...perCell.values())).toBeGreaterThan(150);
    const afternoon = benchmarkWorkshop();
    expect(data.workshop.id).not.toBe(afternoon.workshop.id);
    expect(data.teams.map((team) => team.id)).not.toContain(afternoon.teams[0]!.id);
  });
});
