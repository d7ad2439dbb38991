import { beforeEach, describe, expect, it } from 'vitest';
import { benchmarkWorkshop } from '../../tests/fixtures/benchmarkWorkshop';
import { steppingClock, testRecordFactory } from '../../tests/support/recordFactory';
import { openTestDatabase } from '../../tests/support/testDatabase';
import { planMerge } from '../../shared/file/mergeTeams';
import { readWorkshopFile } from '../../shared/file/readWorkshopFile';
import { serializeWorkshopFile, toWorkshopFile } from '../../shared/file/workshopFile';
import { workshopDataSchema, type WorkshopData } from '../../shared/model/workshopData';
import { ChangeWriter, invert } from './changes';
import type { ActieplaatDatabase } from './db';
import { WorkshopEdits } from './edits';
import { WorkshopRepository } from './workshopRepository';

let database: ActieplaatDatabase;
let repository: WorkshopRepository;
const factory = testRecordFactory({ now: steppingClock('2026-11-22T16:00:00.000Z') });

beforeEach(async () => {
  database = await openTestDatabase();
  repository = new WorkshopRepository(database, factory);
});

/** Export as the app does, then read the bytes back as the importer does. */
function throughFile(data: WorkshopData): WorkshopData {
  const bytes = new TextEncoder().encode(
    serializeWorkshopFile(toWorkshopFile(data, { name: 'actieplaat', version: '0.1.0' }, factory.now())),
  );
  const result = readWorkshopFile(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.data;
}

/** Votes come back from the database in the order they were written; compare them as a set. */
function normalised(data: WorkshopData | undefined) {
  if (!data) return data;
  const sortBy = <T>(records: T[], key: (record: T) => string) => [...records].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    ...data,
    teams: sortBy(data.teams, (record) => record.id),
    participants: sortBy(data.participants, (record) => record.id),
    assessments: sortBy(data.assessments, (record) => `${record.teamId}/${record.elementId}`),
    notes: sortBy(data.notes, (record) => record.id),
    actions: sortBy(data.actions, (record) => record.id),
    votes: sortBy(data.votes, (record) => JSON.stringify(record)),
  };
}

