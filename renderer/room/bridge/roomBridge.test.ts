import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { workshopSchema } from '../../../shared/model/workshop';
import { readPlenary } from '../../../shared/room/plenaryDoc';
import { PLENARY_DOC, tableDocName } from '../../../shared/room/protocol';
import {
  deleteRecord,
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
import {
  at,
  factory,
  makeHarness,
  note,
  phoneNote,
  plenaryOf,
  record,
  running,
  settle,
  sleep,
  sortedNotes,
  stopAll,
  W,
  type Harness,
} from './bridgeHarness';
import { WorkshopRepository } from '../../data/workshopRepository';
import { MemoryRoom } from './memoryRoom';
import { RoomBridge } from './roomBridge';

let h: Harness;

beforeEach(async () => {
  h = await makeHarness();
});

afterEach(() => stopAll(h));
describe('starting', () => {
  it('seeds each table’s document from the database, and writes the plenary document', async () => {
    const { source } = await h.start();
    expect(source.opened.sort()).toEqual([PLENARY_DOC, tableDocName('t1'), tableDocName('t2')].sort());
    const phone = h.phone('t1');
    expect(note(phone, 'n1')).toEqual({
      id: 'n1',
      elementId: 'matching.vraag',
      text: 'Roosters delen',
      colour: 'geel',
      authorId: 'p1',
      createdAt: at(0),
      updatedAt: at(0),
    });
    // Fields the room does not know stay out of it.
    expect(note(phone, 'n2')).not.toHaveProperty('extra');
    expect(note(phone, 'n3')).toBeUndefined();
    expect(readRecord(phone.doc, 'actions', 'a1')).toMatchObject({ title: 'Pool opzetten', owner: { name: 'Мария' } });
    expect(readRecord(phone.doc, 'actions', 'a2')).toBeUndefined();
    // A score field at its default is left out (a document without it reads as the default).
    expect(readScores(phone.doc).get('matching.vraag')).toEqual({
      maturity: 2,
      importance: 3,
      agreements: 'Pool van 40',
      updatedAt: at(0),
    });
    expect(readRecord(phone.doc, 'people', 'p1')).toEqual({ id: 'p1', name: 'Anouk de Vries', organisation: 'UMCG' });
    expect(readVotes(phone.doc).map(({ key: _key, ...vote }) => vote)).toEqual([
      { round: 1, voter: 'team', voterId: 't1', elementId: 'matching.vraag', dots: 1 },
    ]);
    const other = h.phone('t2');
    expect(readVotes(other.doc).map(({ key: _key, ...vote }) => vote)).toEqual([
      { round: 1, voter: 'participant', voterId: 'p2', elementId: 'matching.aanbod', dots: 2 },
    ]);

    const plenary = readPlenary(plenaryOf(h.room).doc);
    expect(plenary.workshop).toEqual({ id: W, title: 'Zorgreserve', language: 'nl', date: '2026-12-01' });
    // In the workshop's order, the facilitator's (here the file's), whatever the names or ids say.
    expect(plenary.teams).toEqual([
      { id: 't1', name: 'Tafel 10' },
      { id: 't2', name: 'Tafel 2', colour: '#1E3A8A' },
    ]);
    expect(plenary.participants?.map((participant) => participant.id)).toEqual(['p1', 'p2', 'p3']);
    expect(plenary.themes?.[0]?.elements[0]).toHaveProperty('title.nl');
    expect(plenary.facilitation).toMatchObject({ phase: null, focus: 'all', voting: null, timer: { durationMs: 600_000 } });
  });

  it('follows the facilitator: focus, timer and voting round reach the plenary document', async () => {
    await h.start();
    const plenary = plenaryOf(h.room);
    h.setFacilitation({ focus: 2, voting: { round: 3, voters: 'participant', dotsPerVoter: 5, revealed: false } });
    expect(readPlenary(plenary.doc).facilitation).toMatchObject({
      focus: 2,
      voting: { round: 3, voters: 'participant', dotsPerVoter: 5, revealed: false },
    });
    expect(readPlenary(plenary.doc).facilitation?.hostNow).toBeGreaterThan(0);
  });

  it('stamps the host’s clock again while a round timer runs, so a phone joining mid-round can set its clock by it', async () => {
    await h.start();
    const plenary = plenaryOf(h.room);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopped = readPlenary(plenary.doc).facilitation!.hostNow;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readPlenary(plenary.doc).facilitation!.hostNow).toBe(stopped);

    h.setFacilitation({ timer: { durationMs: 600_000, startedAt: Date.now(), elapsedMs: 0 } });
    const started = readPlenary(plenary.doc).facilitation!.hostNow;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(readPlenary(plenary.doc).facilitation!.hostNow).toBeGreaterThan(started);
  });
});

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

