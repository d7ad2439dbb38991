import { compareTeams, themeSummaries } from '../aggregation/compareTeams';
import { teamColour } from '../canvas/teamColours';
import type { Language, LocalizedText } from '../model/primitives';
import { isActionIncomplete, isActionOverdue } from '../model/vocabulary';
import type { WorkshopData } from '../model/workshopData';
import type {
  ActionPlanDocument,
  ActionPlanOptions,
  PlanAction,
  PlanElement,
  PlanElementRef,
  PlanHeatRow,
  PlanParticipant,
  PlanPriority,
  PlanTeam,
  PlanTheme,
  PlanThemeBars,
} from './actionPlanDocument';
import { buildPlanProgress } from './actionPlanProgress';

export type * from './actionPlanDocument';

export const TOP_PRIORITIES = 5;

/**
 * What the action plan of a workshop, or of one of its teams, shows: every element with each team's
 * scores, afspraken and (when asked) notes, the summary figures, the actions in date order and the
 * people. Element and theme texts are taken in `options.language`.
 */
export function buildActionPlanDocument(data: WorkshopData, options: ActionPlanOptions): ActionPlanDocument {
  const { language } = options;
  const allTeams = data.teams.map((team, index): PlanTeam => ({ id: team.id, name: team.name, colour: teamColour(team, index) }));
  const team = options.teamId === undefined ? undefined : allTeams.find((candidate) => candidate.id === options.teamId);
  if (options.teamId !== undefined && !team) throw new Error(`unknown team "${options.teamId}"`);
  const teams = team ? [team] : allTeams;
  const teamById = new Map(teams.map((planTeam) => [planTeam.id, planTeam]));
  const teamOrder = new Map(teams.map((planTeam, index) => [planTeam.id, index]));
  const included = (teamId: string | undefined) => teamId !== undefined && teamById.has(teamId);
  const collator = new Intl.Collator(language);

  const refs = elementRefs(data, language);
  const includedTeams = data.teams.filter((candidate) => teamById.has(candidate.id));
  const comparisons = compareTeams(data.template, includedTeams, data.assessments);
  const comparisonOf = new Map(comparisons.map((comparison) => [comparison.elementId, comparison]));
  const assessed = new Set(data.assessments.filter((a) => included(a.teamId)).map((a) => `${a.teamId}\u0000${a.elementId}`));
  const authorNames = new Map(data.participants.map((participant) => [participant.id, participant.name]));

  const agreementsOf = groupBy(
    data.assessments.filter((assessment) => included(assessment.teamId) && assessment.agreements.trim() !== ''),
    (assessment) => assessment.elementId,
  );
  const notesOf = groupBy(options.includeNotes ? data.notes.filter((note) => included(note.teamId)) : [], (note) => note.elementId);

  const themes = data.template.themes.map((theme, themeIndex): PlanTheme => ({
    id: theme.id,
    ordinal: themeIndex + 1,
    title: localized(theme.title, language),
    question: localized(theme.question, language),
    elements: theme.elements.map((element): PlanElement => {
      const comparison = comparisonOf.get(element.id)!;
      const agreements = agreementsOf.get(element.id) ?? [];
      const notes = notesOf.get(element.id) ?? [];
      return {
        ref: refs.get(element.id)!,
        source: element.source,
        scores: comparison.teams.map((score) => ({
          team: teamById.get(score.teamId)!,
          maturity: score.maturity,
          importance: score.importance,
          notApplicable: score.notApplicable,
          attention: score.attention,
          unscored: !assessed.has(`${score.teamId}\u0000${element.id}`),
        })),
        maturity: comparison.maturity,
        importance: comparison.importance,
        attention: comparison.attention,
        agreements: agreements
          .sort((a, b) => teamOrder.get(a.teamId)! - teamOrder.get(b.teamId)!)
          .map((assessment) => ({ team: teamById.get(assessment.teamId)!, text: assessment.agreements.trim() })),
        notes: notes
          .sort((a, b) => teamOrder.get(a.teamId)! - teamOrder.get(b.teamId)! || a.createdAt.localeCompare(b.createdAt))
          .map((note) => {
            const authorName = note.authorId === undefined ? undefined : authorNames.get(note.authorId);
            return { text: note.text, team: teamById.get(note.teamId)!, ...(authorName ? { authorName } : {}) };
          }),
        untouched:
          comparison.maturity.count === 0 &&
          comparison.importance.count === 0 &&
          comparison.teams.every((score) => !score.notApplicable) &&
          agreements.length === 0 &&
          notes.length === 0,
      };
    }),
  }));

  const heatMap = themes.map((theme): PlanHeatRow => ({
    themeId: theme.id,
    themeTitle: theme.title,
    ordinal: theme.ordinal,
    cells: theme.elements.map((element) => ({
      element: element.ref,
      meanAttention: element.attention.mean,
      teamsScored: element.attention.count,
    })),
  }));

  const summaries = themeSummaries(comparisons, data.template, includedTeams);
  const themeBars = summaries.map((summary, index): PlanThemeBars => ({
    themeId: summary.themeId,
    themeTitle: themes[index]!.title,
    ordinal: index + 1,
    teams: summary.teams.map((entry) => ({
      team: teamById.get(entry.teamId)!,
      meanMaturity: entry.maturity.mean,
      meanAttention: entry.attention.mean,
    })),
  }));

  const actions = data.actions
    .filter((action) => (team ? action.teamId === team.id : true))
    .map((action): PlanAction => ({
      id: action.id,
      title: action.title,
      owner: action.owner
        ? { name: action.owner.name, ...(action.owner.organisation?.trim() ? { organisation: action.owner.organisation.trim() } : {}) }
        : null,
      dueDate: action.dueDate,
      ...(action.firstStep?.trim() ? { firstStep: action.firstStep.trim() } : {}),
      status: action.status,
      ...(action.teamId !== undefined && teamById.has(action.teamId) ? { team: teamById.get(action.teamId)! } : {}),
      elements: action.elementIds.flatMap((elementId) => refs.get(elementId) ?? []),
      incomplete: isActionIncomplete(action),
      overdue: isActionOverdue(action, options.today),
    }))
    .sort(
      (a, b) =>
        compareByDueDate(a, b) ||
        collator.compare(a.title, b.title) ||
        rank(a.team, teamOrder, teams.length) - rank(b.team, teamOrder, teams.length),
    );

  const participants = data.participants
    .filter((participant) => (team ? participant.teamId === team.id : true))
    .map((participant): PlanParticipant => ({
      name: participant.name,
      ...(participant.organisation?.trim() ? { organisation: participant.organisation.trim() } : {}),
      ...(participant.role?.trim() ? { role: participant.role.trim() } : {}),
      ...(participant.teamId !== undefined && teamById.has(participant.teamId) ? { team: teamById.get(participant.teamId)! } : {}),
    }))
    .sort((a, b) => rank(a.team, teamOrder, teams.length) - rank(b.team, teamOrder, teams.length) || collator.compare(a.name, b.name));

  const progress = buildPlanProgress(data, { team, teamById, themes, today: options.today });
  const workshop = data.workshop;
  return {
    language,
    workshop: {
      title: workshop.title,
      date: workshop.date,
      ...(workshop.location?.trim() ? { location: workshop.location.trim() } : {}),
      ...(workshop.facilitator?.trim() ? { facilitator: workshop.facilitator.trim() } : {}),
      ...(workshop.goal?.trim() ? { goal: workshop.goal.trim() } : {}),
      organisations: workshop.organisations,
    },
    ...(team ? { team } : {}),
    teams,
    includeNotes: options.includeNotes,
    priorities: topPriorities(themes),
    heatMap,
    themeBars,
    themes,
    actions,
    participants,
    noteCount: themes.reduce((sum, theme) => sum + theme.elements.reduce((count, element) => count + element.notes.length, 0), 0),
    ...(progress ? { progress } : {}),
  };
}

