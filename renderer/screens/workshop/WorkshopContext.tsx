import { createContext, useContext } from 'react';
import type { EarlierSession } from '../../../shared/model/session';
import type { Team } from '../../../shared/model/team';
import type { WorkshopOverview } from '../../data/hooks';

export interface OpenWorkshop extends WorkshopOverview {
  /** Teams in the one order people see them everywhere: the facilitator's (set in Voorbereiding). */
  sortedTeams: Team[];
  /** A follow-up's earlier sessions, the first first (the one it follows last); empty for a workshop that follows none. */
  earlierSessions: EarlierSession[];
}

export const WorkshopContext = createContext<OpenWorkshop | null>(null);

/** The workshop of the current page, with its template and teams, kept live from the database. */
export function useOpenWorkshop(): OpenWorkshop {
  const workshop = useContext(WorkshopContext);
  if (!workshop) throw new Error('useOpenWorkshop outside a workshop page');
  return workshop;
}
