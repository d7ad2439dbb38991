import type { Statistic } from '../aggregation/compareTeams';
import type { ActionStatus } from '../model/action';
import type { Language } from '../model/primitives';
import type { ElementSource } from '../model/template';
import type { Organisation } from '../model/workshop';

// The action plan as data: what the PDF shows, in the order and form it shows it. Built by
// `buildActionPlanDocument` (actionPlan.ts); the renderer only lays it out.

/** What goes into the action plan: the whole workshop, or one team's part of it. */
export interface ActionPlanOptions {
  /** Only this team's scores, notes, actions and participants; `undefined` for the whole workshop. */
  teamId?: string;
  includeNotes: boolean;
  /** The workshop's language: element and theme texts are taken in it. */
  language: Language;
  /** The day the plan is made (`YYYY-MM-DD`): actions due before it and not done are overdue. */
  today: string;
}

export interface PlanTeam {
  id: string;
  name: string;
  /** `#rrggbb`, the team's own or one from the palette. */
  colour: string;
}

export interface PlanElementRef {
  id: string;
  /** "2.3": theme position, element position, both from 1, as on the plate. */
  number: string;
  title: string;
  themeId: string;
  themeTitle: string;
}

export interface PlanPriority {
  element: PlanElementRef;
  meanAttention: number;
  /** How many of the included teams gave the element an attention score. */
  teamsScored: number;
}

export interface PlanHeatRow {
  themeId: string;
  themeTitle: string;
  /** Position of the theme on the plate, from 1. */
  ordinal: number;
  cells: { element: PlanElementRef; meanAttention: number | null; teamsScored: number }[];
}

export interface PlanThemeBars {
  themeId: string;
  themeTitle: string;
  ordinal: number;
  /** Per included team, in workshop order: its mean maturity over the theme's elements it scored. */
  teams: { team: PlanTeam; meanMaturity: number | null; meanAttention: number | null }[];
}

export interface PlanScore {
  team: PlanTeam;
  maturity: number | null;
  importance: number | null;
  notApplicable: boolean;
  attention: number | null;
  /** The team has no assessment of the element at all. */
  unscored: boolean;
}

export interface PlanNote {
  text: string;
  authorName?: string;
  team: PlanTeam;
}

export interface PlanElement {
  ref: PlanElementRef;
  source: ElementSource;
  scores: PlanScore[];
  maturity: Statistic;
  importance: Statistic;
  attention: Statistic;
  /** Non-empty afspraken, per team in workshop order. */
  agreements: { team: PlanTeam; text: string }[];
  /** Empty when the plan leaves notes out. */
  notes: PlanNote[];
  /** No team scored it (nor marked it n.v.t.), nor wrote afspraken or, in this plan, notes: one line per theme names these. */
  untouched: boolean;
}

export interface PlanTheme {
  id: string;
  ordinal: number;
  title: string;
  question: string;
  elements: PlanElement[];
}

export interface PlanAction {
  id: string;
  title: string;
  owner: { name: string; organisation?: string } | null;
  dueDate: string | null;
  firstStep?: string;
  status: ActionStatus;
  /** `undefined` for an action of the whole workshop. */
  team?: PlanTeam;
  elements: PlanElementRef[];
  incomplete: boolean;
  /** Past its date and not done ("verlopen") on the day the plan is made. */
  overdue: boolean;
}

export interface PlanParticipant {
  name: string;
  organisation?: string;
  role?: string;
  team?: PlanTeam;
}

/** Everything the action plan shows, in the order and form it shows it; rendering only lays it out. */
export interface ActionPlanDocument {
  language: Language;
  workshop: {
    title: string;
    date: string;
    location?: string;
    facilitator?: string;
    goal?: string;
    organisations: Organisation[];
  };
  /** The one team the plan is about, when it is not the whole workshop. */
  team?: PlanTeam;
  /** The teams the plan covers, in workshop order. */
  teams: PlanTeam[];
  includeNotes: boolean;
  priorities: PlanPriority[];
  heatMap: PlanHeatRow[];
  themeBars: PlanThemeBars[];
  themes: PlanTheme[];
  /** By due date, undated last; on the same date incomplete ones first, then by title. */
  actions: PlanAction[];
  participants: PlanParticipant[];
  noteCount: number;
  /** In a follow-up, what changed since the session it follows; absent when it follows none. */
  progress?: PlanProgress;
}

export interface PlanSession {
  title: string;
  /** `YYYY-MM-DD` */
  date: string;
}

export interface PlanThemeProgress {
  themeId: string;
  themeTitle: string;
  ordinal: number;
  /** Mean stand over the covered teams' scored elements of the theme, per earlier session (the first first), then now. */
  means: (number | null)[];
  /** At the session the follow-up directly follows. */
  before: number | null;
  now: number | null;
  /** now − before, when both are there. */
  change: number | null;
}

/** One team's element whose stand rose or fell since the earlier session. */
export interface PlanElementChange {
  team: PlanTeam;
  element: PlanElementRef;
  before: number;
  now: number;
  /** now − before, never 0. */
  change: number;
}

/** An action the plan names in the progress section, with where it stood at the earlier session. */
export interface PlanActionSince {
  title: string;
  /** `undefined` for an action of the whole workshop. */
  teamName?: string;
  statusThen: ActionStatus;
}

/** What a follow-up shows of its progress: the stand then and now, what moved, and what became of the actions. */
export interface PlanProgress {
  /** The session the follow-up directly follows: "then". */
  previous: PlanSession;
  /** Every earlier session, the first first; the last is `previous`. */
  sessions: PlanSession[];
  themes: PlanThemeProgress[];
  /** The largest rises (largest first) and falls (largest first), at most `PROGRESS_MOVERS` each. */
  up: PlanElementChange[];
  down: PlanElementChange[];
  /** How many of the covered actions are in each state, counted as in `actionsSince`. */
  actionCounts: Record<'done' | 'doneSince' | 'inProgress' | 'open' | 'overdue' | 'added' | 'dropped', number>;
  /** Done now and not done then, in the order they were agreed. */
  doneSince: PlanActionSince[];
  /** In the earlier session, gone from the follow-up, in the order they were agreed. */
  dropped: PlanActionSince[];
}
