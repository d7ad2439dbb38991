/** Whole records with plain defaults, for tests that spell out only the fields they are about. DOM- and Node-free (shared/ tests use it). */
import type { Action } from '../../shared/model/action';
import type { Assessment } from '../../shared/model/assessment';
import type { Note } from '../../shared/model/note';
import { TEST_TIME } from './recordFactory';

/** A team's assessment of an element: unscored, applicable, no afspraken, made at TEST_TIME. */
export function assessmentRecord(teamId: string, elementId: string, fields: Partial<Assessment> = {}): Assessment {
  return { teamId, elementId, maturity: null, importance: null, notApplicable: false, agreements: '', updatedAt: TEST_TIME, ...fields };
}

/** A yellow note "Notitie <id>" on "Vraag in beeld", without an author, made at TEST_TIME. */
export function noteRecord(id: string, teamId: string, fields: Partial<Note> = {}): Note {
  return {
    id,
    teamId,
    elementId: 'matching.vraag',
    text: `Notitie ${id}`,
    colour: 'geel',
    createdAt: TEST_TIME,
    updatedAt: TEST_TIME,
    ...fields,
  };
}

/** An open action "Actie <id>" on "Vraag in beeld", of the whole workshop, without owner or date, made at TEST_TIME. */
export function actionRecord(id: string, fields: Partial<Action> = {}): Action {
  return {
    id,
    title: `Actie ${id}`,
    elementIds: ['matching.vraag'],
    owner: null,
    dueDate: null,
    status: 'open',
    createdAt: TEST_TIME,
    updatedAt: TEST_TIME,
    ...fields,
  };
}
