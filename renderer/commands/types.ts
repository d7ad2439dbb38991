import type { ChangeSet } from '../data/changes';
import type { WorkshopEdits } from '../data/edits';

/** Every user command that edits a workshop, by name: a closed list, so menus and tests can name them. */
export type EditCommandName =
  | 'scoreElement'
  | 'editAgreements'
  | 'addNote'
  | 'editNote'
  | 'deleteNote'
  | 'moveNote'
  | 'addAction'
  | 'editAction'
  | 'deleteAction'
  | 'placeDot'
  | 'addTeam'
  | 'editTeam'
  | 'moveTeam'
  | 'removeTeam'
  | 'addParticipant'
  | 'editParticipant'
  | 'removeParticipant'
  | 'editDetails'
  | 'editElement'
  | 'addElement'
  | 'mergeTeams'
  | 'agenda.startPhase'
  | 'agenda.stop'
  | 'agenda.movePhase'
  | 'agenda.planMinutes';

/** Commands that are not edits themselves. */
export type HistoryCommandName = 'undo' | 'redo';

export interface EditCommand<Payload> {
  name: EditCommandName;
  perform(edits: WorkshopEdits, payload: Payload): ChangeSet | Promise<ChangeSet>;
  /** Typing: successive edits with the same key merge into one undo step. */
  coalesceKey?(payload: Payload): string;
}
