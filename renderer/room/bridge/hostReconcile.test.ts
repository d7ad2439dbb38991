import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPlenary } from '../../../shared/room/plenaryDoc';
import { readRecord, readScores, readVotes, tableMaps } from '../../../shared/room/tableDoc';
import { ChangeWriter } from '../../data/changes';
import { ActieplaatDatabase } from '../../data/db';
import { WorkshopEdits } from '../../data/edits';
import { at, factory, makeHarness, note, plenaryOf, settle, sleep, stopAll, W, type Harness } from './bridgeHarness';

/**
 * The host's edits reach the room by what they changed: Dexie names the records a write touched, and
 * the bridge reconciles just those (and the tables that held them before), not the whole workshop.
 */

let h: Harness;

beforeEach(async () => {
  h = await makeHarness();
});

afterEach(() => stopAll(h));

const votesOf = (teamId: string) => readVotes(h.phone(teamId).doc).map(({ key: _key, ...vote }) => vote);

describe('a host edit is reconciled by what it changed', () => {
  it('an edited note, score and action reach their table without reading the whole workshop', async () => {
    const { bridge } = await h.start();
    const full = bridge.stats.fullReconciles;
    const partial = bridge.stats.hostReconciles;
    await h.host((edits) => edits.updateNote('n1', { text: 'Roosters delen met HR' }));
    await h.host((edits) => edits.scoreElement('t1', 'matching.vraag', { maturity: 4 }));
    await h.host((edits) => edits.updateAction('a1', { title: 'Pool van 60 opzetten' }));
    await settle(bridge, h);
    const phone = h.phone('t1');
    expect(note(phone, 'n1')).toMatchObject({ text: 'Roosters delen met HR' });
    expect(readScores(phone.doc).get('matching.vraag')?.['maturity']).toBe(4);
    expect(readRecord(phone.doc, 'actions', 'a1')).toMatchObject({ title: 'Pool van 60 opzetten' });
    expect(bridge.stats.fullReconciles).toBe(full);
    expect(bridge.stats.hostReconciles).toBeGreaterThan(partial);
  });

  it('a note moved to another table leaves the first one’s document, and a removed one leaves its own', async () => {
    const { bridge } = await h.start();
    const full = bridge.stats.fullReconciles;
    await h.host((edits) => edits.updateNote('n1', { teamId: 't2' }));
    await h.host((edits) => edits.deleteNote('n3'));
    await settle(bridge, h);
    expect(note(h.phone('t1'), 'n1')).toBeUndefined();
    expect(note(h.phone('t2'), 'n1')).toMatchObject({ text: 'Roosters delen' });
    expect(note(h.phone('t2'), 'n3')).toBeUndefined();
    expect(bridge.stats.fullReconciles).toBe(full);
  });

  it('a renamed team reaches the plenary document; a new team opens its document with a full reconcile', async () => {
    const { bridge, source } = await h.start();
    const full = bridge.stats.fullReconciles;
    await h.host((edits) => edits.updateTeam('t2', { name: 'Tafel 20' }));
    await settle(bridge, h);
    expect(readPlenary(plenaryOf(h.room).doc).teams?.map((team) => team.name)).toEqual(['Tafel 10', 'Tafel 20']);
    expect(bridge.stats.fullReconciles).toBe(full);

    const [added] = await h.host((edits) => edits.addTeam('Tafel 3'));
    await settle(bridge, h);
    expect(source.opened).toContain(`table.${(added!.after as { id: string }).id}`);
    expect(bridge.stats.fullReconciles).toBeGreaterThan(full);
  });

  it('a participant moved to another table leaves the first one’s document; dots keep the table they were placed at', async () => {
    const { bridge } = await h.start();
    await h.host((edits) => edits.updateParticipant('p2', { teamId: 't1' }));
    await h.host((edits) => edits.placeDot(1, { teamId: 't1' }, 'matching.aanbod', 1, 3));
    await settle(bridge, h);
    expect(readRecord(h.phone('t1').doc, 'people', 'p2')).toMatchObject({ name: 'Bram Peeters' });
    expect(readRecord(h.phone('t2').doc, 'people', 'p2')).toBeUndefined();
    expect(votesOf('t2')).toEqual([{ round: 1, voter: 'participant', voterId: 'p2', elementId: 'matching.aanbod', dots: 2 }]);
    expect(votesOf('t1')).toContainEqual({ round: 1, voter: 'team', voterId: 't1', elementId: 'matching.aanbod', dots: 1 });
    expect(readPlenary(plenaryOf(h.room).doc).participants?.find((person) => person.id === 'p2')?.teamId).toBe('t1');

    await h.host((edits) => edits.placeDot(1, { teamId: 't1' }, 'matching.aanbod', -1, 3));
    await settle(bridge, h);
    expect(votesOf('t1')).not.toContainEqual(expect.objectContaining({ voter: 'team', elementId: 'matching.aanbod' }));
  });

  it('sixty notes in one save are reconciled one by one; a bulk write Dexie cannot name is reconciled in full', async () => {
    const { bridge } = await h.start();
    const full = bridge.stats.fullReconciles;
    const notes = (prefix: string) =>
      Array.from({ length: 60 }, (_, i) => ({
        id: `${prefix}${i}`,
        teamId: 't2',
        elementId: 'matching.vraag',
        text: `Idee ${i}`,
        colour: 'geel' as const,
        createdAt: at(1),
        updatedAt: at(1),
        workshopId: W,
      }));
    const writer = new ChangeWriter(h.db, factory.now);
    await writer.perform(W, () => notes('save').map((after) => ({ table: 'notes' as const, key: after.id, before: undefined, after })));
    await settle(bridge, h);
    expect(tableMaps(h.phone('t2').doc).notes.size).toBe(61);
    expect(bridge.stats.fullReconciles).toBe(full);

    // Dexie names at most 49 records of one bulk write; more, and it says "the whole table".
    await h.db.notes.bulkPut(notes('import'));
    await settle(bridge, h);
    expect(tableMaps(h.phone('t2').doc).notes.size).toBe(121);
    expect(bridge.stats.fullReconciles).toBe(full + 1);
  });

  it('an edit made through another connection to the database (another window) reaches the room too', async () => {
    const { bridge } = await h.start();
    const other = new ActieplaatDatabase(h.db.name);
    await other.open();
    try {
      await new ChangeWriter(other, factory.now).perform(W, () =>
        new WorkshopEdits(other, factory, W).updateNote('n3', { text: 'Uit het andere venster' }),
      );
      await settle(bridge, h);
      expect(note(h.phone('t2'), 'n3')).toMatchObject({ text: 'Uit het andere venster' });
    } finally {
      other.close();
    }
  });
});

