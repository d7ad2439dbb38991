/** The small workshop the action plan's tests reason about, and the day its plans are made. DOM- and Node-free (shared/ tests use it). */
import type { Action } from '../../shared/model/action';
import type { WorkshopData } from '../../shared/model/workshopData';
import { blankWorkshop } from './blankWorkshop';
import { actionRecord, assessmentRecord, noteRecord } from './records';

/** The day the plans are made: before every date in the workshop. */
export const PLAN_DAY = '2026-11-22';

/**
 * Two tables (Tafel A, and Tafel B with id "b"), scores on three elements, notes, actions and people:
 * small enough to reason about. Actions are named by their title, which is also their id.
 */
export function actionPlanWorkshop(): WorkshopData {
  const data = blankWorkshop({ title: 'Zorg en techniek', organisations: [{ name: 'ASML', kind: 'regulier' }], teamNames: ['Tafel A'] });
  data.teams.push({ id: 'b', name: 'Tafel B' });
  const a = data.teams[0]!.id;
  data.assessments.push(
    assessmentRecord(a, 'meerwaarde.betekenisvol-werk', { maturity: 1, importance: 3, agreements: '  Pilot in maart.  ' }),
    assessmentRecord('b', 'meerwaarde.betekenisvol-werk', { maturity: 3, importance: 3, agreements: 'Eerst de OR.' }),
    assessmentRecord('b', 'maatwerk.opleiding', { maturity: 1, importance: 2 }),
    assessmentRecord(a, 'matching.vraag', { notApplicable: true, maturity: 2, importance: 2 }),
    assessmentRecord('b', 'matching.vraag', { maturity: 5, importance: 3, agreements: '   ' }),
  );
  data.participants.push(
    { id: 'p1', name: 'Zoë', teamId: 'b', organisation: ' ASML ' },
    { id: 'p2', name: 'Anouk', teamId: a },
    { id: 'p3', name: 'Bram' },
    { id: 'p4', name: 'Ahmed', teamId: 'b' },
  );
  const element = 'meerwaarde.betekenisvol-werk';
  data.notes.push(
    noteRecord('n1', 'b', { elementId: element, text: 'Later', authorId: 'p1', createdAt: '2026-11-22T11:00:00.000Z' }),
    noteRecord('n2', 'b', { elementId: element, text: 'Eerder', createdAt: '2026-11-22T10:30:00.000Z' }),
    noteRecord('n3', a, { elementId: element, text: 'Van A', colour: 'roze', authorId: 'p2', createdAt: '2026-11-22T12:00:00.000Z' }),
  );
  const action = (title: string, fields: Partial<Action>) =>
    actionRecord(title, { title, elementIds: [element], owner: { name: 'Zoë' }, dueDate: '2027-01-01', ...fields });
  data.actions.push(
    action('Zonder datum', { teamId: 'b', dueDate: null }),
    action('Later', { teamId: a, dueDate: '2027-03-01' }),
    action('Bijna eerst', { teamId: 'b' }),
    action('Eerst zonder eigenaar', { teamId: a, owner: null }),
    action('Hele workshop', { elementIds: ['matching.vraag', 'onbekend'], firstStep: '  ', owner: { name: 'Bram', organisation: '' } }),
  );
  return data;
}
