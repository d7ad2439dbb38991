import { beforeEach, describe, expect, it } from 'vitest';
import { readWorkshopFile } from '../../shared/file/readWorkshopFile';
import { serializeWorkshopFile, toWorkshopFile } from '../../shared/file/workshopFile';
import { workshopDataSchema, type WorkshopData } from '../../shared/model/workshopData';
import { blankWorkshop } from '../../tests/support/blankWorkshop';
import { steppingClock, testRecordFactory } from '../../tests/support/recordFactory';
import { actionRecord, assessmentRecord, noteRecord } from '../../tests/support/records';
import { openTestDatabase } from '../../tests/support/testDatabase';
import type { ActieplaatDatabase } from './db';
import { WorkshopRepository } from './workshopRepository';

let database: ActieplaatDatabase;
let repository: WorkshopRepository;
const factory = testRecordFactory({ now: steppingClock() });

beforeEach(async () => {
  database = await openTestDatabase();
  repository = new WorkshopRepository(database, factory);
});

const input = {
  title: 'Zorgreserve',
  date: '2026-12-01',
  language: 'nl' as const,
  organisations: [{ name: 'UMCG', kind: 'cruciaal' as const }],
};

async function workshopWithContent() {
  const workshop = await repository.create(input, 'Tafel 1');
  const data = (await repository.load(workshop.id))!;
  const teamId = data.teams[0]!.id;
  data.participants.push({ id: factory.newId(), name: 'Łukasz Wróbel', teamId });
  data.notes.push(
    noteRecord(factory.newId(), teamId, {
      elementId: 'matching.aanbod',
      text: 'Reservisten',
      colour: 'blauw',
      createdAt: factory.now(),
      updatedAt: factory.now(),
    }),
  );
  data.assessments.push(
    assessmentRecord(teamId, 'matching.aanbod', { maturity: 2, importance: 3, agreements: 'Pool van 40', updatedAt: factory.now() }),
  );
  data.actions.push(
    actionRecord(factory.newId(), {
      title: 'Pool opzetten',
      teamId,
      elementIds: ['matching.aanbod'],
      owner: { name: 'Мария' },
      dueDate: '2027-01-10',
      status: 'bezig',
      createdAt: factory.now(),
      updatedAt: factory.now(),
    }),
  );
  data.votes.push({ round: 1, elementId: 'matching.aanbod', teamId, dots: 3 });
  await repository.write(data);
  return data;
}

async function rowCounts() {
  return Promise.all(database.workshopTables().map((table) => table.count()));
}

describe('WorkshopRepository', () => {
  it('creates a workshop with its template and first team, and loads it back valid', async () => {
    const workshop = await repository.create(input, 'Tafel 1');
    const loaded = await repository.load(workshop.id);
    expect(loaded?.workshop).toEqual(workshop);
    expect(loaded?.teams.map((team) => team.name)).toEqual(['Tafel 1']);
    expect(loaded?.template.themes.flatMap((theme) => theme.elements)).toHaveLength(20);
    expect(workshopDataSchema.safeParse(loaded).success).toBe(true);
  });

  it('loads exactly what was written, without the database’s own fields', async () => {
    const data = await workshopWithContent();
    const loaded = await repository.load(data.workshop.id);
    expect(loaded).toEqual(data);
    expect(JSON.stringify(loaded)).not.toContain('workshopId');
  });

  it('keeps the teams in the order given, through the database, a workshop file and its import, whatever ids and names say', async () => {
    const data = blankWorkshop(input, factory);
    const created = data.workshop;
    // Ids sort b, c, x; names Midden, Noord, Zuid; the facilitator's order is neither.
    data.teams = [
      { id: 'x', name: 'Noord', colour: '#0F766E' },
      { id: 'b', name: 'Zuid' },
      { id: 'c', name: 'Midden' },
    ];
    await repository.write(data);
    const names = (loaded: WorkshopData | undefined) => loaded?.teams.map((team) => team.name);
    expect(names(await repository.load(created.id))).toEqual(['Noord', 'Zuid', 'Midden']);

    const bytes = new TextEncoder().encode(
      serializeWorkshopFile(toWorkshopFile((await repository.load(created.id))!, { name: 'actieplaat', version: '0' }, factory.now())),
    );
    const file = JSON.parse(new TextDecoder().decode(bytes)) as WorkshopData;
    // The file states the order by the array alone: no field of the database's own.
    expect(file.teams).toEqual(data.teams);
    const read = readWorkshopFile(bytes);
    if (!read.ok) throw new Error('the file was refused');
    const copy = await repository.import(read.data, { kind: 'copy', title: 'Kopie' });
    if (copy.status !== 'imported') throw new Error('not imported');
    expect(names(await repository.load(copy.workshop.id))).toEqual(['Noord', 'Zuid', 'Midden']);
  });

  it('renames and moves the workshop to the top of “last edited”', async () => {
    const first = await repository.create(input, 'Tafel 1');
    await repository.create({ ...input, title: 'Tweede' }, 'Tafel 1');
    await repository.rename(first.id, '  Zorgreserve Noord  ');
    const newestFirst = await database.workshops.orderBy('updatedAt').reverse().toArray();
    expect(newestFirst.map((workshop) => workshop.title)).toEqual(['Zorgreserve Noord', 'Tweede']);
  });

  it('refuses an empty name and an unknown workshop', async () => {
    const workshop = await repository.create(input, 'Tafel 1');
    await expect(repository.rename(workshop.id, '  ')).rejects.toThrow(/cannot be empty/);
    await expect(repository.rename('nope', 'X')).rejects.toThrow(/no workshop/);
    expect((await database.workshops.get(workshop.id))?.title).toBe('Zorgreserve');
  });

  it('duplicates everything under new ids, leaving the original as it was', async () => {
    const data = await workshopWithContent();
    const copy = await repository.duplicate(data.workshop.id, 'Zorgreserve (kopie)');
    const [original, duplicate] = await Promise.all([repository.load(data.workshop.id), repository.load(copy.id)]);
    expect(original).toEqual(data);
    expect(duplicate?.notes.map((note) => note.text)).toEqual(['Reservisten']);
    expect(duplicate?.notes[0]?.id).not.toBe(data.notes[0]?.id);
    expect(duplicate?.actions[0]?.owner?.name).toBe('Мария');
    expect(workshopDataSchema.safeParse(duplicate).success).toBe(true);
  });

  it('deletes every row of a workshop and restores it whole', async () => {
    const other = await repository.create({ ...input, title: 'Blijft' }, 'Tafel 1');
    const data = await workshopWithContent();
    const before = await rowCounts();

    const snapshot = await repository.delete(data.workshop.id);
    expect(snapshot).toEqual(data);
    expect(await repository.load(data.workshop.id)).toBeUndefined();
    expect(await repository.load(other.id)).toBeDefined();
    expect(await database.notes.count()).toBe(0);

    await repository.restore(snapshot!);
    expect(await repository.load(data.workshop.id)).toEqual(data);
    expect(await rowCounts()).toEqual(before);
  });

  it('writes all or nothing: a failing write leaves no half workshop behind', async () => {
    const data = await workshopWithContent();
    await repository.delete(data.workshop.id);
    const broken = structuredClone(data);
    // An action whose id is no valid key is written after everything but the votes: the transaction aborts as a whole.
    broken.actions.push({ ...broken.actions[0]!, id: null as never });
    await expect(repository.write(broken)).rejects.toThrow();
    expect(await rowCounts()).toEqual(database.workshopTables().map(() => 0));
  });
});
