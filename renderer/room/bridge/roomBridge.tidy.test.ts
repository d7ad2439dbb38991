// The room bridge keeping the room tidy: the plenary document, junk keys, participants who leave, and the shadows it keeps.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPlenary } from '../../../shared/room/plenaryDoc';
import { deleteRecord, tableMaps, voteKey } from '../../../shared/room/tableDoc';
import { makeHarness, plenaryOf, running, settle, sleep, stopAll, W, type Harness } from './bridgeHarness';
import { RoomBridge } from './roomBridge';

let h: Harness;

beforeEach(async () => {
  h = await makeHarness();
});

afterEach(() => stopAll(h));

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