describe('from the host into the documents', () => {
  it('writes an edit once, and nothing comes back', async () => {
    const { bridge } = await h.start();
    const phone = h.phone('t1');
    let fromServer = 0;
    phone.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === phone) fromServer += 1;
    });
    const writes = h.writes();
    await h.host((edits) => edits.updateNote('n1', { text: 'Roosters delen met HR' }));
    await settle(bridge, h);
    expect(note(phone, 'n1')).toMatchObject({ text: 'Roosters delen met HR' });
    expect(fromServer).toBe(1);
    expect(h.writes() - writes).toBe(1);

    await h.host((edits) => edits.addAction({ title: 'Nieuw', teamId: 't1', elementIds: [], owner: null, dueDate: null, status: 'open' }));
    await h.host((edits) => edits.deleteNote('n2'));
    await h.host((edits) => edits.scoreElement('t1', 'matching.vraag', { maturity: 5 }));
    await settle(bridge, h);
    expect(note(phone, 'n2')).toBeUndefined();
    expect(readScores(phone.doc).get('matching.vraag')?.['maturity']).toBe(5);
    expect([...tableMaps(phone.doc).actions.values()].map((action) => action.get('title'))).toContain('Nieuw');
    const quiet = [fromServer, h.writes()];
    await sleep(100);
    await settle(bridge, h);
    expect([fromServer, h.writes()]).toEqual(quiet);
  });

  it('moves a note the host dragged to another table', async () => {
    const { bridge } = await h.start();
    await h.host((edits) => edits.updateNote('n1', { teamId: 't2' }));
    await settle(bridge, h);
    expect(note(h.phone('t1'), 'n1')).toBeUndefined();
    expect(note(h.phone('t2'), 'n1')).toMatchObject({ text: 'Roosters delen' });
  });

  it('opens the documents of new teams and closes those of removed teams', async () => {
    const { bridge, source } = await h.start();
    const [added] = await h.host((edits) => edits.addTeam('Tafel 3'));
    await h.host((edits) => edits.removeTeam('t2'));
    await settle(bridge, h);
    const teamId = (added!.after as { id: string }).id;
    expect(source.opened).toContain(tableDocName(teamId));
    expect(source.closed).toEqual([tableDocName('t2')]);
    expect(readPlenary(plenaryOf(h.room).doc).teams?.map((team) => team.name)).toEqual(['Tafel 10', 'Tafel 3']);
    // The document of a removed team is left as it was (an undo may bring the team back).
    expect(note(h.phone('t2'), 'n3')).toMatchObject({ text: 'Andere tafel' });
  });
});

