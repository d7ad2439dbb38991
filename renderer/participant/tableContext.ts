import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { OwnerSuggestion } from '../../shared/model/owners';
import type { Language } from '../../shared/model/vocabulary';
import type { DotBudget, VotingRound } from './voting';
import type { RoomVote } from '../../shared/room/tableDoc';

/** What every part of the table's canvas needs: the document, who is typing, the workshop's names. */
export interface TableContextValue {
  doc: Y.Doc;
  /** The participant this phone speaks for; none when anonymous. */
  participantId: string | undefined;
  /** The language of the workshop's own texts (element titles), which may differ from the page's. */
  workshopLanguage: Language;
  /** A participant's name by id (the workshop's list and the people who joined at this table). */
  nameOf(participantId: string): string | undefined;
  /** Names for an action's owner, with their organisation. */
  owners: readonly OwnerSuggestion[];
  /** The voting round under way with this phone's voter and budget, when it may place dots. */
  voting: { round: VotingRound; voter: Pick<RoomVote, 'voter' | 'voterId'>; budget: DotBudget } | null;
}

export const TableContext = createContext<TableContextValue | null>(null);

export function useTable(): TableContextValue {
  const value = useContext(TableContext);
  if (!value) throw new Error('useTable outside <TableContext>');
  return value;
}

/** Now, as the model stamps records (ISO 8601, UTC). */
export const stamp = () => new Date().toISOString();
