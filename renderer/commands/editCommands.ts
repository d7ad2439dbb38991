import type { Voter } from '../../shared/facilitation/voting';
import type { TeamDecision } from '../../shared/file/mergeTeams';
import type { WorkshopData } from '../../shared/model/workshopData';
import type { Note } from '../../shared/model/note';
import type { Participant } from '../../shared/model/participant';
import type { Team } from '../../shared/model/team';
import type { CanvasElement } from '../../shared/model/template';
import type { ActionFields, ActionPatch, AssessmentPatch, ElementPatch, NotePatch, WorkshopDetails } from '../data/edits';
import type { PhaseStart } from '../data/agendaEdits';
import type { EditCommand } from './types';

type Cell = { teamId: string; elementId: string };

/** The workshop's edits as commands: one object per user command, used by buttons, keys and menus alike. */
export const editCommands = {
  scoreElement: {
    name: 'scoreElement',
    perform: (edits, { teamId, elementId, patch }) => edits.scoreElement(teamId, elementId, patch),
  } satisfies EditCommand<Cell & { patch: Omit<AssessmentPatch, 'agreements'> }>,
  editAgreements: {
    name: 'editAgreements',
    perform: (edits, { teamId, elementId, agreements }) => edits.scoreElement(teamId, elementId, { agreements }),
    coalesceKey: ({ teamId, elementId }) => `agreements:${teamId}:${elementId}`,
  } satisfies EditCommand<Cell & { agreements: string }>,
  addNote: {
    name: 'addNote',
    perform: (edits, fields) => edits.addNote(fields),
  } satisfies EditCommand<Pick<Note, 'teamId' | 'elementId' | 'text' | 'colour'> & { authorId?: string }>,
  editNote: {
    name: 'editNote',
    perform: (edits, { id, patch }) => edits.updateNote(id, patch),
    coalesceKey: ({ id, patch }) => `note:${id}:${Object.keys(patch).sort().join(',')}`,
  } satisfies EditCommand<{ id: string; patch: NotePatch }>,
  deleteNote: {
    name: 'deleteNote',
    perform: (edits, { id }) => edits.deleteNote(id),
  } satisfies EditCommand<{ id: string }>,
  moveNote: {
    name: 'moveNote',
    perform: (edits, { id, to }) => edits.updateNote(id, to),
  } satisfies EditCommand<{ id: string; to: Cell }>,
  addAction: {
    name: 'addAction',
    perform: (edits, fields) => edits.addAction(fields),
  } satisfies EditCommand<ActionFields>,
  editAction: {
    name: 'editAction',
    perform: (edits, { id, patch }) => edits.updateAction(id, patch),
    coalesceKey: ({ id, patch }) => `action:${id}:${Object.keys(patch).sort().join(',')}`,
  } satisfies EditCommand<{ id: string; patch: ActionPatch }>,
  deleteAction: {
    name: 'deleteAction',
    perform: (edits, { id }) => edits.deleteAction(id),
  } satisfies EditCommand<{ id: string }>,
  placeDot: {
    name: 'placeDot',
    perform: (edits, { round, voter, elementId, delta, dotsPerVoter }) => edits.placeDot(round, voter, elementId, delta, dotsPerVoter),
  } satisfies EditCommand<{ round: number; voter: Voter; elementId: string; delta: 1 | -1; dotsPerVoter: number }>,
  addTeam: {
    name: 'addTeam',
    perform: (edits, { name, colour }) => edits.addTeam(name, colour),
  } satisfies EditCommand<{ name: string; colour?: string }>,
  editTeam: {
    name: 'editTeam',
    perform: (edits, { id, patch }) => edits.updateTeam(id, patch),
    coalesceKey: ({ id, patch }) => `team:${id}:${Object.keys(patch).sort().join(',')}`,
  } satisfies EditCommand<{ id: string; patch: Partial<Pick<Team, 'name' | 'colour'>> }>,
  moveTeam: {
    name: 'moveTeam',
    perform: (edits, { id, offset }) => edits.moveTeam(id, offset),
  } satisfies EditCommand<{ id: string; offset: -1 | 1 }>,
  removeTeam: {
    name: 'removeTeam',
    perform: (edits, { id }) => edits.removeTeam(id),
  } satisfies EditCommand<{ id: string }>,
  addParticipant: {
    name: 'addParticipant',
    perform: (edits, fields) => edits.addParticipant(fields),
  } satisfies EditCommand<Omit<Participant, 'id'>>,
  editParticipant: {
    name: 'editParticipant',
    perform: (edits, { id, patch }) => edits.updateParticipant(id, patch),
    coalesceKey: ({ id, patch }) => `participant:${id}:${Object.keys(patch).sort().join(',')}`,
  } satisfies EditCommand<{ id: string; patch: Partial<Omit<Participant, 'id'>> }>,
  removeParticipant: {
    name: 'removeParticipant',
    perform: (edits, { id }) => edits.removeParticipant(id),
  } satisfies EditCommand<{ id: string }>,
  editDetails: {
    name: 'editDetails',
    perform: (edits, patch) => edits.updateDetails(patch),
    coalesceKey: (patch) => `details:${Object.keys(patch).sort().join(',')}`,
  } satisfies EditCommand<WorkshopDetails>,
  editElement: {
    name: 'editElement',
    perform: (edits, { elementId, patch }) => edits.updateElement(elementId, patch),
    coalesceKey: ({ elementId, patch }) => `element:${elementId}:${Object.keys(patch).sort().join(',')}`,
  } satisfies EditCommand<{ elementId: string; patch: ElementPatch }>,
  addElement: {
    name: 'addElement',
    perform: (edits, { themeId, title }) => edits.addOwnElement(themeId, title),
  } satisfies EditCommand<{ themeId: string; title: CanvasElement['title'] }>,
  mergeTeams: {
    name: 'mergeTeams',
    perform: (edits, { incoming, decisions }) => edits.mergeTeams(incoming, decisions),
  } satisfies EditCommand<{ incoming: WorkshopData; decisions: Readonly<Record<string, TeamDecision>> }>,
  'agenda.startPhase': {
    name: 'agenda.startPhase',
    // The phase and the timer start when the edit is written.
    perform: (edits, { phaseId, focus, minutes }, at = Date.now()) =>
      edits.updateAgenda({ kind: 'start', phaseId, at: new Date(at).toISOString() }, { focus, minutes, at }),
  } satisfies EditCommand<{ phaseId: string } & Omit<PhaseStart, 'at'>>,
  'agenda.stop': {
    name: 'agenda.stop',
    perform: (edits, { at }) => edits.updateAgenda({ kind: 'end', at }),
  } satisfies EditCommand<{ at: string }>,
  'agenda.movePhase': {
    name: 'agenda.movePhase',
    perform: (edits, { phaseId, offset }) => edits.updateAgenda({ kind: 'move', phaseId, offset }),
  } satisfies EditCommand<{ phaseId: string; offset: -1 | 1 }>,
  'agenda.planMinutes': {
    name: 'agenda.planMinutes',
    perform: (edits, { phaseId, minutes }) => edits.updateAgenda({ kind: 'plan', phaseId, minutes }),
    coalesceKey: ({ phaseId }) => `agenda-plan:${phaseId}`,
  } satisfies EditCommand<{ phaseId: string; minutes: number }>,
} as const;

export type EditCommands = typeof editCommands;
export type EditPayload<N extends keyof EditCommands> = Parameters<EditCommands[N]['perform']>[1];
