import { describe, expect, it } from 'vitest';
import { assessmentRecord } from '../../tests/support/records';
import { defaultTemplate } from '../canvas/defaultTemplate';
import type { Assessment } from '../model/assessment';
import type { Team } from '../model/team';
import { compareTeams, disagreementRanking, statistic, themeSummaries } from './compareTeams';

const teams: Team[] = [
  { id: 'a', name: 'Tafel A' },
  { id: 'b', name: 'Tafel B' },
  { id: 'c', name: 'Tafel C' },
];

function score(
  teamId: string,
  elementId: string,
  maturity: Assessment['maturity'],
  importance: Assessment['importance'],
  notApplicable = false,
): Assessment {
  return assessmentRecord(teamId, elementId, { maturity, importance, notApplicable });
}

const element = (comparisons: ReturnType<typeof compareTeams>, id: string) =>
  comparisons.find((comparison) => comparison.elementId === id)!;

describe('statistic', () => {
  it('gives mean, spread and count of the values present', () => {
    expect(statistic([1, 4, null, 2])).toEqual({ mean: 7 / 3, spread: 3, count: 3 });
  });
  it('has no mean or spread without values, and spread 0 with one', () => {
    expect(statistic([null, null])).toEqual({ mean: null, spread: null, count: 0 });
    expect(statistic([5])).toEqual({ mean: 5, spread: 0, count: 1 });
  });
});

describe('comparing teams per element', () => {
  const assessments = [
    score('a', 'matching.vraag', 1, 3),
    score('b', 'matching.vraag', 4, 3),
    score('c', 'matching.vraag', 2, 2),
    score('a', 'matching.aanbod', 3, 1),
    score('b', 'matching.aanbod', 3, 3, true),
    score('a', 'maatwerk.opleiding', null, 2),
  ];
  const comparisons = compareTeams(defaultTemplate, teams, assessments);

  it('covers all twenty elements, each with every team in order', () => {
    expect(comparisons).toHaveLength(20);
    expect(comparisons.every((comparison) => comparison.teams.map((team) => team.teamId).join() === 'a,b,c')).toBe(true);
  });
  it('computes the means and spreads a facilitator would compute by hand', () => {
    const vraag = element(comparisons, 'matching.vraag');
    expect(vraag.maturity).toEqual({ mean: 7 / 3, spread: 3, count: 3 });
    expect(vraag.importance).toEqual({ mean: 8 / 3, spread: 1, count: 3 });
    // attention: a 3×(5−1)=12, b 3×(5−4)=3, c 2×(5−2)=6
    expect(vraag.attention).toEqual({ mean: 7, spread: 9, count: 3 });
  });
  it('leaves "n.v.t." out of means and spreads, and shows it per team', () => {
    const aanbod = element(comparisons, 'matching.aanbod');
    expect(aanbod.maturity).toEqual({ mean: 3, spread: 0, count: 1 });
    expect(aanbod.teams[1]).toEqual({ teamId: 'b', maturity: null, importance: null, notApplicable: true, attention: null });
  });
  it('counts a half-scored element in the score given, without an attention score', () => {
    const opleiding = element(comparisons, 'maatwerk.opleiding');
    expect(opleiding.maturity.count).toBe(0);
    expect(opleiding.importance).toEqual({ mean: 2, spread: 0, count: 1 });
    expect(opleiding.attention.count).toBe(0);
  });
  it('works for a single team: spreads are 0 and nothing ranks as a disagreement', () => {
    const single = compareTeams(defaultTemplate, [teams[0]!], assessments);
    expect(element(single, 'matching.vraag').maturity).toEqual({ mean: 1, spread: 0, count: 1 });
    expect(disagreementRanking(single)).toEqual([]);
  });
});

describe('ranking disagreements', () => {
  it('puts the widest maturity spread first, then importance, keeps plate order on ties, skips agreement', () => {
    const comparisons = compareTeams(defaultTemplate, teams, [
      score('a', 'meerwaarde.ontwikkeling', 1, 1),
      score('b', 'meerwaarde.ontwikkeling', 3, 1),
      score('a', 'maatwerk.opleiding', 1, 1),
      score('b', 'maatwerk.opleiding', 5, 1),
      score('a', 'matching.vraag', 2, 1),
      score('b', 'matching.vraag', 4, 3),
      score('a', 'meerwaarde.betekenisvol-werk', 2, 1),
      score('b', 'meerwaarde.betekenisvol-werk', 4, 3),
      score('a', 'matching.aanbod', 3, 2),
      score('b', 'matching.aanbod', 3, 2),
      score('c', 'matching.verbinder', 1, 3),
    ]);
    expect(disagreementRanking(comparisons).map((comparison) => comparison.elementId)).toEqual([
      'maatwerk.opleiding',
      'meerwaarde.betekenisvol-werk',
      'matching.vraag',
      'meerwaarde.ontwikkeling',
    ]);
  });
});

describe('theme summaries', () => {
  it('give each team its mean maturity and attention per theme, over what it scored', () => {
    const comparisons = compareTeams(defaultTemplate, teams, [
      score('a', 'matching.vraag', 1, 3),
      score('a', 'matching.aanbod', 3, 1),
      score('a', 'matching.verbinder', 2, 2, true),
    ]);
    const matching = themeSummaries(comparisons, defaultTemplate, teams).find((theme) => theme.themeId === 'matching')!;
    expect(matching.teams[0]).toEqual({
      teamId: 'a',
      maturity: { mean: 2, spread: 2, count: 2 },
      attention: { mean: 7, spread: 10, count: 2 },
    });
    expect(matching.teams[1]!.maturity.count).toBe(0);
  });
});
