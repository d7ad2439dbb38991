import type { Action } from '../model/action';
import type { Assessment } from '../model/assessment';
import type { WorkshopData } from '../model/workshopData';
import { followUpData } from '../workshop/followUp';
import { createWorkshopData, type RecordFactory } from '../workshop/newWorkshop';

/** A stand per element, by theme position and element position (both from 1, as on the plate). */
type Stands = Record<`${number}.${number}`, number>;

/**
 * A partnership that met three times, each session scored and its actions moved on, small enough to
 * work out its progress by hand (the tests that use it do). Two tables, Noord and Zuid; the day the
 * plans are made is 2026-11-22.
 *
 * Session 1, "Startsessie Brainport", 12 March 2026. Actions: Pilot (Noord, open, 1 May), Contract
 * (Zuid, bezig, 15 June), Intranetpagina (whole workshop, open), Ambassadeurs (Zuid, open, 1 September),
 * Factsheet (Noord, klaar).
 * Session 2, "Tweede sessie Brainport", 18 June 2026: Pilot and Contract klaar, Intranetpagina dropped,
 * Matchingsavond (Zuid, bezig) and Budget (Noord, open) added.
 * Session 3, "Derde sessie Brainport", 19 November 2026: Ambassadeurs and Matchingsavond klaar,
 * Evaluatie (whole workshop, open, no date) added.
 */
export function followUpChain(): { first: WorkshopData; second: WorkshopData; third: WorkshopData } {
  let counter = 0;
  let clock = Date.UTC(2026, 2, 12, 9, 0, 0);
  const factory: RecordFactory = {
    newId: () => `vervolg-${(counter += 1)}`,
    now: () => new Date((clock += 60_000)).toISOString(),
  };
  const first = createWorkshopData(
    { title: 'Startsessie Brainport', date: '2026-03-12', language: 'nl', organisations: [], teamNames: ['Noord', 'Zuid'] },
    'Noord',
    factory,
  );
  const [noord, zuid] = first.teams.map((team) => team.id) as [string, string];
  score(first, noord, { '1.1': 2, '1.2': 3, '2.1': 1, '3.1': 2 });
  score(first, zuid, { '1.1': 1, '1.2': 2, '2.1': 3 });
  const agree = (title: string, fields: Partial<Action>) => first.actions.push(action(factory, title, fields));
  agree('Pilot hybride docenten opzetten', { teamId: noord, dueDate: '2026-05-01' });
  agree('Contract voor detachering opstellen', { teamId: zuid, dueDate: '2026-06-15', status: 'bezig' });
  agree('Intranetpagina over de samenwerking maken', { dueDate: '2026-04-01' });
  agree('Ambassadeurs werven bij ASML', { teamId: zuid, dueDate: '2026-09-01' });
  agree('Factsheet voor de ondernemingsraad', { teamId: noord, dueDate: '2026-03-30', status: 'klaar' });

  const second = followUpData(first, { title: 'Tweede sessie Brainport', date: '2026-06-18' }, factory);
  const [noord2, zuid2] = second.teams.map((team) => team.id) as [string, string];
  score(second, noord2, { '1.1': 4, '1.2': 3, '2.1': 1, '3.1': 4 });
  score(second, zuid2, { '1.1': 2, '1.2': 1, '2.1': 2, '3.2': 3, '4.1': 2 });
  setStatus(second, 'Pilot', 'klaar');
  setStatus(second, 'Contract', 'klaar');
  second.actions = second.actions.filter((candidate) => !candidate.title.startsWith('Intranetpagina'));
  second.actions.push(
    action(factory, 'Matchingsavond organiseren', { teamId: zuid2, dueDate: '2026-12-10', status: 'bezig' }),
    action(factory, 'Budget aanvragen bij de provincie', { teamId: noord2, dueDate: '2027-01-15' }),
  );

  const third = followUpData(second, { title: 'Derde sessie Brainport', date: '2026-11-19' }, factory);
  const [noord3, zuid3] = third.teams.map((team) => team.id) as [string, string];
  score(third, noord3, { '1.1': 5, '1.2': 4, '2.1': 2, '3.1': 4 });
  score(third, zuid3, { '1.1': 3, '1.2': 2, '2.1': 2, '3.2': 3, '4.1': 1 });
  setStatus(third, 'Ambassadeurs', 'klaar');
  setStatus(third, 'Matchingsavond', 'klaar');
  third.actions.push(action(factory, 'Evaluatie met de ondernemingsraad', { dueDate: null, owner: null }));
  return { first, second, third };
}

function score(data: WorkshopData, teamId: string, stands: Stands): void {
  for (const [position, maturity] of Object.entries(stands)) {
    const [theme, element] = position.split('.').map(Number) as [number, number];
    const assessment: Assessment = {
      teamId,
      elementId: data.template.themes[theme - 1]!.elements[element - 1]!.id,
      maturity: maturity as Assessment['maturity'],
      importance: 2,
      notApplicable: false,
      agreements: '',
      updatedAt: data.workshop.createdAt,
    };
    data.assessments.push(assessment);
  }
}

function setStatus(data: WorkshopData, titleStart: string, status: Action['status']): void {
  data.actions.find((candidate) => candidate.title.startsWith(titleStart))!.status = status;
}

function action(factory: RecordFactory, title: string, fields: Partial<Action>): Action {
  const now = factory.now();
  return {
    id: factory.newId(),
    title,
    elementIds: [],
    owner: { name: 'Femke de Vries', organisation: 'Brainport' },
    dueDate: null,
    status: 'open',
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}