describe('importing a workshop file', () => {
  it('round trip: the benchmark workshop exported and imported into another library is identical', async () => {
    const original = benchmarkWorkshop();
    await repository.write(original);
    const exported = (await repository.load(original.workshop.id))!;

    const there = new WorkshopRepository(await openTestDatabase(), factory);
    expect(await there.import(throughFile(exported), { kind: 'as-is' })).toMatchObject({ status: 'imported' });
    expect(normalised(await there.load(original.workshop.id))).toEqual(normalised(original));
  });

  it('never takes the place of a workshop the library has without being asked', async () => {
    const original = benchmarkWorkshop();
    await repository.write(original);
    const changed = structuredClone(original);
    changed.workshop.title = 'Gewijzigd elders';
    expect(await repository.import(changed, { kind: 'as-is' })).toEqual({ status: 'exists' });
    expect((await repository.load(original.workshop.id))!.workshop.title).toBe(original.workshop.title);
  });

  it('as a copy: new ids, the title given, both workshops in the library', async () => {
    const original = benchmarkWorkshop();
    await repository.write(original);
    const outcome = await repository.import(original, { kind: 'copy', title: 'Kopie' });
    expect(outcome.status).toBe('imported');
    if (outcome.status !== 'imported') return;
    expect(outcome.workshop.id).not.toBe(original.workshop.id);
    const copy = (await repository.load(outcome.workshop.id))!;
    expect(copy.workshop.title).toBe('Kopie');
    expect(copy.notes).toHaveLength(original.notes.length);
    expect(workshopDataSchema.safeParse(copy).success).toBe(true);
    expect(await database.workshops.count()).toBe(2);
  });

  it('replacing: the file takes the place of the workshop, and undo brings the old one back exactly', async () => {
    const original = benchmarkWorkshop();
    await repository.write(original);
    const incoming = structuredClone(original);
    incoming.workshop.title = 'Versie van de andere laptop';
    incoming.notes = incoming.notes.slice(0, 10);

    const outcome = await repository.import(incoming, { kind: 'replace' });
    expect(outcome.status === 'imported' && outcome.replaced?.notes).toHaveLength(original.notes.length);
    expect((await repository.load(original.workshop.id))!.notes).toHaveLength(10);

    if (outcome.status === 'imported' && outcome.replaced) await repository.undoReplace(outcome.replaced);
    expect(normalised(await repository.load(original.workshop.id))).toEqual(normalised(original));
  });

  it('merging a second team’s file adds exactly that team, as one undoable change', async () => {
    const full = benchmarkWorkshop();
    const lastTeam = full.teams.at(-1)!;
    const mine = structuredClone(full);
    mine.teams = mine.teams.filter((team) => team.id !== lastTeam.id);
    mine.assessments = mine.assessments.filter((record) => record.teamId !== lastTeam.id);
    mine.notes = mine.notes.filter((record) => record.teamId !== lastTeam.id);
    mine.actions = mine.actions.filter((record) => record.teamId !== lastTeam.id);
    mine.participants = mine.participants.filter((record) => record.teamId !== lastTeam.id);
    mine.votes = mine.votes.filter(
      (vote) => vote.teamId !== lastTeam.id && !full.participants.some((p) => p.id === vote.participantId && p.teamId === lastTeam.id),
    );
    await repository.write(mine);

    const incoming = throughFile(full);
    const plan = planMerge((await repository.load(mine.workshop.id))!, incoming);
    const decisions = Object.fromEntries(
      plan.candidates.map((candidate) => [candidate.team.id, candidate.status === 'new' ? 'add' : 'skip'] as const),
    );
    const edits = new WorkshopEdits(database, factory, mine.workshop.id);
    const writer = new ChangeWriter(database, factory.now);
    const changes = await writer.perform(mine.workshop.id, () => edits.mergeTeams(incoming, decisions));

    const merged = (await repository.load(mine.workshop.id))!;
    expect(workshopDataSchema.safeParse(merged).success).toBe(true);
    expect(merged.teams.map((team) => team.id).sort()).toEqual(full.teams.map((team) => team.id).sort());
    const ofLast = <T extends { teamId?: string }>(records: T[]) => records.filter((record) => record.teamId === lastTeam.id);
    expect(normalised({ ...merged, notes: ofLast(merged.notes) } as WorkshopData)!.notes).toEqual(
      normalised({ ...full, notes: ofLast(full.notes) } as WorkshopData)!.notes,
    );
    expect(ofLast(merged.actions)).toHaveLength(ofLast(full.actions).length);
    expect(ofLast(merged.assessments)).toHaveLength(ofLast(full.assessments).length);
    expect(merged.notes).toHaveLength(full.notes.length);

    await writer.apply(mine.workshop.id, invert(changes));
    const undone = (await repository.load(mine.workshop.id))!;
    expect(normalised({ ...undone, workshop: mine.workshop })).toEqual(normalised(mine));
  });

  it('a file whose records have ids another workshop of the library uses takes nothing from that workshop', async () => {
    const theirs = benchmarkWorkshop(1);
    await repository.write(theirs);
    const before = normalised(await repository.load(theirs.workshop.id));
    // Another workshop that reuses their ids, as a hand-made file or another tool might.
    const incoming = structuredClone(theirs);
    incoming.workshop.id = 'hand-made';
    incoming.votes[0] = { ...incoming.votes[0]!, seq: 1 } as (typeof incoming.votes)[number];

    const outcome = await repository.import(incoming, { kind: 'as-is' });
    expect(outcome.status).toBe('imported');
    expect(normalised(await repository.load(theirs.workshop.id))).toEqual(before);
    const imported = (await repository.load('hand-made'))!;
    expect(workshopDataSchema.safeParse(imported).success).toBe(true);
    expect(imported.notes).toHaveLength(theirs.notes.length);
    const names = (data: WorkshopData) => data.teams.map((team) => team.name).sort();
    expect(names(imported)).toEqual(names(theirs));
    expect(imported.teams.some((team) => theirs.teams.some((other) => other.id === team.id))).toBe(false);
  });

  it('merging teams of a workshop the library also has leaves that workshop as it was', async () => {
    const other = benchmarkWorkshop(2);
    const mine = benchmarkWorkshop(3);
    await repository.write(other);
    await repository.write(mine);
    const before = normalised(await repository.load(other.workshop.id));

    const incoming = throughFile(other);
    const plan = planMerge((await repository.load(mine.workshop.id))!, incoming);
    const skipped = plan.candidates[0]!.team.id;
    const decisions = Object.fromEntries(
      plan.candidates.map((candidate) => [candidate.team.id, candidate.team.id === skipped ? 'skip' : 'add'] as const),
    );
    const edits = new WorkshopEdits(database, factory, mine.workshop.id);
    await new ChangeWriter(database, factory.now).perform(mine.workshop.id, () => edits.mergeTeams(incoming, decisions));

    expect(normalised(await repository.load(other.workshop.id))).toEqual(before);
    const merged = (await repository.load(mine.workshop.id))!;
    expect(workshopDataSchema.safeParse(merged).success).toBe(true);
    expect(merged.teams).toHaveLength(mine.teams.length + other.teams.length - 1);
    expect(merged.notes).toHaveLength(mine.notes.length + other.notes.filter((note) => note.teamId !== skipped).length);
  });
});
