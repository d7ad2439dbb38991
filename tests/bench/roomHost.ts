/**
 * The facilitator's page in the room benchmark: the 8-team workshop on the plate in Chromium, a dot
 * round, the room opened from the workshop bar, and a probe that logs every record the app's
 * database commits (so that each phone's edit can be matched to when the host stored it) and every
 * click (so that a host edit can be timed to the phones).
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { OpenRoomStatus, RoomStatus } from '../../shared/room/protocol';
import type { WorkshopData } from '../../shared/model/workshopData';
import { seedDatabase, storedRows } from '../support/seedWorkshop';
import { measureKeystrokes, openAndMeasure, probedPage, probes, type Focus } from './probes';
import { plateProbe } from './scale';

/** One record a committed transaction put: `collection:id` and the fields the benchmark follows. */
export type StoredMark = [record: string, fields: Record<string, unknown>];
/** A read-write transaction of the app's database that committed: the host's Date.now() at `complete`. */
export interface Commit {
  at: number;
  puts: StoredMark[];
}

interface RoomProbe {
  commits: Commit[];
  /** Date.now() of every click, in the capture phase (before the app's own handlers). */
  clicks: number[];
}
type RoomProbeWindow = Window & { __room: RoomProbe };

/**
 * Installed before the app's scripts, and in the room bridge's worker as it starts (serialised: it
 * may use nothing from outside). Wraps IDBObjectStore's put and add, which Dexie calls for every record
 * it writes, and notes the transaction's `complete`.
 */
function installRoomProbe(): void {
  const probe: RoomProbe = { commits: [], clicks: [] };
  const open = new WeakMap<IDBTransaction, StoredMark[]>();
  const mark = (store: string, value: Record<string, unknown>): StoredMark | null => {
    switch (store) {
      case 'notes':
        return [`notes:${String(value['id'])}`, { text: value['text'] }];
      case 'actions':
        return [`actions:${String(value['id'])}`, { title: value['title'] }];
      case 'assessments':
        return [
          `assessments:${String(value['teamId'])}|${String(value['elementId'])}`,
          { maturity: value['maturity'], importance: value['importance'], agreements: value['agreements'] },
        ];
      case 'votes':
        return [
          `votes:${String(value['round'])}|${String(value['participantId'] ?? value['teamId'])}|${String(value['elementId'])}`,
          { dots: value['dots'] },
        ];
      case 'participants':
        return [`participants:${String(value['id'])}`, {}];
      default:
        return null;
    }
  };
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const transaction = this.transaction;
      const value = args[0] as unknown;
      if (transaction.db.name === 'actieplaat' && typeof value === 'object' && value !== null) {
        const found = mark(this.name, value as Record<string, unknown>);
        let puts = open.get(transaction);
        if (found && !puts) {
          const list: StoredMark[] = (puts = []);
          open.set(transaction, list);
          transaction.addEventListener('complete', () => probe.commits.push({ at: Date.now(), puts: list }));
        }
        if (found) puts!.push(found);
      }
      return original.apply(this, args);
    };
  }
  if (typeof document !== 'undefined') addEventListener('click', () => probe.clicks.push(Date.now()), true);
  (globalThis as unknown as RoomProbeWindow).__room = probe;
}

const roomProbeSource = `var __name = (f) => f;\n(${installRoomProbe.toString()})();`;

/** Seeds the workshop, then opens its plate on the focus team with the app's probes and the room's. */
export async function openHostPage(context: BrowserContext, origin: string, data: WorkshopData, focus: Focus): Promise<Page> {
  const seeder = await probedPage(context, { ready: { selector: '#main', count: 1 }, database: 'actieplaat', store: 'none' });
  await openAndMeasure(seeder, `${origin}/`);
  await seeder.evaluate(seedDatabase, storedRows(data));
  await seeder.close();
  const page = await probedPage(context, plateProbe(focus, 'assessments'));
  await page.addInitScript({ content: roomProbeSource });
  // The bridge stores the phones' edits in a worker of its own: probed there too, as soon as it runs
  // (its first write comes once the room's documents have synced, long after).
  page.on('worker', (worker) => void worker.evaluate(roomProbeSource).catch(() => undefined));
  await openAndMeasure(page, `${origin}/#/workshop/${focus.workshopId}?team=${focus.teamId}`);
  return page;
}

/** From the Regie drawer: a round in which every participant places `dots` dots; the drawer closes again. */
export async function startDotRound(page: Page, dots: number): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Regie: projector, timer, stemronde en agenda', exact: true });
  await toggle.click();
  const controls = page.getByRole('region', { name: 'Regie voor de projector' });
  await controls.getByLabel('Stippen per team of deelnemer').fill(String(dots));
  await controls.getByLabel('Wie plakt').selectOption({ label: 'per deelnemer' });
  await controls.getByRole('button', { name: 'Stemronde starten' }).click();
  await controls.getByText(new RegExp(`Ronde \\d+ · ${dots} stippen per deelnemer`)).waitFor();
  await toggle.click();
  await controls.waitFor({ state: 'hidden' });
}

/** The focus element's panel (scores, notes), where the host clicks and types. */
export async function openPanel(page: Page, focus: Focus): Promise<void> {
  await page.getByRole('button', { name: focus.title, exact: true }).click();
  await page.locator('.element-panel .note textarea').first().waitFor();
}