describe('the safety net', () => {
  it('reconciles everything once the room has been quiet a while after partial reconciles', async () => {
    const { bridge } = await h.start({ idleFullMs: 150 });
    const full = bridge.stats.fullReconciles;
    await h.host((edits) => edits.updateNote('n1', { text: 'Eén keer bewerkt' }));
    await settle(bridge, h);
    expect(bridge.stats.fullReconciles).toBe(full);
    const deadline = Date.now() + 5000;
    while (bridge.stats.fullReconciles === full && Date.now() < deadline) await sleep(20);
    expect(bridge.stats.fullReconciles).toBe(full + 1);
    // And not again while nothing changes.
    await sleep(400);
    expect(bridge.stats.fullReconciles).toBe(full + 1);
  });

  it('a record changed behind Dexie’s back (no event names it) is put right by that full reconcile', async () => {
    const { bridge } = await h.start({ idleFullMs: 150 });
    await h.host((edits) => edits.updateNote('n1', { text: 'Gezien' }));
    await settle(bridge, h);
    // A write the bridge is not told of: straight into IndexedDB, past Dexie's observation.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(h.db.name);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const idb = request.result;
        const transaction = idb.transaction('notes', 'readwrite');
        const store = transaction.objectStore('notes');
        const get = store.get('n2');
        get.onsuccess = () => store.put({ ...get.result, text: 'Buiten Dexie om' });
        transaction.oncomplete = () => {
          idb.close();
          resolve();
        };
        transaction.onerror = () => reject(transaction.error);
      };
    });
    const deadline = Date.now() + 5000;
    while (note(h.phone('t1'), 'n2')?.['text'] !== 'Buiten Dexie om' && Date.now() < deadline) await sleep(20);
    expect(note(h.phone('t1'), 'n2')).toMatchObject({ text: 'Buiten Dexie om' });
  });
});
