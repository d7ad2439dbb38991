import { beforeEach, describe, expect, it } from 'vitest';
import { readWorkshopFile } from '../../shared/file/readWorkshopFile';
import { serializeWorkshopFile, toWorkshopFile } from '../../shared/file/workshopFile';
import type { Maturity } from '../../shared/model/assessment';
import { workshopDataSchema, type WorkshopData } from '../../shared/model/workshopData';
import { blankWorkshop } from '../../tests/support/blankWorkshop';
import { steppingClock, testRecordFactory } from '../../tests/support/recordFactory';
import { actionRecord, assessmentRecord, noteRecord } from '../../tests/support/records';
import { openTestDatabase } from '../../tests/support/testDatabase';
import { WorkshopRepository } from './workshopRepository';

/** A follow-up session: what it carries over, what it keeps of the earlier session, and that it stays whole on its own. */

let repository: WorkshopRepository;
const factory = testRecordFactory({ now: steppingClock() });

beforeEach(async () => {
  repository = new WorkshopRepository(await openTestDatabase(), factory);
});

const at = (minute: number) => new Date(Date.UTC(2026, 5, 1, 10, minute)).toISOString();

/** A first session: two teams (Zuid before Noord), two participants, scores and afspraken, four actions. */
async function firstSession(): Promise<WorkshopData> {
  const data = blankWorkshop(
    { title: 'Zorgreserve Noord', date: '2026-06-01', organisations: [{ name: 'UMCG', kind: 'cruciaal' }], teamNames: ['Zuid', 'Noord'] },
    factory,
  );
  const [zuid, noord] = data.teams.map((team) => team.id) as [string, string];
  data.workshop.agenda = { phases: [{ id: 'f1', kind: 'prioriteren', plannedMinutes: 30, startedAt: at(0), endedAt: at(30) }] };
  data.participants = [
    { id: 'p1', name: 'Anouk de Vries', teamId: zuid },
    { id: 'p2', name: 'Bram Peeters', teamId: noord },
  ];
  const score = (teamId: string, elementId: string, maturity: Maturity | null, agreements = '') =>
    assessmentRecord(teamId, elementId, { maturity, importance: maturity === null ? null : 2, agreements, updatedAt: at(10) });
  data.assessments = [
    score(zuid, 'matching.vraag', 2, 'Roosters delen'),
    score(noord, 'matching.vraag', 3),
    score(noord, 'matching.aanbod', null),
  ];
  data.notes = [noteRecord('n1', zuid, { text: 'Blijft achter', createdAt: at(5), updatedAt: at(5) })];
  const action = (id: string, status: 'open' | 'bezig' | 'klaar', teamId?: string) =>
    actionRecord(id, {
      ...(teamId ? { teamId } : {}),
      owner: { name: 'Anouk de Vries' },
      dueDate: '2026-09-01',
      status,
      authorId: 'p1',
      createdAt: at(20),
      updatedAt: at(20),
    });
  data.actions = [action('a1', 'open', zuid), action('a2', 'bezig', zuid), action('a3', 'open', noord), action('a4', 'klaar')];
  data.votes = [{ round: 1, elementId: 'matching.vraag', teamId: zuid, dots: 2 }];
  await repository.write(data);
  return data;
}

