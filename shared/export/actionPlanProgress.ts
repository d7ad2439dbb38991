import { progressOf, type ElementChange, type ProgressInput } from '../aggregation/progress';
import type { EarlierSession } from '../model/session';
import type { WorkshopData } from '../model/workshopData';
import type {
  PlanActionSince,
  PlanElementChange,
  PlanElementRef,
  PlanProgress,
  PlanSession,
  PlanTeam,
  PlanTheme,
} from './actionPlanDocument';

/** How many rises and how many falls the progress section names. */
export const PROGRESS_MOVERS = 5;

interface ProgressContext {
  /** The one team the plan is about, when it is not the whole workshop. */
  team: PlanTeam | undefined;
  /** The teams the plan covers, by id. */
  teamById: ReadonlyMap<string, PlanTeam>;
  /** The plan's themes, in the plan's language. */
  themes: readonly PlanTheme[];
  today: string;
}

/**
 * The progress section of a follow-up's plan; `undefined` for a workshop that follows none. A team's
 * plan compares that team only: its scores then and now, its actions then and now.
 */
export function buildPlanProgress(data: WorkshopData, context: ProgressContext): PlanProgress | undefined {
  const { team, teamById, themes, today } = context;
  const progress = progressOf(team ? onlyTeam(data, team.id) : data, today, PROGRESS_MOVERS);
  if (!progress) return undefined;
  const refs = new Map(themes.flatMap((theme) => theme.elements.map((element): [string, PlanElementRef] => [element.ref.id, element.ref])));
  const sessionTeams = new Map(progress.previous.teams.map((sessionTeam) => [sessionTeam.id, sessionTeam.name]));
  // A team gone since the earlier session is still named as it was then.
  const teamName = (teamId: string | undefined) =>
    teamId === undefined ? {} : { teamName: teamById.get(teamId)?.name ?? sessionTeams.get(teamId) ?? teamId };
  const change = (moved: ElementChange): PlanElementChange => ({
    team: teamById.get(moved.teamId)!,
    element: refs.get(moved.elementId)!,
    before: moved.before!,
    now: moved.now!,
    change: moved.change!,
  });
  const { actions } = progress;
  const since = (action: { title: string; teamId?: string | undefined; id: string }): PlanActionSince => ({
    title: action.title,
    ...teamName(action.teamId),
    statusThen: actions.earlierStatus.get(action.id)!,
  });

  return {
    previous: sessionOf(progress.previous),
    sessions: progress.sessions.map(sessionOf),
    themes: progress.themes.map((theme, index) => ({
      ...theme,
      themeTitle: themes[index]!.title,
      ordinal: themes[index]!.ordinal,
    })),
    up: progress.up.map(change),
    down: progress.down.map(change),
    actionCounts: {
      done: actions.done.length,
      doneSince: actions.doneSince.length,
      inProgress: actions.inProgress.length,
      open: actions.open.length,
      overdue: actions.overdue.length,
      added: actions.added.length,
      dropped: actions.dropped.length,
    },
    doneSince: actions.doneSince.map(since),
    dropped: actions.dropped.map(since),
  };
}

function sessionOf(session: EarlierSession): PlanSession {
  return { title: session.workshop.title, date: session.workshop.date };
}

/** The workshop as one team saw it, in every session: its scores and its own actions (not the whole workshop's). */
function onlyTeam(data: WorkshopData, teamId: string): ProgressInput {
  const own = <T extends { teamId?: string | undefined }>(records: readonly T[]) => records.filter((record) => record.teamId === teamId);
  return {
    template: data.template,
    teams: data.teams.filter((team) => team.id === teamId),
    assessments: own(data.assessments),
    actions: own(data.actions),
    earlierSessions: data.earlierSessions?.map((session) => ({
      ...session,
      teams: session.teams.filter((sessionTeam) => sessionTeam.id === teamId),
      assessments: own(session.assessments),
      actions: own(session.actions),
    })),
  };
}