describe('both sides at once', () => {
  it('keeps concurrent edits of different fields of one record', async () => {
    const { bridge } = await h.start();
    const phone = h.phone('t1');
    writeScores(phone.doc, 'matching.vraag', { maturity: 4, updatedAt: at(8), updatedBy: 'p1' });
    await h.host((edits) => edits.scoreElement('t1', 'matching.vraag', { agreements: 'Pool van 60' }));
    await settle(bridge, h);
    expect(await h.db.assessments.get(['t1', 'matching.vraag'])).toMatchObject({ maturity: 4, agreements: 'Pool van 60', updatedBy: 'p1' });
    expect(readScores(phone.doc).get('matching.vraag')).toMatchObject({ maturity: 4, agreements: 'Pool van 60' });
  });

  it('keeps both when the host removes one record while a phone edits another', async () => {
    const { bridge } = await h.start();
    const phone = h.phone('t1');
    patchRecord(phone.doc, 'notes', 'n2', { text: 'Bewerkt op de telefoon', updatedAt: at(9) });
    await h.host((edits) => edits.deleteNote('n1'));
    await settle(bridge, h);
    expect(await h.db.notes.get('n1')).toBeUndefined();
    expect(note(phone, 'n1')).toBeUndefined();
    expect((await h.db.notes.get('n2'))?.text).toBe('Bewerkt op de telefoon');
    expect(note(phone, 'n2')?.['text']).toBe('Bewerkt op de telefoon');
  });

  it.each([
    ['the phone edited last', at(30), 'Telefoon'],
    ['the host edited last', at(1), 'Host'],
  ])('gives a field both changed while the bridge was stopped to the side that edited last: %s', async (_case, phoneTime, winner) => {
    const first = await h.start();
    await first.bridge.stop();
    const phone = h.phone('t1');
    patchRecord(phone.doc, 'notes', 'n1', { text: 'Telefoon', colour: 'paars', updatedAt: phoneTime });
    // The host's clock: 10:02.
    await h.host(async (edits) =>
      (await edits.updateNote('n1', { text: 'Host' })).map((change) => ({ ...change, after: { ...change.after, updatedAt: at(2) } })),
    );
    const { bridge } = await h.start();
    expect(await h.db.notes.get('n1')).toMatchObject({ text: winner, colour: 'paars', authorId: 'p1' });
    expect(note(phone, 'n1')).toMatchObject({ text: winner, colour: 'paars' });
    expect(await sortedNotes(h)).toEqual(['n1', 'n2', 'n3']);
    expect(tableMaps(phone.doc).notes.size).toBe(2);
    await settle(bridge, h);
  });

  it('lets a deletion win over an edit made while the bridge was stopped', async () => {
    const first = await h.start();
    await first.bridge.stop();
    const phone = h.phone('t1');
    patchRecord(phone.doc, 'notes', 'n1', { text: 'Nog bewerkt', updatedAt: at(30) });
    deleteRecord(phone.doc, 'notes', 'n2');
    await h.host((edits) => edits.deleteNote('n1'));
    await h.host((edits) => edits.updateNote('n2', { text: 'Nog bewerkt' }));
    await h.start();
    expect(await sortedNotes(h)).toEqual(['n3']);
    expect(tableMaps(phone.doc).notes.size).toBe(0);
  });
});

describe('restarting', () => {
  it('rebuilds nothing, loses nothing, and stores offline edits that arrive later exactly once', async () => {
    const first = await h.start();
    const phone = h.phone('t1');
    writeRecord(phone.doc, 'notes', phoneNote('n8'));
    await settle(first.bridge, h);
    await first.bridge.stop();

    phone.goOffline();
    writeRecord(phone.doc, 'notes', phoneNote('n9', { text: 'Offline geschreven' }));
    patchRecord(phone.doc, 'notes', 'n1', { colour: 'oranje', updatedAt: at(20) });

    const server = h.room.server(tableDocName('t1'));
    const vector = Y.encodeStateVector(server);
    const received = h.room.received.get(tableDocName('t1'));
    const writes = h.writes();
    const { bridge } = await h.start();
    // Nothing rebuilt: the server's document is as it was, the database too.
    expect(Y.encodeStateVector(server)).toEqual(vector);
    expect(h.room.received.get(tableDocName('t1'))).toBe(received);
    expect(h.writes()).toBe(writes);
    expect(await sortedNotes(h)).toEqual(['n1', 'n2', 'n3', 'n8']);

    phone.goOnline();
    await settle(bridge, h);
    expect(h.writes() - writes).toBe(1);
    expect(await sortedNotes(h)).toEqual(['n1', 'n2', 'n3', 'n8', 'n9']);
    expect(await h.db.notes.get('n1')).toMatchObject({ colour: 'oranje', text: 'Roosters delen' });
    expect(tableMaps(phone.doc).notes.size).toBe(4);
  });

  it('seeds a document the server has lost from the database, whatever the shadows say', async () => {
    const first = await h.start();
    await first.bridge.stop();
    const fresh = new MemoryRoom();
    const { bridge } = await h.start({ room: fresh });
    await settle(bridge, h);
    expect(await sortedNotes(h)).toEqual(['n1', 'n2', 'n3']);
    expect(note(h.phone('t1', fresh), 'n1')).toMatchObject({ text: 'Roosters delen' });
  });
});

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
});

