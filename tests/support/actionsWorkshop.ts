import type { Action } from '../../shared/model/action';
import type { WorkshopData } from '../../shared/model/workshopData';
import { blankWorkshop } from './blankWorkshop';
import { sequentialIds, testRecordFactory } from './recordFactory';
import { actionRecord } from './records';

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
  const data = blankWorkshop(
    { title: 'Zorg en techniek Brainport', organisations: [{ name: 'ASML', kind: 'regulier' }], teamNames: ['Tafel Zorg'] },
    testRecordFactory({ newId: sequentialIds('actions-e2e') }),
  );
  const zorg = data.teams[0]!.id;
  data.teams.push({ id: 'tafel-techniek', name: 'Tafel Techniek', colour: '#6941c6' });
  data.participants.push(...people.map((person, index) => ({ ...person, teamId: index < 2 ? zorg : 'tafel-techniek' })));
  for (const [index, action] of actions.entries()) data.actions.push(actionRecord(`action-${index + 1}`, { teamId: zorg, ...action }));
  return data;
}
