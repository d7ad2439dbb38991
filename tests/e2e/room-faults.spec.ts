import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkshopData } from '../../shared/model/workshopData';
import { createWorkshopData } from '../../shared/workshop/newWorkshop';
import { delay, expectNothingLeft, launchCrashableBrowser, type CrashableBrowser } from '../support/crashableBrowser';
import { crashResultsFile, readResults, recordResult, resetResults, runSeed } from '../support/crashReport';
import { readDatabase } from '../support/database';
import { SeededRandom, trialSeed } from '../support/editScript';
import { FaultPhone, type PhoneSpec } from '../support/faultPhone';
import { joinFromPhone, openOnPhone, openRoomOnHost, openWorkshopOnHost, phone } from '../support/liveRoom';
import {
  faultKinds,
  formatRoomReport,
  judgeRoomEdits,
  ROOM_FAULTS_FOLDER,
  roomTrialLine,
  type FaultKind,
  type RoomTrialResult,
} from '../support/roomFaultReport';
import { startRoomServer, type RoomServerProcess } from '../support/roomServerProcess';

/**
 * The room under faults: six simulated phones (the participant page's own client in Node) edit their
 * tables' notes, actions and scores without pause while the room suffers one fault per trial, in turn:
 * the host's browser killed (SIGKILL) and started again with the same profile; the room server's
 * process killed and started again; the phones' network dropped and restored several times in a row;
 * a real phone (Chromium, mobile profile) that wrote notes has its storage cleared and joins again.
 * Every edit, made online or cut off, must end up in the host's database exactly once. `npm run
 * stress:room` runs 12 trials (STRESS_ROOM_TRIALS), `npm test` 4 (one of each); STRESS_SEED repeats a run.
 */
const trials = Number(process.env['STRESS_ROOM_TRIALS'] ?? 4);
const reportedByScript = process.env['STRESS_REPORT_BY_SCRIPT'] === '1';
/** The room servers of these trials listen here (loopback), one port per trial in turn. */
const BASE_PORT = Number(process.env['STRESS_ROOM_PORT'] ?? 4330);
const SETTLE_MS = 30_000;
const MAX_EDITS = 2_000;
let resultsOfRun: string | undefined;

for (let trial = 1; trial <= trials; trial += 1) {
  const kind = faultKinds[(trial - 1) % faultKinds.length]!;
  test(`room fault trial ${trial} of ${trials} (${kind}): every edit the phones made reaches the host exactly once`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const outputDir = test.info().project.outputDir;
    if (trial === 1) resetResults(outputDir, ROOM_FAULTS_FOLDER);
    if (trial === trials) resultsOfRun = crashResultsFile(outputDir, ROOM_FAULTS_FOLDER);
    const result = await runTrial(trial, kind, runSeed(outputDir, ROOM_FAULTS_FOLDER), browser);
    recordResult(outputDir, result, ROOM_FAULTS_FOLDER);
    console.log(roomTrialLine(result));
    expect(result.lost, 'edits missing on the host').toEqual([]);
    expect(result.duplicated, 'edits stored twice').toEqual([]);
    expect(result.editsOnHost).toBe(result.editsMade);
  });
}

test.afterAll(async () => {
  await expectNothingLeft();
  if (resultsOfRun && !reportedByScript) console.log(`\n${formatRoomReport(readResults<RoomTrialResult>(resultsOfRun), trials)}`);
});

/** Two tables, three participants at each; every phone scores elements of its own. */
function faultWorkshop(title: string): WorkshopData {
  let sequence = 0;
  const slug = title.replace(/\W/g, '').toLowerCase();
  const data = createWorkshopData(
    { title, date: '2026-11-30', language: 'nl', organisations: [{ name: 'Gemeente Eindhoven', kind: 'regulier' }] },
    'Tafel 1 · Zorg',
    { newId: () => `${slug}-${++sequence}`, now: () => '2026-11-30T09:00:00.000Z' },
  );
  data.teams.push({ id: `${slug}-t2`, name: 'Tafel 2 · Onderwijs', colour: '#0F766E' });
  const names = ['Anouk', 'Bram', 'Chantal', 'Dirk', 'Esra', 'Fleur', 'Gijs', 'Hanna'];
  names.forEach((name, index) =>
    data.participants.push({ id: `${slug}-p${index + 1}`, name, teamId: data.teams[index % 2]!.id, organisation: 'Gemeente Eindhoven' }),
  );
  return data;
}

