/**
 * One run of the room benchmark: a fresh room server and host page; first the baselines (the host's
 * typing before the room opens, one phone alone, the server idle), then the load (all the phones
 * editing for about a minute while the host types and picks scores), then what the host stored.
 */
import type { Browser, Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { templateElements } from '../../shared/model/order';
import type { WorkshopData } from '../../shared/model/workshopData';
import { scoreKey } from '../../shared/room/tableDoc';
import type { Focus } from './probes';
import { SimulatedPhone, type Seat, type SentEdit } from './roomClients';
import { runEdits, seatPhones } from './roomSchedule';
import {
  clickMaturity,
  closePanel,
  commitsFrom,
  openHostPage,
  openPanel,
  openRoom,
  readStoredState,
  roomStatus,
  startDotRound,
  typeInNote,
  waitForQuiet,
} from './roomHost';
import { checkFinal, seenLatencies, storedLatencies, type FinalCheck, type HostEdit } from './roomLedger';
import { startRoomServer } from '../support/roomServerProcess';
import { meterProcess, type ProcessUsage } from './roomServer';
import { profiled } from './profile';

export interface RoomConfig {
  runs: number;
  port: number;
  phones: number;
  edits: number;
  seconds: number;
  /** Dots per participant in the round. */
  dots: number;
  /** Maturity picks by the host during the load (and alone). */
  hostPicks: number;
}

/** What one phone setting (alone, or all of them at once) gave. */
export interface PhaseFigures {
  sent: number;
  stored: number[];
  unmatched: number;
  final: FinalCheck;
  seen: number[];
  unseen: number;
  /** The host's keystrokes: during the load, or (alone) in the same page before the room opened. */
  keys: number[];
  disconnects: number;
}

/** When things happened during the load, ms after it started: for reading a run afterwards in latest.json. */
export interface LoadTimeline {
  /** Per phone edit: sent, its kind, and sent → stored (`null`: never seen stored). */
  edits: [sentMs: number, kind: string, storedMs: number | null][];
  /** The host typing (start, end) and picking. */
  typing: [number, number][];
  picks: number[];
}

export interface RoomRunResult {
  alone: PhaseFigures;
  load: PhaseFigures & { joinSeconds: number; settled: boolean; settleSeconds: number };
  /** The room server: during the load, with the room open and no phone, and while the phone alone edited. */
  server: { load: ProcessUsage; idle: ProcessUsage; alone: ProcessUsage };
  timeline: LoadTimeline;
  refusals: { reason: string; detail?: string }[];
}

const QUIET_MS = 2000;
const SETTLE_WITHIN_MS = 15_000;
const JOINS_AT_ONCE = 10;
const ALONE_GAP_MS = 1000;
const IDLE_MS = 5000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The host picks maturity levels on its element, `gapMs` apart, each other than the one before (`done`: every pick so far). */
async function hostPicks(page: Page, focus: Focus, count: number, gapMs: number, done: HostEdit[]): Promise<HostEdit[]> {
  const made: HostEdit[] = [];
  for (let i = 0; i < count; i += 1) {
    const value = ((focus.maturity + done.length) % 5) + 1;
    const pick = { at: await clickMaturity(page, value), value };
    done.push(pick);
    made.push(pick);
    await page.waitForTimeout(gapMs);
  }
  return made;
}

/**
 * Waits until the host has stored nothing for two seconds and every edit sent has been seen stored,
 * or 15 s have passed (a quiet spell alone could be one long reconcile); then matches the edits.
 */
async function settle(page: Page, sent: readonly SentEdit[], since: number) {
  const started = Date.now();
  const deadline = started + SETTLE_WITHIN_MS;
  for (;;) {
    const quiet = await waitForQuiet(page, QUIET_MS, Math.max(0, deadline - Date.now()));
    const stored = storedLatencies(sent, await commitsFrom(page, since));
    const settled = quiet && stored.unmatched.length === 0;
    if (settled || Date.now() >= deadline) return { ...stored, settled, seconds: (Date.now() - started) / 1000 };
    await sleep(QUIET_MS / 4);
  }
}

async function joinAll(seats: readonly Seat[], join: (seat: Seat, i: number) => Promise<SimulatedPhone>): Promise<SimulatedPhone[]> {
  const phones: SimulatedPhone[] = [];
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < seats.length && !failed) {
      const i = next++;
      try {
        phones[i] = await join(seats[i]!, i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(JOINS_AT_ONCE, seats.length) }, worker));
  return phones;
}