export async function closePanel(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** Types the probe's sentence at the end of the panel's first note; per key: keydown → next paint, ms. */
export async function typeInNote(page: Page): Promise<number[]> {
  const before = (await probes(page)).keys.length;
  await page.locator('.element-panel .note textarea').first().click();
  await page.keyboard.press('Control+End');
  return (await measureKeystrokes(page)).slice(before);
}

/** Picks a maturity level in the open panel; returns the click's Date.now() in the page. */
export async function clickMaturity(page: Page, level: number): Promise<number> {
  const count = await page.evaluate(() => (window as unknown as RoomProbeWindow).__room.clicks.length);
  await page
    .locator('.element-panel .choices-5 .choice')
    .nth(level - 1)
    .click();
  return page.evaluate((n) => (window as unknown as RoomProbeWindow).__room.clicks[n]!, count);
}

/** Opens the room on 127.0.0.1 from the workshop bar, as a facilitator does, and reads its status. */
export async function openRoom(page: Page): Promise<OpenRoomStatus> {
  await page
    .getByRole('button', { name: /^Kamer/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: /Kamer: deelnemers doen mee/ });
  await dialog.getByRole('radio', { name: /127\.0\.0\.1/ }).check();
  await dialog.getByRole('button', { name: 'Kamer openen' }).click();
  await dialog.locator('svg.room-qr[data-ready]').waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  const status = await roomStatus(page);
  if (status.state !== 'open') throw new Error(`the room did not open: ${JSON.stringify(status)}`);
  return status;
}

/** The room's status through the control API, from inside the page (only the page's own origin gets its secret). */
export function roomStatus(page: Page): Promise<RoomStatus> {
  return page.evaluate(async () => {
    const { secret } = (await (await fetch('/__room/host')).json()) as { secret: string };
    const answer = (await (await fetch('/__room/status', { headers: { 'x-room-secret': secret } })).json()) as { status: RoomStatus };
    return answer.status;
  });
}

/** The commits logged, in the page and its workers, at `since` (the host's Date.now()) or later, in time order. */
export async function commitsFrom(page: Page, since: number): Promise<Commit[]> {
  const read = (at: number) =>
    (globalThis as unknown as Partial<RoomProbeWindow>).__room?.commits.filter((commit) => commit.at >= at) ?? [];
  const lists = await Promise.all([
    page.evaluate(read, since),
    ...page.workers().map((worker) => worker.evaluate(read, since).catch(() => [])),
  ]);
  return lists.flat().sort((a, b) => a.at - b.at);
}

/**
 * Waits until the host has stored nothing for `quietMs` (at most `maxMs`): the load has settled.
 * Returns whether it did settle.
 */
export async function waitForQuiet(page: Page, quietMs: number, maxMs: number): Promise<boolean> {
  const deadline = Date.now() + maxMs;
  for (;;) {
    const read = () => (globalThis as unknown as Partial<RoomProbeWindow>).__room?.commits.at(-1)?.at ?? 0;
    const last = Math.max(
      await page.evaluate(read),
      ...(await Promise.all(page.workers().map((worker) => worker.evaluate(read).catch(() => 0)))),
    );
    if (Date.now() - last >= quietMs) return true;
    if (Date.now() >= deadline) return false;
    await page.waitForTimeout(250);
  }
}

/** What the host's database holds of the workshop, read with the raw IndexedDB API, in the probe's terms. */
export interface StoredState {
  /** `collection:id` (or key) → the fields the benchmark follows; several entries under one key are duplicates. */
  records: Record<string, Record<string, unknown>[]>;
}

export async function readStoredState(page: Page, workshopId: string): Promise<StoredState> {
  const rows = await page.evaluate(async (id) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('actieplaat');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = ['notes', 'actions', 'assessments', 'votes'];
    const result: Record<string, Record<string, unknown>[]> = {};
    for (const store of stores) {
      const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = database.transaction(store).objectStore(store).index('workshopId').getAll(id);
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
      result[store] = all;
    }
    database.close();
    return result;
  }, workshopId);
  const records: StoredState['records'] = {};
  const add = (key: string, fields: Record<string, unknown>) => (records[key] ??= []).push(fields);
  for (const note of rows['notes']!) add(`notes:${String(note['id'])}`, { text: note['text'] });
  for (const action of rows['actions']!) add(`actions:${String(action['id'])}`, { title: action['title'] });
  for (const a of rows['assessments']!)
    add(`assessments:${String(a['teamId'])}|${String(a['elementId'])}`, {
      maturity: a['maturity'],
      importance: a['importance'],
      agreements: a['agreements'],
    });
  for (const vote of rows['votes']!)
    add(`votes:${String(vote['round'])}|${String(vote['participantId'] ?? vote['teamId'])}|${String(vote['elementId'])}`, {
      dots: vote['dots'],
    });
  // A marker text (a note's, an action's) under more than one id is a record stored twice.
  for (const note of rows['notes']!) add(`note-text:${String(note['text'])}`, {});
  for (const action of rows['actions']!) add(`action-title:${String(action['title'])}`, {});
  return { records };
}
