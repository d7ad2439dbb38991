import type { Action, ActionStatus } from '../model/action';
import type { Assessment } from '../model/assessment';
import type { EarlierSession, SessionAction, SessionScore } from '../model/session';
import type { Team } from '../model/team';
import type { Template } from '../model/template';
import { isActionOverdue } from '../model/vocabulary';

/**
 * Progress since the earlier sessions of a follow-up: per team and element the stand then and now,
 * the elements that moved most, per theme the mean stand in every session, and what became of the actions.
 * "Then" is the session the follow-up directly follows (the last of its chain).
 */

/** A score counted as a stand: its maturity, unless it is not scored or marked n.v.t. */
export function stand(score: { maturity: number | null; notApplicable: boolean } | undefined): number | null {
  return score && !score.notApplicable ? score.maturity : null;
}

const cell = (teamId: string, elementId: string) => `${teamId}\u0000${elementId}`;

export interface ElementChange {
  teamId: string;
  elementId: string;
  themeId: string;
  /** The stand at the earlier session; `null` when it was not scored or n.v.t. */
  before: number | null;
  now: number | null;
  /** now − before, when both are there. */
  change: number | null;
}

export interface ThemeProgress {
  themeId: string;
  /** Mean stand over every team's scored elements of the theme, per session (the first first), then now. */
  means: (number | null)[];
  before: number | null;
  now: number | null;
  change: number | null;
}

export interface ActionsSince {
  /** Done now (`klaar`). */
  done: Action[];
  /** Done now and not done at the earlier session. */
  doneSince: Action[];
  inProgress: Action[];
  open: Action[];
  /** Past their date and not done, on `today`. */
  overdue: Action[];
  /** Not in the earlier session: agreed since. */
  added: Action[];
  /** In the earlier session, no longer in the follow-up. */
  dropped: SessionAction[];
  /** Each carried-over action's status at the earlier session, by its id. */
  earlierStatus: ReadonlyMap<string, ActionStatus>;
}

export interface Progress {
  /** The sessions compared, the first first; "now" is the follow-up itself. */
  sessions: EarlierSession[];
  previous: EarlierSession;
  /** Every team and element, in team order and the template's order. */
  elements: ElementChange[];
  /** The most moved up (largest rise first) and down (largest fall first), at most `moversMax` each. */
  up: ElementChange[];
  down: ElementChange[];
  themes: ThemeProgress[];
  actions: ActionsSince;
}

export interface ProgressInput {
  template: Template;
  teams: readonly Team[];
  assessments: readonly Assessment[];
  actions: readonly Action[];
  earlierSessions?: readonly EarlierSession[] | undefined;
}

/** The progress of a follow-up; `undefined` for a workshop that follows none. */
export function progressOf(data: ProgressInput, today: string, moversMax = 5): Progress | undefined {
  const sessions = data.earlierSessions ?? [];
  const previous = sessions.at(-1);
  if (!previous) return undefined;
  const nowScores = new Map(data.assessments.map((score) => [cell(score.teamId, score.elementId), score]));
  const thenScores = new Map(previous.assessments.map((score) => [cell(score.teamId, score.elementId), score]));

  const elements: ElementChange[] = data.teams.flatMap((team) =>
    data.template.themes.flatMap((theme) =>
      theme.elements.map((element) => {
        const before = stand(thenScores.get(cell(team.id, element.id)));
        const now = stand(nowScores.get(cell(team.id, element.id)));
        return {
          teamId: team.id,
          elementId: element.id,
          themeId: theme.id,
          before,
          now,
          change: before !== null && now !== null ? now - before : null,
        };
      }),
    ),
  );
  const moved = elements.filter((element) => element.change !== null && element.change !== 0);
  // Stable sorts: equal moves keep team order and the template's order.
  const up = moved.filter((element) => element.change! > 0).sort((a, b) => b.change! - a.change!);
  const down = moved.filter((element) => element.change! < 0).sort((a, b) => a.change! - b.change!);

  const themes = data.template.themes.map((theme) => {
    const ids = new Set(theme.elements.map((element) => element.id));
    const meanOf = (scores: readonly { elementId: string; maturity: number | null; notApplicable: boolean }[]) =>
      mean(scores.filter((score) => ids.has(score.elementId)).map(stand));
    const means = [...sessions.map((session) => meanOf(session.assessments)), meanOf(data.assessments)];
    const before = means.at(-2) ?? null;
    const now = means.at(-1) ?? null;
    return { themeId: theme.id, means, before, now, change: before !== null && now !== null ? now - before : null };
  });

  return {
    sessions: [...sessions],
    previous,
    elements,
    up: up.slice(0, moversMax),
    down: down.slice(0, moversMax),
    themes,
    actions: actionsSince(data.actions, previous, today),
  };
}

function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? null : present.reduce((sum, value) => sum + value, 0) / present.length;
}

/** What became of the actions since the earlier session, and what was agreed since. */
export function actionsSince(actions: readonly Action[], previous: EarlierSession, today: string): ActionsSince {
  const earlierStatus = new Map(previous.actions.map((action) => [action.id, action.status]));
  const current = new Set(actions.map((action) => action.id));
  return {
    done: actions.filter((action) => action.status === 'klaar'),
    doneSince: actions.filter(
      (action) => action.status === 'klaar' && earlierStatus.has(action.id) && earlierStatus.get(action.id) !== 'klaar',
    ),
    inProgress: actions.filter((action) => action.status === 'bezig'),
    open: actions.filter((action) => action.status === 'open'),
    overdue: actions.filter((action) => isActionOverdue(action, today)),
    added: actions.filter((action) => !earlierStatus.has(action.id)),
    dropped: previous.actions.filter((action) => !current.has(action.id)),
    earlierStatus,
  };
}

/** One team's scores at the session a follow-up directly follows, by element; empty for a workshop that follows none. */
export function previousScores(sessions: readonly EarlierSession[], teamId: string | undefined): ReadonlyMap<string, SessionScore> {
  const previous = sessions.at(-1);
  if (!previous || teamId === undefined) return new Map();
  return new Map(previous.assessments.filter((score) => score.teamId === teamId).map((score) => [score.elementId, score]));
}
