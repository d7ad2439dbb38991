// The room bridge writing the host's edits into the documents, and both sides editing at once.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPlenary } from '../../../shared/room/plenaryDoc';
import { tableDocName } from '../../../shared/room/protocol';
import { deleteRecord, patchRecord, readScores, tableMaps, writeScores } from '../../../shared/room/tableDoc';
import { at, makeHarness, note, plenaryOf, settle, sleep, sortedNotes, stopAll, type Harness } from './bridgeHarness';

let h: Harness;

beforeEach(async () => {
  h = await makeHarness();
});

afterEach(() => stopAll(h));

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
