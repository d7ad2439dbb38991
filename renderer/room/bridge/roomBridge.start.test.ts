// The room bridge starting: seeding the documents, following the facilitator, restarting, and a document the server lost.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readPlenary } from '../../../shared/room/plenaryDoc';
import { PLENARY_DOC, tableDocName } from '../../../shared/room/protocol';
import { patchRecord, readRecord, readScores, readVotes, tableMaps, writeRecord } from '../../../shared/room/tableDoc';
import { at, makeHarness, note, phoneNote, plenaryOf, settle, sortedNotes, stopAll, W, type Harness } from './bridgeHarness';
import { MemoryRoom } from './memoryRoom';

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
