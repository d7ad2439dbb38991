import type { Action } from '../model/action';
import type { Assessment } from '../model/assessment';
import type { Note } from '../model/note';
import type { Participant } from '../model/participant';
import type { Team } from '../model/team';
import type { CanvasElement, Template } from '../model/template';
import type { WorkshopData } from '../model/workshopData';
import type { RecordFactory } from '../workshop/newWorkshop';
import { remapAction, remapAssessment, remapNote, remapParticipant } from '../workshop/remapIds';

/**
 * Merging teams from a workshop file into the open workshop (docs/file-format.md, "Merging teams"): a team that is
 * new is added; a team the workshop already has (same id) is replaced or kept alongside, as the
 * facilitator chooses, or left out. Nothing is overwritten without a choice.
 */
export type TeamDecision = 'add' | 'replace' | 'keep-both' | 'skip';

export interface TeamCandidate {
  team: Team;
  /** `new`: the workshop has no team with this id; `conflict`: it has, with other content; `identical`: same content. */
  status: 'new' | 'conflict' | 'identical';
  /** The name the team has in the open workshop, for a conflict. */
  existingName?: string;
  counts: { scored: number; notes: number; actions: number; participants: number };
}

export interface MergePlan {
  sameWorkshop: boolean;
  candidates: TeamCandidate[];
  /** Actions without a team that the workshop does not have yet; they are added with the merge. */
  teamlessActions: number;
}

export function planMerge(current: WorkshopData, incoming: WorkshopData): MergePlan {
  const currentTeams = new Map(current.teams.map((team) => [team.id, team]));
  const currentActionIds = new Set(current.actions.map((action) => action.id));
  return {
    sameWorkshop: current.workshop.id === incoming.workshop.id,
    candidates: incoming.teams.map((team) => {
      const existing = currentTeams.get(team.id);
      const status = !existing
        ? 'new'
        : sameContent(teamContent(current, team.id), teamContent(incoming, team.id))
          ? 'identical'
          : 'conflict';
      const content = teamContent(incoming, team.id);
      return {
        team,
        status,
        ...(existing ? { existingName: existing.name } : {}),
        counts: {
          scored: content.assessments.filter((a) => a.maturity !== null || a.importance !== null || a.notApplicable || a.agreements).length,
          notes: content.notes.length,
          actions: content.actions.length,
          participants: content.participants.length,
        },
      };
    }),
    teamlessActions: incoming.actions.filter((action) => action.teamId === undefined && !currentActionIds.has(action.id)).length,
  };
}

/** What a candidate gets when the facilitator has not chosen: new teams are added, identical ones skipped. */
export function defaultDecision(candidate: TeamCandidate): TeamDecision | undefined {
  if (candidate.status === 'new') return 'add';
  if (candidate.status === 'identical') return 'skip';
  return undefined;
}

interface TeamContent {
  team: Team | undefined;
  assessments: Assessment[];
  notes: Note[];
  actions: Action[];
  participants: Participant[];
}

function teamContent(data: WorkshopData, teamId: string): TeamContent {
  return {
    team: data.teams.find((team) => team.id === teamId),
    assessments: data.assessments.filter((record) => record.teamId === teamId),
    notes: data.notes.filter((record) => record.teamId === teamId),
    actions: data.actions.filter((record) => record.teamId === teamId),
    participants: data.participants.filter((record) => record.teamId === teamId),
  };
}

function sameContent(a: TeamContent, b: TeamContent): boolean {
  const canonical = (content: TeamContent) =>
    JSON.stringify([
      content.team,
      [...content.assessments].sort((x, y) => x.elementId.localeCompare(y.elementId)),
      [...content.notes].sort((x, y) => x.id.localeCompare(y.id)),
      [...content.actions].sort((x, y) => x.id.localeCompare(y.id)),
      [...content.participants].sort((x, y) => x.id.localeCompare(y.id)),
    ]);
  return canonical(a) === canonical(b);
}

