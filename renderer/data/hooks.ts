import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Team } from '../../shared/model/team';
import { orderedTeams } from '../../shared/model/order';
import type { EarlierSession } from '../../shared/model/session';
import type { Template } from '../../shared/model/template';
import type { Workshop } from '../../shared/model/workshop';
import { db } from './index';

/** All workshops, most recently edited first; `undefined` while loading. */
export function useWorkshopList(): Workshop[] | undefined {
  return useLiveQuery(() => db.workshops.orderBy('updatedAt').reverse().toArray(), []);
}

export interface WorkshopOverview {
  workshop: Workshop;
  template: Template;
  /** In the workshop's team order, the facilitator's. */
  teams: Team[];
}

/**
 * A workshop with its template and teams; `undefined` while loading, `null` when it does not exist.
 * The same object while nothing but the "last edited" stamp changes, which every edit bumps: so an
 * edit of a note does not re-render every screen that shows the workshop.
 */
export function useWorkshop(id: string): WorkshopOverview | null | undefined {
  const overview = useLiveQuery(async () => {
    const [workshop, template, teams] = await Promise.all([
      db.workshops.get(id),
      db.templates.get(id),
      db.teams.where('workshopId').equals(id).toArray(),
    ]);
    if (!workshop || !template) return null;
    return { workshop, template, teams: orderedTeams(teams) };
  }, [id]);
  const signature = overview
    ? JSON.stringify([{ ...overview.workshop, updatedAt: null }, overview.template, overview.teams])
    : String(overview);
  // Keyed on the content, not the object: a new object with the same content keeps the old one.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => overview, [signature]);
}

const noSessions: EarlierSession[] = [];

/**
 * A follow-up's earlier sessions, the first first; empty for a workshop that follows none, `undefined`
 * while loading. They never change once the follow-up is started: only a write to their table re-reads them.
 */
export function useEarlierSessions(workshopId: string): EarlierSession[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.sessions.where('workshopId').equals(workshopId).sortBy('position');
    return rows.length === 0 ? noSessions : rows.map(({ workshopId: _workshopId, position: _position, ...session }) => session);
  }, [workshopId]);
}
