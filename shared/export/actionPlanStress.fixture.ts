import type { Action } from '../model/action';
import type { Assessment } from '../model/assessment';
import type { Note } from '../model/note';
import type { WorkshopData } from '../model/workshopData';
import { createWorkshopData, type RecordFactory } from '../workshop/newWorkshop';

/** The five names the action plan must carry intact, as owners and as participants. */
export const stressNames = ['Łukasz Wróbel', 'Şahin Yılmaz', 'Zoë', 'Ζωή', 'Мария'] as const;

const sentence =
  'The partners agree that people who work part of their time in the broader interest keep their own contract, their pension and their place in the team, ' +
  'and that the receiving organisation pays travel costs, arranges a buddy on the work floor and reports back every quarter to both directors. ';

/** `text` repeated and cut to exactly `length` characters, ending in a full stop. */
export function textOfLength(length: number, text = sentence): string {
  return `${text.repeat(Math.ceil(length / text.length) + 1).slice(0, length - 1)}.`;
}

/**
 * A small workshop that pushes every limit the action plan must survive: the longest title, a goal and
 * afspraken of 2,000 characters, 500-character action titles, own elements with long titles, long team
 * and organisation names, names in Latin, Greek and Cyrillic script, a note with an emoji and a
 * name typed with a combining accent. In English, so the plan is tested in both languages.
 */
export function stressWorkshop(): WorkshopData {
  let counter = 0;
  let clock = Date.UTC(2026, 10, 22, 9, 0, 0);
  const factory: RecordFactory = {
    newId: () => `stress-${(counter += 1)}`,
    now: () => new Date((clock += 60_000)).toISOString(),
  };
  const data = createWorkshopData(
    {
      title: textOfLength(
        200,
        'Working in the broader interest: care, education, defence and safety with the regular employers of the region, ',
      ),
      date: '2026-11-22',
      language: 'en',
      location: 'Eindhoven, Evoluon, the big round hall on the first floor next to the entrance for delivery vans and bicycles',
      organisations: [
        {
          name: 'Koninklijke Nederlandse Vereniging van Samenwerkende Zorgorganisaties en Onderwijsinstellingen in Zuidoost-Brabant',
          kind: 'cruciaal',
        },
        { name: 'ASML', kind: 'regulier' },
        { name: 'Wróbel & Yılmaz Ingenieurs', kind: 'regulier' },
        { name: 'Ζωή Health', kind: 'anders' },
      ],
    },
    'Table 1 · Care',
    factory,
  );
  data.workshop.facilitator = 'Мария';
  data.workshop.goal = textOfLength(2000);
  data.teams.push(
    { id: factory.newId(), name: `Table 2 · ${'Education and technology together, '.repeat(2).trim()}` },
    { id: factory.newId(), name: 'Table 3 · Safety' },
  );
  const [care, education, safety] = data.teams.map((team) => team.id) as [string, string, string];

  const matching = data.template.themes[3]!;
  matching.elements.push(
    {
      id: 'eigen.werkgeversnetwerk',
      title: {
        nl: 'Regionaal werkgeversnetwerk',
        en: `A regional network of employers ${'that meets every quarter and shares '.repeat(3)}vacancies`,
      },
      questions: { nl: 'Wie zit aan tafel?', en: 'Who is at the table?' },
      source: 'eigen',
    },
    {
      id: 'eigen.zonder-engelse-titel',
      title: { nl: 'Eigen element zonder Engelse titel', en: '' },
      questions: { nl: '', en: '' },
      source: 'eigen',
    },
  );
  data.template.themes[0]!.question.en = `${data.template.themes[0]!.question.en} ${textOfLength(300)}`;

  const [first, second, third] = data.template.themes[0]!.elements.map((element) => element.id) as [string, string, string];
  const assessment = (teamId: string, elementId: string, fields: Partial<Assessment>): Assessment => ({
    teamId,
    elementId,
    maturity: 2,
    importance: 3,
    notApplicable: false,
    agreements: '',
    updatedAt: factory.now(),
    ...fields,
  });
  data.assessments.push(
    assessment(care, first, { agreements: textOfLength(2000) }),
    assessment(education, first, { maturity: 5, importance: 1, agreements: 'Short.\nWith a second line\n\nand a blank one.' }),
    assessment(safety, first, { notApplicable: true, maturity: null, importance: null }),
    assessment(care, second, { maturity: null }),
    assessment(education, second, { maturity: 1, importance: 3 }),
    assessment(care, 'eigen.werkgeversnetwerk', { maturity: 1, importance: 3, agreements: textOfLength(600) }),
    assessment(safety, third, { maturity: 4, importance: 2 }),
  );

  const participants = stressNames.map((name, index) => ({
    id: factory.newId(),
    name: index === 2 ? 'Zoe\u0308' : name,
    organisation: index === 0 ? 'Koninklijke Nederlandse Vereniging van Samenwerkende Zorgorganisaties' : 'ASML',
    role: index === 1 ? 'Praktijkopleider en coördinator van de hybride docenten in de regio' : 'Engineer',
    ...(index < 4 ? { teamId: [care, education, safety, care][index]! } : {}),
  }));
  data.participants.push(...participants);

  const note = (teamId: string, elementId: string, text: string, authorIndex?: number): Note => ({
    id: factory.newId(),
    teamId,
    elementId,
    text,
    colour: 'geel',
    ...(authorIndex === undefined ? {} : { authorId: participants[authorIndex]!.id }),
    createdAt: factory.now(),
    updatedAt: factory.now(),
  });
  data.notes.push(
    note(care, first, textOfLength(2000), 0),
    note(care, first, 'Thumbs up 👍 from the whole table', 1),
    note(education, first, 'Ζωή will ask the works council.', 3),
    note(safety, 'eigen.werkgeversnetwerk', 'Мария: первый шаг на следующей неделе.'),
  );

  const action = (title: string, fields: Partial<Action>): Action => ({
    id: factory.newId(),
    title,
    elementIds: [first],
    owner: null,
    dueDate: null,
    status: 'open',
    createdAt: factory.now(),
    updatedAt: factory.now(),
    ...fields,
  });
  data.actions.push(
    action(`Łukasz: ${textOfLength(492)}`, {
      teamId: care,
      owner: { name: 'Łukasz Wróbel', organisation: 'Koninklijke Nederlandse Vereniging van Samenwerkende Zorgorganisaties' },
      dueDate: '2027-03-01',
      firstStep: textOfLength(400),
    }),
    action(`Şahin: ${textOfLength(493)}`, {
      teamId: education,
      owner: { name: 'Şahin Yılmaz' },
      dueDate: '2027-01-15',
      status: 'bezig',
      elementIds: [first, second, 'eigen.werkgeversnetwerk'],
    }),
    action('Zoë collects the stories', {
      teamId: care,
      owner: { name: 'Zoe\u0308', organisation: 'ASML' },
      dueDate: '2026-12-01',
      status: 'klaar',
    }),
    action('Ζωή invites the works councils', { teamId: safety, owner: { name: 'Ζωή', organisation: 'Ζωή Health' } }),
    action('Мария plans the next session', { owner: { name: 'Мария' }, dueDate: '2027-02-02', elementIds: [] }),
    action(`Nobody owns this yet: ${textOfLength(477)}`, { teamId: safety, dueDate: '2027-06-30' }),
    action('Neither owner nor date', { teamId: education }),
  );
  return data;
}