/** "Team Zorg (2)", or the next free number: the name a kept-both team gets. */
export function freeTeamName(name: string, taken: readonly string[]): string {
  const names = new Set(taken.map((other) => other.toLocaleLowerCase()));
  for (let n = 2; ; n += 1) {
    const candidate = `${name} (${n})`;
    if (!names.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/**
 * The open workshop with the chosen teams merged in. Pure: the caller writes the result (one transaction)
 * and keeps the difference for undo. Every reference in the result points at a record in it:
 * - a kept-both team and its notes, actions and participants get new ids; the team a free name;
 * - a replaced team's scores, notes and actions are those of the file; its participants are updated,
 *   as are participants of a copy of the same workshop (same id, same person);
 * - an incoming record whose id the workshop already uses for something else gets a new id;
 * - elements of the file's template that merged records use and the workshop lacks are added to it.
 */
export function mergeTeams(
  current: WorkshopData,
  incoming: WorkshopData,
  decisions: Readonly<Record<string, TeamDecision>>,
  factory: RecordFactory,
): WorkshopData {
  const result: WorkshopData = structuredClone(current);
  const takenNoteIds = new Set(result.notes.map((note) => note.id));
  const takenActionIds = new Set(result.actions.map((action) => action.id));
  const takenParticipantIds = new Set(result.participants.map((participant) => participant.id));
  const takenTeamIds = new Set(result.teams.map((team) => team.id));
  // The ids the merged records get; they are remapped in one go once every team's are known.
  const ids = {
    teams: new Map<string, string>(),
    participants: new Map<string, string>(),
    notes: new Map<string, string>(),
    actions: new Map<string, string>(),
  };
  const merged: Pick<WorkshopData, 'participants' | 'assessments' | 'notes' | 'actions'> = {
    participants: [],
    assessments: [],
    notes: [],
    actions: [],
  };
  const usedElements = new Set<string>();
  const sameWorkshop = current.workshop.id === incoming.workshop.id;

  for (const team of incoming.teams) {
    const decision = decisions[team.id] ?? (takenTeamIds.has(team.id) ? undefined : 'add');
    if (decision === undefined || decision === 'skip') continue;
    const content = structuredClone(teamContent(incoming, team.id));
    let teamId = team.id;

    if (decision === 'replace' && takenTeamIds.has(team.id)) {
      const index = result.teams.findIndex((existing) => existing.id === team.id);
      result.teams[index] = structuredClone(team);
      result.assessments = result.assessments.filter((record) => record.teamId !== team.id);
      const removedNotes = new Set(result.notes.filter((record) => record.teamId === team.id).map((record) => record.id));
      const removedActions = new Set(result.actions.filter((record) => record.teamId === team.id).map((record) => record.id));
      result.notes = result.notes.filter((record) => !removedNotes.has(record.id));
      result.actions = result.actions.filter((record) => !removedActions.has(record.id));
      removedNotes.forEach((id) => takenNoteIds.delete(id));
      removedActions.forEach((id) => takenActionIds.delete(id));
    } else {
      if (decision === 'keep-both' || takenTeamIds.has(team.id)) teamId = factory.newId();
      const name = result.teams.some((existing) => existing.name.toLocaleLowerCase() === team.name.toLocaleLowerCase())
        ? freeTeamName(
            team.name,
            result.teams.map((existing) => existing.name),
          )
        : team.name;
      result.teams.push({ ...structuredClone(team), id: teamId, name });
      takenTeamIds.add(teamId);
    }
    ids.teams.set(team.id, teamId);
    const fresh = decision === 'keep-both';

    for (const participant of content.participants) {
      // In a copy of the same workshop, the same participant id is the same person: update them.
      const samePerson = !fresh && (sameWorkshop || decision === 'replace');
      const id = samePerson || !takenParticipantIds.has(participant.id) ? participant.id : factory.newId();
      ids.participants.set(participant.id, id);
      takenParticipantIds.add(id);
    }
    for (const assessment of content.assessments) usedElements.add(assessment.elementId);
    for (const note of content.notes) {
      const id = fresh || takenNoteIds.has(note.id) ? factory.newId() : note.id;
      takenNoteIds.add(id);
      ids.notes.set(note.id, id);
      usedElements.add(note.elementId);
    }
    for (const action of content.actions) {
      const id = fresh || takenActionIds.has(action.id) ? factory.newId() : action.id;
      takenActionIds.add(id);
      ids.actions.set(action.id, id);
      action.elementIds.forEach((elementId) => usedElements.add(elementId));
    }
    merged.participants.push(...content.participants);
    merged.assessments.push(...content.assessments);
    merged.notes.push(...content.notes);
    merged.actions.push(...content.actions);
  }

  for (const participant of merged.participants.map((record) => remapParticipant(record, ids))) {
    const existing = result.participants.findIndex((other) => other.id === participant.id);
    if (existing >= 0) result.participants[existing] = participant;
    else result.participants.push(participant);
  }
  result.assessments.push(...merged.assessments.map((record) => remapAssessment(record, ids)));
  const mergedNotes = merged.notes.map((record) => remapNote(record, ids));
  result.notes.push(...mergedNotes);
  result.actions.push(...merged.actions.map((record) => remapAction(record, ids)));

  for (const action of incoming.actions) {
    if (action.teamId !== undefined || takenActionIds.has(action.id)) continue;
    result.actions.push(remapAction(structuredClone(action), ids));
    takenActionIds.add(action.id);
    action.elementIds.forEach((elementId) => usedElements.add(elementId));
  }

  // Authors the merged notes name that the result lacks: participants of the file, brought along when the workshop lacks them.
  const knownParticipants = new Set(result.participants.map((participant) => participant.id));
  for (const note of mergedNotes) {
    if (note.authorId === undefined || knownParticipants.has(note.authorId)) continue;
    const author = incoming.participants.find((participant) => participant.id === note.authorId);
    if (author && !takenParticipantIds.has(author.id)) {
      const { teamId: _teamId, ...withoutTeam } = structuredClone(author);
      result.participants.push(withoutTeam);
      knownParticipants.add(author.id);
      takenParticipantIds.add(author.id);
    } else {
      delete note.authorId;
    }
  }

  result.template = withElements(result.template, incoming.template, usedElements);
  return result;
}

/** The workshop's template plus the file's elements that merged records use and it lacks, in their theme. */
function withElements(template: Template, from: Template, used: ReadonlySet<string>): Template {
  const known = new Set(template.themes.flatMap((theme) => theme.elements.map((element) => element.id)));
  const missing = from.themes.flatMap((theme) =>
    theme.elements.filter((element) => used.has(element.id) && !known.has(element.id)).map((element) => ({ themeId: theme.id, element })),
  );
  if (missing.length === 0) return template;
  const next = structuredClone(template);
  for (const { themeId, element } of missing) {
    const theme = next.themes.find((candidate) => candidate.id === themeId) ?? next.themes[next.themes.length - 1]!;
    theme.elements.push(structuredClone(element) as CanvasElement);
  }
  return next;
}
