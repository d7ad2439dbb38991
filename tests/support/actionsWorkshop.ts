import type { Action } from '../../shared/model/action';
import type { WorkshopData } from '../../shared/model/workshopData';
import { createWorkshopData } from '../../shared/workshop/newWorkshop';

/** The workshop's people, with names in three scripts: the owner field suggests them. */
export const people = [
  { id: 'p-lukasz', name: 'Łukasz Wróbel', organisation: 'ASML' },
  { id: 'p-sahin', name: 'Şahin Yılmaz', organisation: 'Catharina Ziekenhuis' },
  { id: 'p-zoi', name: 'Ζωή Παπαδοπούλου', organisation: 'Summa College' },
  { id: 'p-maria', name: 'Мария Иванова', organisation: 'Gemeente Eindhoven' },
] as const;

/**
 * A Dutch workshop with two tables, four participants and the given actions (each on "Vraag in beeld"
 * of Tafel Zorg unless it says otherwise), ready for `seedWorkshop`.
 */
export function actionsWorkshop(actions: ReadonlyArray<Partial<Action> & { title: string }> = []): WorkshopData {
  let id = 0;
  const at = '2026-11-22T10:00:00.000Z';
  const data = createWorkshopData(
    { title: 'Zorg en techniek Brainport', date: '2026-11-22', language: 'nl', organisations: [{ name: 'ASML', kind: 'regulier' }] },
    'Tafel Zorg',
    { newId: () => `actions-e2e-${(id += 1)}`, now: () => at },
  );
  const zorg = data.teams[0]!.id;
  data.teams.push({ id: 'tafel-techniek', name: 'Tafel Techniek', colour: '#6941c6' });
  data.participants.push(...people.map((person, index) => ({ ...person, teamId: index < 2 ? zorg : 'tafel-techniek' })));
  for (const [index, action] of actions.entries())
    data.actions.push({
      id: `action-${index + 1}`,
      teamId: zorg,
      elementIds: ['matching.vraag'],
      owner: null,
      dueDate: null,
      status: 'open',
      createdAt: at,
      updatedAt: at,
      ...action,
    });
  return data;
}
