import { beforeEach, describe, expect, it } from 'vitest';
import { steppingClock, testRecordFactory } from '../../tests/support/recordFactory';
import { openTestDatabase } from '../../tests/support/testDatabase';
import { readWorkshopFile } from '../../shared/file/readWorkshopFile';
import { serializeWorkshopFile, toWorkshopFile } from '../../shared/file/workshopFile';
import { NOTE_TEXT_MAX, phrasedTitle, TEAM_NAME_MAX, WORKSHOP_TITLE_MAX, workshopLimits } from '../../shared/model/vocabulary';
import type { WorkshopData } from '../../shared/model/workshopData';
import { createWorkshopData } from '../../shared/workshop/newWorkshop';
import { describeIssue } from '../file/importMessages';
import { createI18n } from '../i18n/setup';
import type { ActieplaatDatabase } from './db';
import { InvalidRecordError } from './recordChecks';
import { WorkshopRepository } from './workshopRepository';

const factory = testRecordFactory({ newId: () => crypto.randomUUID(), now: steppingClock() });

let database: ActieplaatDatabase;
let repository: WorkshopRepository;

beforeEach(async () => {
  database = await openTestDatabase('validation');
  repository = new WorkshopRepository(database, factory);
});

function workshopData(title = 'Zorg en techniek'): WorkshopData {
  const data = createWorkshopData({ title, date: '2026-11-22', language: 'nl', organisations: [] }, 'Tafel 1', factory);
  const now = factory.now();
  const teamId = data.teams[0]!.id;
  const note = {
    id: crypto.randomUUID(),
    teamId,
    elementId: 'matching.aanbod',
    text: 'Reservisten',
    colour: 'geel',
    createdAt: now,
    updatedAt: now,
  };
  return { ...data, notes: [note] };
}

/** The same workshop with its note past the limit: what the file's validation refuses, had it been skipped. */
function withLongNote(data: WorkshopData): WorkshopData {
  return { ...data, notes: data.notes.map((note) => ({ ...note, text: 'x'.repeat(NOTE_TEXT_MAX + 1) })) };
}

async function libraryRows() {
  return JSON.stringify(await Promise.all(database.workshopTables().map((table) => table.toArray())));
}

describe('a whole workshop written by the repository passes the same checks', () => {
  it('imports nothing of a workshop with an invalid record, whichever way it comes in', async () => {
    const valid = workshopData();
    await repository.write(valid);
    const before = await libraryRows();
    const invalid = withLongNote(valid);

    for (const mode of [{ kind: 'replace' }, { kind: 'copy', title: 'Kopie' }] as const) {
      await expect(repository.import(invalid, mode)).rejects.toMatchObject({
        name: 'InvalidRecordError',
        problem: { table: 'notes', field: 'text', problem: 'too-long', limit: NOTE_TEXT_MAX },
      });
      // A replace deletes the workshop first: the refusal takes that back too.
      expect(await libraryRows()).toBe(before);
    }
    await expect(repository.import(withLongNote(workshopData('Elders')), { kind: 'as-is' })).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await libraryRows()).toBe(before);
  });

  it('refuses a workshop without a team, or with more teams than a workshop may have', async () => {
    const data = workshopData();
    await expect(repository.write({ ...data, teams: [], notes: [] })).rejects.toMatchObject({
      problem: { table: 'teams', problem: 'too-few', limit: 1 },
    });
    const teams = Array.from({ length: workshopLimits.teams + 1 }, (_, i) => ({ id: `t-${i}`, name: `Tafel ${i + 1}` }));
    await expect(repository.write({ ...data, teams, notes: [] })).rejects.toMatchObject({
      problem: { table: 'teams', problem: 'too-many', limit: workshopLimits.teams },
    });
    expect(await database.workshops.count()).toBe(0);
  });

  it('refuses a team name past its limit in a new workshop, and a title past its limit in a rename', async () => {
    const input = { title: 'Zorg', date: '2026-11-22', language: 'nl' as const, organisations: [] };
    await expect(repository.create({ ...input, teamNames: ['T'.repeat(TEAM_NAME_MAX + 1)] }, 'Tafel 1')).rejects.toMatchObject({
      problem: { table: 'teams', field: 'name', problem: 'too-long', limit: TEAM_NAME_MAX },
    });
    const workshop = await repository.create(input, 'Tafel 1');
    await expect(repository.rename(workshop.id, 'T'.repeat(WORKSHOP_TITLE_MAX + 1))).rejects.toMatchObject({
      problem: { table: 'workshops', field: 'title', problem: 'too-long', limit: WORKSHOP_TITLE_MAX },
    });
    expect((await repository.get(workshop.id))?.title).toBe('Zorg');
    await repository.rename(workshop.id, 'Zorg en techniek');
    expect((await repository.get(workshop.id))?.title).toBe('Zorg en techniek');
  });

  it('duplicates a workshop whose title is as long as a title may be, its copy’s title shortened to fit', async () => {
    const original = await repository.create(
      { title: 'Z'.repeat(WORKSHOP_TITLE_MAX), date: '2026-11-22', language: 'nl', organisations: [] },
      'Tafel 1',
    );
    const copy = await repository.duplicate(
      original.id,
      phrasedTitle(original.title, (title) => `${title} (kopie)`),
    );
    expect(copy.title).toHaveLength(WORKSHOP_TITLE_MAX);
    expect(copy.title.endsWith('… (kopie)')).toBe(true);
  });
});

describe('a workshop file with an invalid record', () => {
  it('is still refused by the file’s validation, with the record, field and limit named', async () => {
    const file = toWorkshopFile(withLongNote(workshopData()), { name: 'actieplaat', version: '0.1.0' }, factory.now());
    const result = readWorkshopFile(new TextEncoder().encode(serializeWorkshopFile(file)));

    expect(result).toMatchObject({
      ok: false,
      problem: {
        code: 'invalid',
        issues: [{ record: { collection: 'notes', position: 1 }, field: 'text', problem: 'too-long', limit: NOTE_TEXT_MAX }],
      },
    });
    if (result.ok || result.problem.code !== 'invalid') return;
    const { t } = await createI18n('nl');
    expect(describeIssue(result.problem.issues[0]!, t)).toMatch(/te lang \(hoogstens 2\.000 tekens\)/);
  });
});