describe('keeping the room tidy', () => {
  it('puts back what anyone but the host wrote into the plenary document', async () => {
    const { bridge } = await h.start();
    const plenary = plenaryOf(h.room);
    plenary.doc.getMap('plenary').set('workshop', { id: W, title: 'Gekaapt', language: 'nl' });
    await settle(bridge, h);
    expect(readPlenary(plenary.doc).workshop?.title).toBe('Zorgreserve');
  });

  it('removes keys of the scores and votes maps that name no record, and reports them', async () => {
    const { bridge } = await h.start();
    const phone = h.phone('t1');
    phone.doc.transact(() => {
      tableMaps(phone.doc).votes.set('rommel', 3);
      tableMaps(phone.doc).votes.set('[1, "team", "t1", "matching.vraag"]', 3);
      tableMaps(phone.doc).scores.set('kleur|matching.vraag', 'rood');
    });
    await settle(bridge, h);
    expect([...tableMaps(phone.doc).votes.keys()]).toEqual([
      voteKey({ round: 1, voter: 'team', voterId: 't1', elementId: 'matching.vraag' }),
    ]);
    expect([...tableMaps(phone.doc).scores.keys()].some((key) => key.startsWith('kleur'))).toBe(false);
    expect(h.refusals.map((refusal) => refusal.detail).sort()).toEqual([
      'scores kleur|matching.vraag: not a key of a record',
      'votes [1, "team", "t1", "matching.vraag"]: not a key of a record',
      'votes rommel: not a key of a record',
    ]);
    expect(h.refusals.map((refusal) => refusal.writers)).toEqual([[phone.doc.clientID], [phone.doc.clientID], [phone.doc.clientID]]);
  });

  it('takes a participant who left the table off it, and keeps them in the workshop', async () => {
    const { bridge } = await h.start();
    deleteRecord(h.phone('t1').doc, 'people', 'p1');
    await settle(bridge, h);
    expect(await h.db.participants.get('p1')).toEqual({ id: 'p1', name: 'Anouk de Vries', organisation: 'UMCG', workshopId: W });
    expect((await h.db.notes.get('n1'))?.authorId).toBe('p1');
  });

  it('keeps a shadow of a document write only once the write has reached the server', async () => {
    let open: () => void = () => {};
    const reached = new Promise<void>((resolve) => (open = resolve));
    const inner = h.room.source();
    const bridge = new RoomBridge({
      db: h.db,
      workshopId: W,
      docs: { open: (name) => ({ ...inner.open(name), flushed: () => reached }) },
      reportRefusal: () => {},
      shadows: h.shadows,
      batchDelayMs: 5,
    });
    running.push(bridge);
    await bridge.start();
    await settle(bridge, h);
    // Seeded, but the server has not confirmed: a restart now would compare against no shadows (and seed again).
    expect((await h.shadows.load(W)).size).toBe(0);
    open();
    await sleep(10);
    await bridge.whenIdle();
    const stored = await h.shadows.load(W);
    expect(stored.get(JSON.stringify(['t1', 'n:n1']))?.f).toHaveProperty('text');
    // People and votes as well as notes, actions and scores.
    expect(
      [...stored.keys()]
        .map((key) => (JSON.parse(key) as string[])[1]!.slice(0, 1))
        .sort()
        .join(''),
    ).toMatch(/^a+n+p+s+v+$/);
  });
});

describe('a document the server lost', () => {
  it('is taken as replaced, not as everything deleted, when a device wrote into the new one first', async () => {
    const first = await h.start();
    const phone = h.phone('t1');
    for (let i = 0; i < 6; i += 1) writeRecord(phone.doc, 'notes', phoneNote(`m${i}`));
    await settle(first.bridge, h);
    await first.bridge.stop();
    // The room was closed (its documents removed) and opened again; a phone wrote before the host was back.
    const fresh = new MemoryRoom();
    writeRecord(h.phone('t1', fresh).doc, 'notes', phoneNote('n9', { text: 'Nieuw na heropenen' }));
    const { bridge } = await h.start({ room: fresh });
    await settle(bridge, h);
    expect(await sortedNotes(h)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'n1', 'n2', 'n3', 'n9']);
    expect(tableMaps(h.phone('t1', fresh).doc).notes.size).toBe(9);
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
