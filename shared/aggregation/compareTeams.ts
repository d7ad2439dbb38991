import type { Assessment } from '../model/assessment';
import type { Team } from '../model/team';
import type { Template } from '../model/template';
import { attentionScore } from '../scoring';

/** Mean, spread (max − min) and how many teams gave a value; means and spreads are `null` without values. */
export interface Statistic {
  mean: number | null;
  spread: number | null;
  count: number;
}

export interface TeamScore {
  teamId: string;
  maturity: number | null;
  importance: number | null;
  notApplicable: boolean;
  attention: number | null;
}

export interface ElementComparison {
  elementId: string;
  themeId: string;
  /** One entry per team, in the order the teams were given, also for teams that did not score. */
  teams: TeamScore[];
  maturity: Statistic;
  importance: Statistic;
  attention: Statistic;
}

export function statistic(values: readonly (number | null)[]): Statistic {
  const present = values.filter((value): value is number => value !== null);
  if (present.length === 0) return { mean: null, spread: null, count: 0 };
  const sum = present.reduce((total, value) => total + value, 0);
  return { mean: sum / present.length, spread: Math.max(...present) - Math.min(...present), count: present.length };
}

/**
 * Every element of the plate across all teams. An element a team marked "n.v.t." or left unscored
 * counts for nothing in the means and spreads: it is neither 0 nor a disagreement.
 */
export function compareTeams(template: Template, teams: readonly Team[], assessments: readonly Assessment[]): ElementComparison[] {
  const byCell = new Map(assessments.map((assessment) => [`${assessment.teamId}\u0000${assessment.elementId}`, assessment]));
  return template.themes.flatMap((theme) =>
    theme.elements.map((element) => {
      const scores: TeamScore[] = teams.map((team) => {
        const assessment = byCell.get(`${team.id}\u0000${element.id}`);
        const notApplicable = assessment?.notApplicable ?? false;
        return {
          teamId: team.id,
          maturity: notApplicable ? null : (assessment?.maturity ?? null),
          importance: notApplicable ? null : (assessment?.importance ?? null),
          notApplicable,
          attention: attentionScore(assessment),
        };
      });
      return {
        elementId: element.id,
        themeId: theme.id,
        teams: scores,
        maturity: statistic(scores.map((score) => score.maturity)),
        importance: statistic(scores.map((score) => score.importance)),
        attention: statistic(scores.map((score) => score.attention)),
      };
    }),
  );
}

/**
 * Discussion starters: the elements where teams disagree most, by the spread of their maturity, then
 * of their importance, then of attention; ties keep the plate's order. Only elements that at least
 * two teams scored can show disagreement.
 */
export function disagreementRanking(comparisons: readonly ElementComparison[]): ElementComparison[] {
  const spread = (value: Statistic) => (value.count >= 2 ? (value.spread ?? 0) : 0);
  return comparisons
    .map((comparison, index) => ({ comparison, index }))
    .filter(({ comparison }) => comparison.maturity.count >= 2 || comparison.importance.count >= 2)
    .filter(({ comparison }) => spread(comparison.maturity) + spread(comparison.importance) > 0)
    .sort(
      (a, b) =>
        spread(b.comparison.maturity) - spread(a.comparison.maturity) ||
        spread(b.comparison.importance) - spread(a.comparison.importance) ||
        spread(b.comparison.attention) - spread(a.comparison.attention) ||
        a.index - b.index,
    )
    .map(({ comparison }) => comparison);
}

export interface ThemeTeamSummary {
  themeId: string;
  /** Per team (in the given order): mean maturity and mean attention over the elements it scored. */
  teams: { teamId: string; maturity: Statistic; attention: Statistic }[];
}

export function themeSummaries(comparisons: readonly ElementComparison[], template: Template, teams: readonly Team[]): ThemeTeamSummary[] {
  return template.themes.map((theme) => {
    const ofTheme = comparisons.filter((comparison) => comparison.themeId === theme.id);
    return {
      themeId: theme.id,
      teams: teams.map((team, teamIndex) => ({
        teamId: team.id,
        maturity: statistic(ofTheme.map((comparison) => comparison.teams[teamIndex]!.maturity)),
        attention: statistic(ofTheme.map((comparison) => comparison.teams[teamIndex]!.attention)),
      })),
    };
  });
}
