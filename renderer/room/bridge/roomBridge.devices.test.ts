// The room bridge storing what phones wrote into their table's document.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workshopSchema } from '../../../shared/model/workshop';
import { readPlenary } from '../../../shared/room/plenaryDoc';
import { deleteRecord, patchRecord, readRecord, tableMaps, writeRecord, writeScores, writeVote } from '../../../shared/room/tableDoc';
import { at, makeHarness, phoneNote, plenaryOf, record, settle, sleep, stopAll, W, type Harness } from './bridgeHarness';

let h: Harness;

beforeEach(async () => {
  h = await makeHarness();
});

afterEach(() => stopAll(h));

describe('from a phone into the database', () => {
  it('stores a note with its author, once, without echo', async () => {
    const { bridge } = await h.start();
    const phone = h.phone('t1');
    let fromServer = 0;
    phone.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === phone) fromServer += 1;
    });
    const writes = h.writes();
    const full = bridge.stats.fullReconciles;
    const host = bridge.stats.hostReconciles;
    const started = performance.now();
    writeRecord(phone.doc, 'notes', phoneNote('n9'));
    while (!(await h.db.notes.get('n9')) && performance.now() - started < 2000) await sleep(5);
    const elapsed = performance.now() - started;
    console.log(`a phone's note was in the database after ${elapsed.toFixed(0)} ms`);
    await settle(bridge, h);

    expect(await h.db.notes.get('n9')).toEqual({ ...phoneNote('n9'), teamId: 't1', workshopId: W });
    expect(h.writes() - writes).toBe(1);
    // The bridge's "last edited" stamp: valid, and never one the app's own edits make.
    const stamp = (await h.db.workshops.get(W))!.updatedAt;
    expect(stamp).toMatch(/\+00:00$/);
    expect(workshopSchema.shape.updatedAt.safeParse(stamp).success).toBe(true);
    expect(fromServer).toBe(0);
    expect(bridge.stats.fullReconciles).toBe(full);
    // The bridge's own write is not taken for the host's: nothing is reconciled again.
    expect(bridge.stats.hostReconciles).toBe(host);
    expect(h.refusals).toEqual([]);
  });

  it('stores an action with its author, a score with who scored, a vote and a new participant', async () => {
    const { bridge } = await h.start();
    h.setFacilitation({ voting: { round: 1, voters: 'team', dotsPerVoter: 3, revealed: false } });
    const phone = h.phone('t1');
    phone.doc.transact(() => {
      writeRecord(phone.doc, 'people', record({ id: 'p9', name: 'Zoë Ñúñez', organisation: 'Summa' }));
      writeRecord(
        phone.doc,
        'actions',
        record({
          id: 'a9',
          title: 'Rooster delen',
          elementIds: ['matching.vraag'],
          owner: { name: 'Zoë Ñúñez' },
          dueDate: '2027-01-15',
          firstStep: 'Mail HR',
          status: 'open',
          authorId: 'p9',
          createdAt: at(6),
          updatedAt: at(6),
        }),
      );
      writeScores(phone.doc, 'matching.aanbod', { maturity: 4, updatedAt: at(6), updatedBy: 'p9' });
      writeVote(phone.doc, { round: 1, voter: 'team', voterId: 't1', elementId: 'matching.aanbod', dots: 2 });
    });
    await settle(bridge, h);

    expect(await h.db.participants.get('p9')).toEqual({ id: 'p9', name: 'Zoë Ñúñez', organisation: 'Summa', teamId: 't1', workshopId: W });
    expect(await h.db.actions.get('a9')).toMatchObject({ teamId: 't1', authorId: 'p9', firstStep: 'Mail HR', dueDate: '2027-01-15' });
    expect(await h.db.assessments.get(['t1', 'matching.aanbod'])).toEqual({
      teamId: 't1',
      elementId: 'matching.aanbod',
      maturity: 4,
      importance: null,
      notApplicable: false,
      agreements: '',
      updatedAt: at(6),
      updatedBy: 'p9',
      workshopId: W,
    });
    const votes = await h.db.votes.where('workshopId').equals(W).toArray();
    expect(votes.filter((vote) => vote.teamId === 't1' && vote.participantId === undefined)).toMatchObject([
      { elementId: 'matching.vraag', dots: 1 },
      { elementId: 'matching.aanbod', dots: 2, round: 1 },
    ]);
    expect(h.refusals).toEqual([]);
    // The new participant is on every phone's list.
    expect(readPlenary(plenaryOf(h.room).doc).participants?.map((participant) => participant.id)).toContain('p9');
    // Defaults the phone left out are not written back into its document.
    expect([...tableMaps(phone.doc).scores.keys()].filter((key) => key.endsWith('matching.aanbod')).sort()).toEqual([
      'maturity|matching.aanbod',
      'updatedAt|matching.aanbod',
      'updatedBy|matching.aanbod',
    ]);
  });

  it('seats a known participant at the table under the name the facilitator has for them', async () => {
    const { bridge } = await h.start();
    const phone = h.phone('t1');
    writeRecord(phone.doc, 'people', record({ id: 'p3', name: 'Chiara' }));
    await settle(bridge, h);
    expect(await h.db.participants.get('p3')).toEqual({ id: 'p3', name: 'Chiara Rossi', role: 'Docent', teamId: 't1', workshopId: W });
    expect(readRecord(phone.doc, 'people', 'p3')).toEqual({ id: 'p3', name: 'Chiara Rossi' });
    // Moving to another table takes them off the first one's list.
    const other = h.phone('t2');
    writeRecord(other.doc, 'people', record({ id: 'p3', name: 'Chiara Rossi' }));
    await settle(bridge, h);
    expect((await h.db.participants.get('p3'))?.teamId).toBe('t2');
    expect(readRecord(phone.doc, 'people', 'p3')).toBeUndefined();
  });

  it('keeps fields the room does not know when a phone edits a record', async () => {
    const { bridge } = await h.start();
    const phone = h.phone('t1');
    patchRecord(phone.doc, 'notes', 'n2', { text: 'Reservisten werven', updatedAt: at(7) });
    await settle(bridge, h);
    expect(await h.db.notes.get('n2')).toMatchObject({ text: 'Reservisten werven', extra: 'kept', updatedAt: at(7) });
  });

  it('removes a note a phone removed', async () => {
    const { bridge } = await h.start();
    deleteRecord(h.phone('t1').doc, 'notes', 'n1');
    await settle(bridge, h);
    expect(await h.db.notes.get('n1')).toBeUndefined();
  });
});

describe('participants’ own dots', () => {
  it('stores a participant’s dots with their table, within their own budget', async () => {
    const { bridge } = await h.start();
    h.setFacilitation({ voting: { round: 2, voters: 'participant', dotsPerVoter: 2, revealed: false } });
    const phone = h.phone('t1');
    const vote = (voterId: string, elementId: string, dots: number) =>
      writeVote(phone.doc, { round: 2, voter: 'participant', voterId, elementId, dots });
    vote('p1', 'matching.vraag', 2);
    await settle(bridge, h);
    vote('p1', 'matching.aanbod', 1);
    vote('p2', 'matching.aanbod', 1);
    await settle(bridge, h);
    const votes = (await h.db.votes.where('workshopId').equals(W).toArray()).filter((entry) => entry.round === 2);
    expect(votes).toMatchObject([{ elementId: 'matching.vraag', dots: 2, teamId: 't1', participantId: 'p1' }]);
    expect(h.refusals.map((refusal) => refusal.detail).sort()).toEqual([
      expect.stringContaining('3 dots, over the round'),
      expect.stringContaining('unknown-participant "p2"'),
    ]);
  });
});
