import { useLiveQuery } from 'dexie-react-hooks';
import type { Team } from '../../shared/model/team';
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
  teams: Team[];
}

/** A workshop with its template and teams; `undefined` while loading, `null` when it does not exist. */
export function useWorkshop(id: string): WorkshopOverview | null | undefined {
  return useLiveQuery(async () => {
    const [workshop, template, teams] = await Promise.all([
      db.workshops.get(id),
      db.templates.get(id),
      db.teams.where('workshopId').equals(id).toArray(),
    ]);
    if (!workshop || !template) return null;
    return { workshop, template, teams };
  }, [id]);
}