/** Six simulated phones, three a table, each with three elements of its own (from the second theme on); the seventh participant is the real phone's. */
function phoneSpecs(data: WorkshopData): { nodePhones: PhoneSpec[]; realPhone: { name: string; elementTitle: string } } {
  const elements = data.template.themes.flatMap((theme) => theme.elements);
  const nodePhones = data.participants.slice(0, 6).map((participant, index) => {
    const seat = Math.floor(index / 2);
    return {
      name: participant.name,
      tableId: participant.teamId!,
      participantId: participant.id,
      elements: elements.slice(5 + seat * 3, 8 + seat * 3).map((element) => element.id),
    };
  });
  // The real phone writes on the first theme's first element, which its page shows first.
  return { nodePhones, realPhone: { name: data.participants[6]!.name, elementTitle: elements[0]!.title.nl } };
}

/** Edits from random phones, 40–160 ms apart, whether their phone is connected or not, until stopped. */
function editContinuously(phones: readonly FaultPhone[], random: SeededRandom) {
  let running = true;
  let offline = 0;
  const done = (async () => {
    for (let made = 0; running && made < MAX_EDITS; made += 1) {
      const phone = random.pick(phones);
      if (!phone.connected) offline += 1;
      phone.edit();
      await delay(random.int(40, 160));
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      return { offline };
    },
  };
}

async function runTrial(trial: number, kind: FaultKind, seed: number, browser: Browser): Promise<RoomTrialResult> {
  const startedAt = Date.now();
  const trialSeedValue = trialSeed(seed, trial);
  const random = new SeededRandom(trialSeedValue);
  const roomDir = await mkdtemp(join(tmpdir(), 'actieplaat-room-faults-'));
  const profile = await mkdtemp(join(tmpdir(), 'actieplaat-room-host-'));
  const port = BASE_PORT + (trial % 20);
  let server: RoomServerProcess | undefined = await startRoomServer(port, { roomDir });
  let host: CrashableBrowser | undefined;
  const phones: FaultPhone[] = [];
  const realPhoneNotes: string[] = [];
  let closeRealPhone: (() => Promise<void>) | undefined;
  try {
    host = await launchCrashableBrowser(profile);
    const data = faultWorkshop(`Storing ${trial}`);
    const { nodePhones, realPhone } = phoneSpecs(data);
    await openWorkshopOnHost(host.page, data, server.origin);
    const room = await openRoomOnHost(host.page);
    await host.page.keyboard.press('Escape');
    const joinBy = Date.now() + 30_000;
    for (const spec of nodePhones) {
      const simulated = new FaultPhone(spec, () => random.next(), `http://127.0.0.1:${room.port}`);
      phones.push(simulated);
      await simulated.join(room.code, joinBy);
    }

    const editing = editContinuously(phones, random);
    const lead = random.int(800, 2000);
    await delay(lead);
    let fault: string;
    if (kind === 'host-kill') {
      await host.kill();
      host = undefined;
      const down = random.int(500, 2500);
      await delay(down);
      host = await launchCrashableBrowser(profile);
      await host.page.goto(`${server.origin}/#/workshop/${data.workshop.id}`);
      await expect(host.page.getByRole('heading', { level: 1, name: data.workshop.title })).toBeVisible();
      fault = `SIGKILL of the host's browser ${lead} ms into the edits, started again ${down} ms later`;
    } else if (kind === 'server-kill') {
      await server.kill();
      server = undefined;
      const down = random.int(500, 2500);
      await delay(down);
      server = await startRoomServer(port, { roomDir });
      fault = `SIGKILL of the room server ${lead} ms into the edits, started again ${down} ms later`;
    } else if (kind === 'network-flaps') {
      const flaps = random.int(3, 5);
      const cuts: string[] = [];
      for (let flap = 0; flap < flaps; flap += 1) {
        const cut = random.sample(phones, random.int(1, phones.length));
        const down = random.int(300, 1500);
        for (const simulated of cut) simulated.setOnline(false);
        await delay(down);
        for (const simulated of cut) simulated.setOnline(true);
        cuts.push(`${cut.length} phones ${down} ms`);
        await delay(random.int(200, 1000));
      }
      fault = `${flaps} network drops in a row (${cuts.join(', ')})`;
    } else {
      const real = await phone(browser, 'small');
      closeRealPhone = () => real.context.close();
      fault = await clearPhoneStorage(real.page, room, realPhone, realPhoneNotes, async (texts) => {
        const rows = await readDatabase(host!.page);
        return texts.every((text) => storedNotes(rows, data.workshop.id, text) === 1);
      });
    }
    const faultEnd = Date.now();
    await delay(random.int(800, 2000));
    const { offline } = await editing.stop();

    // Until the host holds every edit (or the deadline passes); then once more a second later, for late copies.
    const ledgers = phones.map((simulated) => ({ name: simulated.spec.name, tableId: simulated.spec.tableId, edits: simulated.edits }));
    const settleBy = Date.now() + SETTLE_MS;
    const look = async () => {
      const rows = await readDatabase(host!.page);
      const verdict = judgeRoomEdits(rows, data.workshop.id, ledgers);
      for (const text of realPhoneNotes) {
        const copies = storedNotes(rows, data.workshop.id, text);
        if (copies === 0) verdict.lost.push(`the real phone: note "${text}" missing on the host`);
        if (copies > 1) verdict.duplicated.push(`the real phone: note "${text}" stored ${copies} times`);
      }
      return verdict;
    };
    let verdict = await look();
    while ((verdict.lost.length > 0 || verdict.duplicated.length > 0) && Date.now() < settleBy) {
      await delay(250);
      verdict = await look();
    }
    const settledAfterMs = Date.now() - faultEnd;
    await delay(1000);
    verdict = await look();
    await expect(host.page.getByRole('alert')).toHaveCount(0);

    const editsMade = phones.reduce((sum, simulated) => sum + simulated.edits.length, 0) + realPhoneNotes.length;
    return {
      trial,
      trials,
      runSeed: seed,
      seed: trialSeedValue,
      kind,
      fault,
      phones: phones.length + (realPhoneNotes.length > 0 ? 1 : 0),
      editsMade,
      editsOffline: offline,
      editsOnHost: verdict.editsOnHost + realPhoneNotes.filter((text) => !verdict.lost.some((problem) => problem.includes(text))).length,
      lost: verdict.lost,
      duplicated: verdict.duplicated,
      settledAfterMs,
      startedAt,
      durationMs: Date.now() - startedAt,
    };
  } finally {
    for (const simulated of phones) simulated.destroy();
    await closeRealPhone?.();
    await host?.close();
    await server?.kill();
    await rm(roomDir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * A real phone joins, writes two notes, and once they are on the host its site data is cleared (as
 * "clear browsing data" does: storage, the credential, the table's copy). Scanning the code again, it
 * joins cleanly, finds its table as it was, and writes one more note.
 */
async function clearPhoneStorage(
  page: Page,
  room: { url: string; port: number },
  who: { name: string; elementTitle: string },
  notes: string[],
  onHost: (texts: string[]) => Promise<boolean>,
): Promise<string> {
  await joinFromPhone(page, room.url, /Tafel 1/, { pick: who.name });
  const card = await openOnPhone(page, who.elementTitle);
  for (const text of [`Notitie van de telefoon 1`, `Notitie van de telefoon 2`]) {
    await card.getByRole('textbox', { name: 'Nieuwe notitie' }).fill(text);
    await card.getByRole('button', { name: 'Notitie toevoegen' }).click();
    notes.push(text);
  }
  await expect.poll(() => onHost(notes), { timeout: 15_000 }).toBe(true);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: `http://127.0.0.1:${room.port}`, storageTypes: 'all' });
  await cdp.detach();
  await page.goto('about:blank');
  await joinFromPhone(page, room.url, /Tafel 1/, { pick: who.name });
  const again = await openOnPhone(page, who.elementTitle);
  await expect(again.getByTestId('note')).toHaveCount(2);
  const text = 'Notitie van de telefoon 3, na het wissen';
  await again.getByRole('textbox', { name: 'Nieuwe notitie' }).fill(text);
  await again.getByRole('button', { name: 'Notitie toevoegen' }).click();
  notes.push(text);
  await expect(again.getByTestId('note')).toHaveCount(3);
  return 'a phone with 2 notes had its storage cleared and joined again with the code; its table was intact';
}

function storedNotes(rows: Record<string, unknown[]>, workshopId: string, text: string): number {
  return (rows['notes'] as { workshopId: string; text: string }[]).filter((row) => row.workshopId === workshopId && row.text === text)
    .length;
}
