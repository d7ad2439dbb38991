// The room bridge refusing what a device may not send: not stored, reported, and the document brought back.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { tableDocName } from '../../../shared/room/protocol';
import {
  patchRecord,
  readRecord,
  readScores,
  readVotes,
  tableMaps,
  voteKey,
  writeRecord,
  writeScores,
  writeVote,
} from '../../../shared/room/tableDoc';
import { at, factory, makeHarness, note, phoneNote, record, settle, sortedNotes, stopAll, W, type Harness } from './bridgeHarness';
import { ChangeWriter } from '../../data/changes';
import { InvalidRecordError } from '../../data/recordChecks';
import { WorkshopRepository } from '../../data/workshopRepository';

let h: Harness;

beforeEach(async () => {
  h = await makeHarness();
});

afterEach(() => stopAll(h));

describe('refusing what a device may not send', () => {
  const text10MB = 'x'.repeat(10 * 1024 * 1024);
  it.each<[string, (doc: Y.Doc) => void, string, string]>([
    [
      'a maturity of 9',
      (doc) => writeScores(doc, 'matching.vraag', { maturity: 9, updatedAt: at(9) }),
      's:matching.vraag',
      'assessments matching.vraag: maturity',
    ],
    ['a 10 MB text', (doc) => writeRecord(doc, 'notes', phoneNote('n9', { text: text10MB })), 'n:n9', 'notes n9: text'],
    ['an unknown element', (doc) => writeRecord(doc, 'notes', phoneNote('n9', { elementId: 'matching.niets' })), 'n:n9', 'unknown-element'],
    [
      'an unknown team',
      (doc) => writeVote(doc, { round: 1, voter: 'team', voterId: 't-other', elementId: 'matching.vraag', dots: 1 }),
      `v:${voteKey({ round: 1, voter: 'team', voterId: 't-other', elementId: 'matching.vraag' })}`,
      'unknown-team',
    ],
    ['an unknown author', (doc) => writeRecord(doc, 'notes', phoneNote('n9', { authorId: 'p-nobody' })), 'n:n9', 'unknown-participant'],
    [
      'a __proto__ key',
      (doc) => {
        const entry = new Y.Map<unknown>();
        for (const [field, value] of Object.entries(phoneNote('n9'))) if (field !== 'id') entry.set(field, value);
        entry.set('__proto__', { admin: true });
        tableMaps(doc).notes.set('n9', entry);
      },
      'n:n9',
      '__proto__',
    ],
    ['a __proto__ id', (doc) => writeRecord(doc, 'people', record({ id: '__proto__', name: 'X' })), 'p:__proto__', '__proto__'],
    ['a wrong type', (doc) => patchRecord(doc, 'actions', 'a1', { elementIds: 'matching.vraag', updatedAt: at(9) }), 'a:a1', 'elementIds'],
    ['a record that is no record', (doc) => tableMaps(doc).notes.set('n9', 'tekst' as never), 'n:n9', 'not a record'],
  ])('refuses %s: not stored, reported, and the document brought back', async (_case, send, key, problem) => {
    const { bridge } = await h.start({});
    h.setFacilitation({ voting: { round: 1, voters: 'team', dotsPerVoter: 3, revealed: false } });
    const before = await new WorkshopRepository(h.db, factory).load(W);
    const phone = h.phone('t1');
    const snapshot = () =>
      JSON.stringify([
        ...['notes', 'actions', 'people'].map((map) => tableMaps(phone.doc)[map as 'notes'].toJSON()),
        readScores(phone.doc).get('matching.vraag'),
        tableMaps(phone.doc).votes.toJSON(),
      ]);
    const docBefore = snapshot();
    send(phone.doc);
    await settle(bridge, h);
    const after = await new WorkshopRepository(h.db, factory).load(W);
    expect({ ...after, workshop: null }).toEqual({ ...before, workshop: null });
    expect(h.refusals).toHaveLength(1);
    expect(h.refusals[0]).toMatchObject({ reason: 'invalid-record' });
    expect(h.refusals[0]!.detail).toContain(problem);
    expect(h.refusals[0]).not.toHaveProperty('deviceId');
    // The bridge names the document that wrote it (the room server knows its device).
    expect(h.refusals[0]!.writers).toEqual([phone.doc.clientID]);
    expect(snapshot()).toEqual(docBefore);
    void key;
  });

  it('refuses an object with a prototype of its own (a nested __proto__ as Yjs decodes it)', async () => {
    const { bridge, source } = await h.start();
    // A room server re-encodes what it relays (dropping such a key), so this comes straight into the host's copy.
    const hostDoc = source.clients.get(tableDocName('t1'))!.doc;
    const device = new Y.Doc();
    Y.applyUpdate(device, Y.encodeStateAsUpdate(hostDoc));
    device.on('update', (update: Uint8Array) => Y.applyUpdate(hostDoc, update, 'device'));
    patchRecord(device, 'actions', 'a1', { owner: JSON.parse('{"name":"X","__proto__":{"admin":true}}') as unknown, updatedAt: at(9) });
    await settle(bridge, h);
    expect((await h.db.actions.get('a1'))?.owner).toEqual({ name: 'Мария' });
    expect(readRecord(hostDoc, 'actions', 'a1')?.['owner']).toEqual({ name: 'Мария' });
    expect(h.refusals.map((refusal) => refusal.detail)).toEqual(['actions a1: owner is not plain data']);
  });

  it('refuses a note over the workshop’s limit', async () => {
    const { bridge } = await h.start({ limits: { notes: 4 } });
    const phone = h.phone('t1');
    writeRecord(phone.doc, 'notes', phoneNote('n8'));
    await settle(bridge, h);
    writeRecord(phone.doc, 'notes', phoneNote('n9'));
    await settle(bridge, h);
    expect(await sortedNotes(h)).toEqual(['n1', 'n2', 'n3', 'n8']);
    expect(note(phone, 'n9')).toBeUndefined();
    expect(h.refusals.map((refusal) => refusal.detail)).toEqual(["notes n9: over the workshop's limit of 4 notes"]);
  });

  it('stores several tables’ edits in one transaction: the limit counts them all, their new votes get numbers of their own', async () => {
    const { bridge } = await h.start({ limits: { notes: 4 } });
    h.setFacilitation({ voting: { round: 1, voters: 'team', dotsPerVoter: 3, revealed: false } });
    await settle(bridge, h);
    const [first, second] = [h.phone('t1'), h.phone('t2')];
    const writes = h.writes();
    writeRecord(first.doc, 'notes', phoneNote('n8'));
    writeVote(first.doc, { round: 1, voter: 'team', voterId: 't1', elementId: 'matching.aanbod', dots: 2 });
    writeRecord(second.doc, 'notes', phoneNote('n9', { authorId: 'p2' }));
    writeVote(second.doc, { round: 1, voter: 'team', voterId: 't2', elementId: 'matching.aanbod', dots: 3 });
    await settle(bridge, h);

    expect(h.writes() - writes).toBe(1);
    expect(await sortedNotes(h)).toEqual(['n1', 'n2', 'n3', 'n8']);
    expect(note(second, 'n9')).toBeUndefined();
    expect(h.refusals.map((refusal) => refusal.detail)).toEqual(["notes n9: over the workshop's limit of 4 notes"]);
    const teamVotes = (await h.db.votes.where('workshopId').equals(W).toArray()).filter((entry) => entry.participantId === undefined);
    expect(teamVotes.map((entry) => [entry.teamId, entry.elementId, entry.dots]).sort()).toEqual([
      ['t1', 'matching.aanbod', 2],
      ['t1', 'matching.vraag', 1],
      ['t2', 'matching.aanbod', 3],
    ]);
    expect(readVotes(second.doc).flatMap((entry) => (entry.voter === 'team' ? [[entry.elementId, entry.dots]] : []))).toEqual([
      ['matching.aanbod', 3],
    ]);
  });

  it('refuses dots over the round’s budget, and dots outside the round', async () => {
    const { bridge } = await h.start();
    const phone = h.phone('t1');
    const vote = (elementId: string, dots: number, round = 1) =>
      writeVote(phone.doc, { round, voter: 'team', voterId: 't1', elementId, dots });
    vote('matching.aanbod', 2);
    await settle(bridge, h);
    expect(h.refusals.map((refusal) => refusal.detail)).toEqual([expect.stringContaining('no voting round')]);

    h.setFacilitation({ voting: { round: 1, voters: 'team', dotsPerVoter: 3, revealed: false } });
    vote('matching.aanbod', 3);
    await settle(bridge, h);
    expect(h.refusals[1]?.detail).toContain('4 dots, over the round’s 3'.replace('’', "'"));
    expect(readVotes(phone.doc).map((entry) => [entry.elementId, entry.dots])).toEqual([['matching.vraag', 1]]);

    vote('matching.aanbod', 2);
    await settle(bridge, h);
    // Moving a dot in one change fits the budget.
    phone.doc.transact(() => {
      vote('matching.vraag', 0);
      vote('matching.verbinder', 1);
    });
    await settle(bridge, h);
    vote('matching.aanbod', 1, 2);
    await settle(bridge, h);
    const votes = (await h.db.votes.where('workshopId').equals(W).toArray()).filter((entry) => entry.participantId === undefined);
    expect(votes.map((entry) => [entry.elementId, entry.dots]).sort()).toEqual([
      ['matching.aanbod', 2],
      ['matching.verbinder', 1],
    ]);
    expect(h.refusals).toHaveLength(3);
    expect(h.refusals[2]?.detail).toContain('round 2 is not under way');
  });

  it('takes the change writer’s refusal of a phone’s edit as a refusal: not stored, reported once, the document brought back, never retried', async () => {
    const { bridge } = await h.start();
    const phone = h.phone('t1');
    const perform = ChangeWriter.prototype.perform;
    const attempts = vi.spyOn(ChangeWriter.prototype, 'perform').mockImplementation(function (this: ChangeWriter, workshopId, produce) {
      // As if the writer's checks knew a limit the bridge's own checks do not: they refuse what the edit produced.
      if (attempts.mock.calls.length > 1) return perform.call(this, workshopId, produce);
      return perform.call(this, workshopId, async () => {
        await produce();
        throw new InvalidRecordError({ table: 'notes', field: 'text', problem: 'too-long', limit: 3 });
      });
    });
    writeRecord(phone.doc, 'notes', phoneNote('n9', { text: 'Lang genoeg' }));
    await settle(bridge, h);
    expect(await h.db.notes.get('n9')).toBeUndefined();
    expect(tableMaps(phone.doc).notes.get('n9')).toBeUndefined();
    expect(h.refusals).toHaveLength(1);
    expect(h.refusals[0]!.detail).toContain('too-long');
    expect(attempts).toHaveBeenCalledTimes(1);
    attempts.mockRestore();
  });
});