describe('starting a follow-up', () => {
  it('carries the partnership, teams in order, template, participants and actions with their status; no scores, notes or dots', async () => {
    const first = await firstSession();
    const firstAsStored = await repository.load(first.workshop.id);
    const created = await repository.followUp(first.workshop.id, { title: 'Zorgreserve Noord, vervolg', date: '2026-12-01' });
    const next = (await repository.load(created.id))!;
    expect(workshopDataSchema.safeParse(next).success).toBe(true);

    expect(next.workshop).toMatchObject({
      title: 'Zorgreserve Noord, vervolg',
      date: '2026-12-01',
      organisations: first.workshop.organisations,
    });
    expect(next.workshop.agenda?.phases).toEqual([{ id: 'f1', kind: 'prioriteren', plannedMinutes: 30 }]);
    expect(next.template).toEqual(first.template);
    expect(next.teams.map((team) => team.name)).toEqual(['Zuid', 'Noord']);
    expect(next.teams.map((team) => team.id)).not.toContain(first.teams[0]!.id);
    const teamName = (teamId: string | undefined) => next.teams.find((team) => team.id === teamId)?.name;
    next.participants.sort((a, b) => a.name.localeCompare(b.name));
    expect(next.participants.map((person) => [person.name, teamName(person.teamId)])).toEqual([
      ['Anouk de Vries', 'Zuid'],
      ['Bram Peeters', 'Noord'],
    ]);
    next.actions.sort((a, b) => a.title.localeCompare(b.title));
    expect(next.actions.map((action) => [action.title, action.status, teamName(action.teamId)])).toEqual([
      ['Actie a1', 'open', 'Zuid'],
      ['Actie a2', 'bezig', 'Zuid'],
      ['Actie a3', 'open', 'Noord'],
      ['Actie a4', 'klaar', undefined],
    ]);
    // The author follows to the follow-up's participant.
    expect(next.actions[0]!.authorId).toBe(next.participants[0]!.id);
    expect([next.assessments, next.notes, next.votes]).toEqual([[], [], []]);

    // The earlier session: its scores (not the empty one) and statuses, under the follow-up's ids.
    const [earlier] = next.earlierSessions!;
    expect(next.earlierSessions).toHaveLength(1);
    expect(earlier!.workshop).toEqual({ id: first.workshop.id, title: 'Zorgreserve Noord', date: '2026-06-01' });
    expect(earlier!.teams.map((team) => [team.id, team.name])).toEqual(next.teams.map((team) => [team.id, team.name]));
    expect(earlier!.assessments.map((score) => [teamName(score.teamId), score.elementId, score.maturity, score.agreements])).toEqual([
      ['Zuid', 'matching.vraag', 2, 'Roosters delen'],
      ['Noord', 'matching.vraag', 3, ''],
    ]);
    expect(earlier!.actions.map((action) => [action.id, action.status]).sort()).toEqual(
      next.actions.map((action) => [action.id, action.status]).sort(),
    );
    // The earlier workshop is as it was.
    expect(await repository.load(first.workshop.id)).toEqual(firstAsStored);
  });

  it('a follow-up of a follow-up keeps the whole chain, each session naming the newest teams and actions', async () => {
    const first = await firstSession();
    const second = await repository.followUp(first.workshop.id, { title: 'Tweede', date: '2026-12-01' });
    const secondData = (await repository.load(second.id))!;
    secondData.assessments = [
      {
        teamId: secondData.teams[0]!.id,
        elementId: 'matching.vraag',
        maturity: 4,
        importance: 3,
        notApplicable: false,
        agreements: '',
        updatedAt: at(1),
      },
    ];
    secondData.actions.find((action) => action.title === 'Actie a1')!.status = 'klaar';
    await repository.write(secondData);

    const third = await repository.followUp(second.id, { title: 'Derde', date: '2027-06-01' });
    const thirdData = (await repository.load(third.id))!;
    expect(workshopDataSchema.safeParse(thirdData).success).toBe(true);
    expect(thirdData.earlierSessions!.map((session) => session.workshop.title)).toEqual(['Zorgreserve Noord', 'Tweede']);
    const zuid = thirdData.teams[0]!.id;
    const maturityOfZuid = (session: number) =>
      thirdData.earlierSessions![session]!.assessments.find((score) => score.teamId === zuid && score.elementId === 'matching.vraag')
        ?.maturity;
    expect([maturityOfZuid(0), maturityOfZuid(1)]).toEqual([2, 4]);
    const a1 = thirdData.actions.find((action) => action.title === 'Actie a1')!;
    const statusOf = (session: number) => thirdData.earlierSessions![session]!.actions.find((action) => action.id === a1.id)?.status;
    expect([statusOf(0), statusOf(1), a1.status]).toEqual(['open', 'klaar', 'klaar']);
  });

  it('stays complete when the earlier workshop is deleted', async () => {
    const first = await firstSession();
    const created = await repository.followUp(first.workshop.id, { title: 'Vervolg', date: '2026-12-01' });
    const before = await repository.load(created.id);
    await repository.delete(first.workshop.id);
    expect(await repository.load(created.id)).toEqual(before);
    expect(before!.earlierSessions![0]!.assessments).toHaveLength(2);
  });

  it('travels in a workshop file: read back as it was, and imported as a copy under new ids that its sessions follow', async () => {
    const first = await firstSession();
    const created = await repository.followUp(first.workshop.id, { title: 'Vervolg', date: '2026-12-01' });
    const data = (await repository.load(created.id))!;
    const bytes = new TextEncoder().encode(
      serializeWorkshopFile(toWorkshopFile(data, { name: 'actieplaat', version: '0' }, factory.now())),
    );
    const read = readWorkshopFile(bytes);
    if (!read.ok) throw new Error(`the file was refused: ${JSON.stringify(read)}`);
    expect(read.data).toEqual(data);

    // Deleting both and importing the file as it is gives the follow-up back whole.
    await repository.delete(created.id);
    await repository.delete(first.workshop.id);
    const again = await repository.import(read.data, { kind: 'as-is' });
    expect(again.status).toBe('imported');
    expect(await repository.load(created.id)).toEqual(data);

    const copy = await repository.import(read.data, { kind: 'copy', title: 'Kopie' });
    if (copy.status !== 'imported') throw new Error('not imported');
    const copied = (await repository.load(copy.workshop.id))!;
    const [session] = copied.earlierSessions!;
    expect(session!.teams.map((team) => team.id)).toEqual(copied.teams.map((team) => team.id));
    expect(session!.actions.map((action) => action.id).sort()).toEqual(copied.actions.map((action) => action.id).sort());
    expect(copied.teams[0]!.id).not.toBe(data.teams[0]!.id);
  });

  it('a workshop that follows none has no earlier sessions, in the database or its file', async () => {
    const first = await firstSession();
    const loaded = (await repository.load(first.workshop.id))!;
    expect(loaded).not.toHaveProperty('earlierSessions');
    expect(toWorkshopFile(loaded, { name: 'actieplaat', version: '0' }, factory.now())).not.toHaveProperty('earlierSessions');
  });
});