export async function roomRun(
  browser: Browser,
  paths: { root: string; outDir: string },
  config: RoomConfig,
  data: WorkshopData,
  focus: Focus,
  run: number,
): Promise<RoomRunResult> {
  const roomDir = await mkdtemp(join(tmpdir(), 'actieplaat-bench-room-'));
  const server = await startRoomServer(config.port, { roomDir, outDir: paths.outDir });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const phones: SimulatedPhone[] = [];
  let closing = false;
  const elements = templateElements(data.template).map((element) => element.id);
  const focusKey = scoreKey('maturity', focus.elementId);
  try {
    const page = await openHostPage(context, server.origin, data, focus);
    await startDotRound(page, config.dots);
    // The host's typing without a room: the same page, the same note, before the room opens.
    await openPanel(page, focus);
    const keysWithout = [...(await typeInNote(page)), ...(await typeInNote(page))];
    await closePanel(page);
    const status = await openRoom(page);
    const baseUrl = `http://127.0.0.1:${status.port}`;
    await openPanel(page, focus);
    const phoneAt = (label: string, seed: number, localAddress: string, seat: Seat) =>
      SimulatedPhone.join({ label, seed, baseUrl, localAddress, code: status.code, seat, allElements: elements }).then((phone) => {
        // A join still under way when the run failed must not leave a phone reconnecting forever.
        if (closing) phone.destroy();
        else phones.push(phone);
        return phone;
      });
    const picked: HostEdit[] = [];

    // One phone alone at the host's table: its edits 1 s apart, then the host's picks.
    const ownAlone = elements.filter((elementId) => elementId !== focus.elementId);
    const aloneSeat: Seat = {
      tableId: focus.teamId,
      name: 'Solo Meetpunt',
      participantId: randomUUID(),
      listed: false,
      elements: ownAlone,
    };
    const solo = await phoneAt('solo', run * 1000, '127.0.0.250', aloneSeat);
    solo.watchScore(focusKey);
    const aloneMark = Date.now();
    const aloneMeter = await meterProcess(server.pid);
    await runEdits([solo], config.edits, config.edits * ALONE_GAP_MS, run);
    const aloneStored = await settle(page, solo.sent, aloneMark);
    const alonePicks = await hostPicks(page, focus, config.hostPicks, ALONE_GAP_MS, picked);
    const aloneServer = await aloneMeter.stop();
    await waitForQuiet(page, QUIET_MS, SETTLE_WITHIN_MS);
    const aloneSeen = seenLatencies(alonePicks, [solo], focusKey);
    const aloneFinal = checkFinal(solo.sent, await readStoredState(page, focus.workshopId));
    solo.destroy();
    phones.length = 0;

    // The server with the room open and no phone.
    await sleep(QUIET_MS);
    const idleMeter = await meterProcess(server.pid);
    await sleep(IDLE_MS);
    const idle = await idleMeter.stop();

    // The load.
    const seats = seatPhones(data, focus, config.phones);
    const joinStart = Date.now();
    const joined = await joinAll(seats, (seat, i) => phoneAt(`p${i + 1}`, run * 1000 + i + 1, `127.0.0.${10 + i}`, seat));
    const joinSeconds = (Date.now() - joinStart) / 1000;
    const hostTable = joined.filter((phone) => phone.seat.tableId === focus.teamId);
    for (const phone of hostTable) phone.watchScore(focusKey);
    // A new name's dots count only once the host knows the participant: wait until each is stored.
    const newPeople = seats.filter((seat) => !seat.listed).map((seat) => `participants:${seat.participantId}`);
    const peopleStoredBy = Date.now() + SETTLE_WITHIN_MS;
    while (Date.now() < peopleStoredBy) {
      const stored = new Set((await commitsFrom(page, 0)).flatMap((commit) => commit.puts.map(([record]) => record)));
      if (newPeople.every((record) => stored.has(record))) break;
      await sleep(250);
    }
    await waitForQuiet(page, QUIET_MS, SETTLE_WITHIN_MS);

    const loadMark = Date.now();
    const durationMs = config.seconds * 1000;
    const loadMeter = await meterProcess(server.pid);
    let loadPicks: HostEdit[] = [];
    const keysDuring: number[] = [];
    const loadStart = Date.now();
    const typing: [number, number][] = [];
    const typeTimed = async () => {
      const start = Date.now() - loadStart;
      // BENCH_PROFILE=room-typing (or BENCH_TRACE): where the host page's main thread spends the first typing under load.
      keysDuring.push(...(await profiled(page, 'room-typing', () => typeInNote(page))));
      typing.push([start, Date.now() - loadStart]);
    };
    const host = (async () => {
      await page.waitForTimeout(durationMs * 0.05);
      await typeTimed();
      loadPicks = await hostPicks(page, focus, config.hostPicks, Math.max(ALONE_GAP_MS, (durationMs * 0.4) / config.hostPicks), picked);
      await typeTimed();
    })();
    await Promise.all([runEdits(joined, config.edits, durationMs, run), host]);
    const usage = await loadMeter.stop();
    const sent = joined.flatMap((phone) => phone.sent);
    const stored = await settle(page, sent, loadMark);
    const timeline: LoadTimeline = {
      edits: sent.map((edit, i) => [edit.at - loadStart, edit.kind, stored.perEdit[i] ?? null]),
      typing,
      picks: loadPicks.map((pick) => pick.at - loadStart),
    };
    const seen = seenLatencies(loadPicks, hostTable, focusKey);
    const final = checkFinal(sent, await readStoredState(page, focus.workshopId));
    const end = await roomStatus(page);

    return {
      alone: {
        sent: solo.sent.length,
        stored: aloneStored.latencies,
        unmatched: aloneStored.unmatched.length,
        final: aloneFinal,
        seen: aloneSeen.latencies,
        unseen: aloneSeen.unseen,
        keys: keysWithout,
        disconnects: solo.disconnects,
      },
      load: {
        sent: sent.length,
        stored: stored.latencies,
        unmatched: stored.unmatched.length,
        final,
        seen: seen.latencies,
        unseen: seen.unseen,
        keys: keysDuring,
        disconnects: joined.reduce((sum, phone) => sum + phone.disconnects, 0),
        joinSeconds,
        settled: stored.settled,
        settleSeconds: stored.seconds,
      },
      server: { load: usage, idle, alone: aloneServer },
      timeline,
      refusals: end.state === 'open' ? end.refusals.map(({ reason, detail }) => ({ reason, ...(detail ? { detail } : {}) })) : [],
    };
  } finally {
    closing = true;
    for (const phone of phones) phone.destroy();
    await context.close();
    await server.stop();
    await rm(roomDir, { recursive: true, force: true });
  }
}