/** The elements that ask most attention: highest mean first, then the one more teams scored, then plate order. */
export function topPriorities(themes: readonly PlanTheme[], limit = TOP_PRIORITIES): PlanPriority[] {
  return themes
    .flatMap((theme) => theme.elements)
    .map((element, index) => ({ element, index }))
    .filter(({ element }) => element.attention.mean !== null && element.attention.mean > 0)
    .sort(
      (a, b) =>
        b.element.attention.mean! - a.element.attention.mean! || b.element.attention.count - a.element.attention.count || a.index - b.index,
    )
    .slice(0, limit)
    .map(({ element }) => ({ element: element.ref, meanAttention: element.attention.mean!, teamsScored: element.attention.count }));
}

/** Due date ascending, undated last; on the same date the incomplete ones first. */
export function compareByDueDate(a: Pick<PlanAction, 'dueDate' | 'incomplete'>, b: Pick<PlanAction, 'dueDate' | 'incomplete'>): number {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return Number(b.incomplete) - Number(a.incomplete);
}

function elementRefs(data: WorkshopData, language: Language): Map<string, PlanElementRef> {
  return new Map(
    data.template.themes.flatMap((theme, themeIndex) =>
      theme.elements.map((element, elementIndex): [string, PlanElementRef] => [
        element.id,
        {
          id: element.id,
          number: `${themeIndex + 1}.${elementIndex + 1}`,
          title: localized(element.title, language),
          themeId: theme.id,
          themeTitle: localized(theme.title, language),
        },
      ]),
    ),
  );
}

/** A text in the plan's language, or in the other one when the facilitator left it empty. */
function localized(text: LocalizedText, language: Language): string {
  return text[language].trim() || (language === 'nl' ? text.en : text.nl).trim();
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** In the workshop's team order; participants and actions without a team come after all teams. */
function rank(team: PlanTeam | undefined, order: Map<string, number>, teamCount: number): number {
  return team ? order.get(team.id)! : teamCount;
}
