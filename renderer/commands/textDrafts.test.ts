import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeWriter, invert } from '../data/changes';
import { ActieplaatDatabase } from '../data/db';
import { WorkshopEdits } from '../data/edits';
import { WorkshopRepository } from '../data/workshopRepository';
import { editCommands } from './editCommands';
import { editRequest, requestField, type EditRequest } from './editRequest';
import { clearDraft, recoverTextDrafts, saveDraft } from './textDrafts';

/** localStorage as the browser keeps it in memory; what reaches its disk is up to the test. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

const ELEMENT = 'matching.aanbod';
let clock = 0;
const now = () => new Date(Date.UTC(2026, 10, 22, 10, 0, 0, clock++)).toISOString();
const factory = { newId: () => crypto.randomUUID(), now };

let database: ActieplaatDatabase;
let storage: MemoryStorage;
let workshopId: string;
let teamId: string;
let writer: ChangeWriter;
let edits: WorkshopEdits;

beforeEach(async () => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  database = new ActieplaatDatabase(`test-${crypto.randomUUID()}`);
  await database.open();
  const workshop = await new WorkshopRepository(database, factory).create(
    { title: 'Zorgreserve', date: '2026-12-01', language: 'nl', organisations: [] },
    'Team 1',
  );
  workshopId = workshop.id;
  teamId = (await database.teams.where('workshopId').equals(workshopId).first())!.id;
  writer = new ChangeWriter(database, now);
  edits = new WorkshopEdits(database, factory, workshopId);
});

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await database.delete();
});

const agreements = (text: string) => editRequest('editAgreements', { teamId, elementId: ELEMENT, agreements: text });
/** A key typed in the afspraken: the draft the field keeps of it. */
const type = (request: EditRequest) => saveDraft(requestField(request), workshopId, request, now);
/** The typing delay is over: the field hands its text to the database. */
const store = (text: string) =>
  writer.perform(workshopId, () => editCommands.editAgreements.perform(edits, { teamId, elementId: ELEMENT, agreements: text }));
const storedAgreements = async () => (await database.assessments.get([teamId, ELEMENT]))?.agreements;
const drafts = () => Array.from({ length: storage.length }, (_, index) => storage.key(index));

describe('text drafts: typed text that a crash kept from the database', () => {
  it('stores text typed just before the window was killed, before the typing delay handed it over', async () => {
    await store('Pool van');
    type(agreements('Pool van 40'));
    // Killed here: the draft is all that has the text.

    expect(await recoverTextDrafts(database)).toBe(1);
    expect(await storedAgreements()).toBe('Pool van 40');
    expect(drafts()).toEqual([]);
  });

  it('leaves newer stored text alone when the browser had written an old draft to disk and never its clearing', async () => {
    // localStorage reaches the disk lazily: a draft written while typing can be on disk long after the
    // window stored its text and cleared the draft in memory. Here the clearing never reached the disk.
    const field = requestField(agreements(''));
    type(agreements('Pool van'));
    const onDisk = storage.getItem(`actieplaat.draft.${field}`)!;
    await store('Pool van');
    type(agreements('Pool van 40 mensen'));
    await store('Pool van 40 mensen');
    // What the killed browser's disk still holds: the first draft.
    storage.clear();
    storage.setItem(`actieplaat.draft.${field}`, onDisk);

    expect(await recoverTextDrafts(database)).toBe(0);
    expect(await storedAgreements()).toBe('Pool van 40 mensen');
    expect(drafts()).toEqual([]);
  });

  it('does not bring back text that was stored and then undone', async () => {
    await store('Pool');
    type(agreements('Pool van 40'));
    const changes = await store('Pool van 40');
    await writer.apply(workshopId, invert(changes));
    // The clearing of the draft did not reach the disk before the kill.

    expect(await recoverTextDrafts(database)).toBe(0);
    expect(await storedAgreements()).toBe('Pool');
  });

  it('stores every draft typed after the last store, also when the first one recovered changes the workshop', async () => {
    const [note] = await writer.perform(workshopId, () =>
      edits.addNote({ teamId, elementId: ELEMENT, text: 'Roosters naast elkaar', colour: 'geel' }),
    );
    type(agreements('Vier uur per week'));
    type(editRequest('editNote', { id: String(note!.key), patch: { text: 'Roosters naast elkaar leggen' } }));

    expect(await recoverTextDrafts(database)).toBe(2);
    expect(await storedAgreements()).toBe('Vier uur per week');
    expect((await database.notes.get(String(note!.key)))?.text).toBe('Roosters naast elkaar leggen');
  });

  it('keeps a draft whose text reached the database cleared, and never clears newer text', () => {
    const first = type(agreements('Pool'));
    const second = type(agreements('Pool van 40'));
    clearDraft(requestField(agreements('Pool')), first);
    expect(drafts()).toHaveLength(1);
    clearDraft(requestField(agreements('Pool van 40')), second);
    expect(drafts()).toEqual([]);
  });

  it('still stores a draft an older version left (without the time it was typed)', async () => {
    await store('Pool');
    const request = agreements('Pool van 40');
    storage.setItem(`actieplaat.draft.${requestField(request)}`, JSON.stringify({ workshopId, request, serial: 1 }));

    expect(await recoverTextDrafts(database)).toBe(1);
    expect(await storedAgreements()).toBe('Pool van 40');
  });

  it('drops the draft of a workshop deleted since', async () => {
    type(agreements('Pool van 40'));
    await new WorkshopRepository(database, factory).delete(workshopId);

    expect(await recoverTextDrafts(database)).toBe(0);
    expect(drafts()).toEqual([]);
  });
});
