import { expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workshopDataSchema } from '../../shared/model/workshopData';
import { previewUrl } from '../support/chromium';
import { delay, expectNothingLeft, launchCrashableBrowser, type CrashableBrowser } from '../support/crashableBrowser';
import {
  crashResultsFile,
  formatReport,
  readResults,
  recordResult,
  resetResults,
  runSeed,
  trialLine,
  type KillMoment,
  type TrialResult,
} from '../support/crashReport';
import { readDatabase } from '../support/database';
import { defaultValue, EditLedger, fieldsFromRows, judge, type CanvasEdit, type Difference, type Fields } from '../support/editLedger';
import { EditScript, SeededRandom, trialSeed } from '../support/editScript';
import { ElementPanel } from '../support/elementPanel';
import { createWorkshop } from '../support/library';

/**
 * Crash safety: a team edits its canvas (scores, afspraken, notes, actions), each edit acknowledged by the
 * toolbar's "Opgeslagen"; then Chromium is killed (SIGKILL) at a random moment, and started again with the
 * same profile. Every acknowledged edit must be there with its exact value, the edit in flight at the kill
 * there or not (never half), and the workshop valid and shown without an error. `npm run stress` runs 30
 * trials (STRESS_TRIALS), `npm test` 3; STRESS_SEED repeats a run.
 */
const trials = Number(process.env['STRESS_TRIALS'] ?? 3);
const reportedByScript = process.env['STRESS_REPORT_BY_SCRIPT'] === '1';
/** Set by the last trial, when this worker runs it: then this worker reports the run. */
let resultsOfRun: string | undefined;

for (let trial = 1; trial <= trials; trial += 1) {
  test(`crash trial ${trial} of ${trials}: acknowledged edits survive a SIGKILL of the browser`, async () => {
    test.setTimeout(120_000);
    const outputDir = test.info().project.outputDir;
    if (trial === 1) resetResults(outputDir);
    if (trial === trials) resultsOfRun = crashResultsFile(outputDir);
    const result = await runTrial(trial, runSeed(outputDir));
    recordResult(outputDir, result);
    console.log(trialLine(result));
    expect(result.lost, 'acknowledged edits lost').toEqual([]);
    expect(result.inFlightOutcome, 'the edit in flight at the kill').not.toBe('half-applied');
    expect(result.invalid, 'the stored workshop against the validator').toEqual([]);
    expect(result.screenDifferences, 'what the screen shows against the database').toEqual([]);
  });
}

test.afterAll(async () => {
  // Every process of every browser killed, zombies included, is gone.
  await expectNothingLeft();
  if (resultsOfRun && !reportedByScript) console.log(`\n${formatReport(readResults(resultsOfRun), trials)}`);
});

async function runTrial(trial: number, seed: number): Promise<TrialResult> {
  const startedAt = Date.now();
  let lap = startedAt;
  const mark = (what: string) => {
    if (process.env['STRESS_DEBUG']) console.log(`  ${what}: ${Date.now() - lap} ms`);
    lap = Date.now();
  };
  const trialSeedValue = trialSeed(seed, trial);
  const random = new SeededRandom(trialSeedValue);
  const profile = await mkdtemp(join(tmpdir(), 'actieplaat-crash-'));
  const title = `Crashproef ${trial}`;
  let browser: CrashableBrowser | undefined;
  try {
    browser = await launchCrashableBrowser(profile);
    const page = browser.page;
    await page.goto(`${previewUrl}/`);
    await createWorkshop(page, { title });
    const { workshopId, teamId, titles } = canvasOf(await readDatabase(page), title);
    const elementIds = random.sample([...titles.keys()], random.int(2, 3));
    const script = new EditScript(random, elementIds);
    const ledger = new EditLedger();
    const panel = new ElementPanel(page, titles);

    // Edits, each acknowledged by "Opgeslagen" before the next.
    const acknowledged = random.int(3, 6);
    mark('set up');
    for (let step = 0; step < acknowledged; step += 1) {
      const edit = script.next(ledger);
      const act = await panel.prepare(edit, script.keyDelays(edit));
      await act();
      await panel.acknowledged(edit, ledger);
      ledger.acknowledge(edit);
      script.made(edit);
    }

    // The kill: right after an acknowledgement; in the middle of typing or of the typing delay after it;
    // or around a click's transaction (while the click is delivered, or just after it).
    const moment = random.weighted<KillMoment>([
      ['after-ack', 1],
      ['mid-typing', 1.5],
      ['mid-transaction', 1],
    ]);
    let inFlight: CanvasEdit | undefined;
    let acting: Promise<unknown> = Promise.resolve();
    let kill: string;
    if (moment === 'after-ack') {
      const wait = random.int(0, 100);
      kill = `${wait} ms after an acknowledgement`;
      await delay(wait);
    } else {
      inFlight = script.next(ledger, moment === 'mid-typing' ? 'typing' : 'instant');
      const keyDelays = script.keyDelays(inFlight);
      const act = await panel.prepare(inFlight, keyDelays);
      if (moment === 'mid-transaction' && random.chance(0.6)) {
        await act();
        const wait = random.int(0, 25);
        kill = `${wait} ms after the click of ${inFlight.kind}`;
        await delay(wait);
      } else {
        const typingMs = keyDelays.reduce((sum, ms) => sum + ms + 5, 0);
        const wait = moment === 'mid-typing' ? random.int(0, typingMs + 600) : random.int(0, 40);
        kill = `${wait} ms into ${moment === 'mid-typing' ? `typing (${typingMs} ms) of` : 'the click of'} ${inFlight.kind}`;
        acting = act().catch(() => undefined); // The browser dies under it.
        await delay(wait);
      }
    }
    mark('edits');
    const killed = await browser.kill();
    await acting;
    browser = undefined;
    mark('kill');

    // The same profile again. First what the killed browser left on disk, before the app runs (it stores
    // drafts of typed text at its start); then the app.
    browser = await launchCrashableBrowser(profile);
    const again = browser.page;
    await again.goto(`${previewUrl}/favicon.svg`);
    const left = await readDatabase(again);
    const draftsOnDisk = await again.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('actieplaat.draft.')).length);
    await again.goto(`${previewUrl}/`);
    await expect(again.getByRole('link', { name: title, exact: true })).toBeVisible();
    const started = await readDatabase(again);
    mark('relaunch');

    const beforeStart = judge(ledger, fieldsFromRows(left, workshopId, teamId), inFlight);
    const afterStart = judge(ledger, fieldsFromRows(started, workshopId, teamId), inFlight);
    const lost = uniqueDifferences([...beforeStart.lost, ...afterStart.lost]);
    const halfApplied = beforeStart.inFlight === 'half-applied' || afterStart.inFlight === 'half-applied';
    const changedAtStart = differences(fieldsFromRows(left, workshopId, teamId), fieldsFromRows(started, workshopId, teamId));
    const invalid = [...validate(left, workshopId, 'before the start'), ...validate(started, workshopId, 'after the start')];

    // Through the screen: the workshop opens without an error, and shows what the database holds.
    await again.getByRole('link', { name: title, exact: true }).click();
    await expect(again.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(again.getByRole('article')).toHaveCount(20);
    await expect(again.getByRole('alert')).toHaveCount(0);
    const shown = await new ElementPanel(again, titles).readFields(elementIds);
    const screenDifferences = differences(fieldsFromRows(started, workshopId, teamId), shown);
    mark('screen');

    return {
      trial,
      trials,
      runSeed: seed,
      seed: trialSeedValue,
      moment,
      kill,
      killedProcesses: killed.survivors + 1,
      goneAfterMs: killed.goneAfterMs,
      acknowledged,
      ...(inFlight ? { inFlight: inFlight.kind } : {}),
      inFlightOutcome: halfApplied ? 'half-applied' : afterStart.inFlight,
      draftsRecovered: changedAtStart.length,
      changedAtStart,
      lostBeforeStart: beforeStart.lost.length,
      draftsOnDisk,
      lost,
      invalid,
      screenDifferences,
      startedAt,
      durationMs: Date.now() - startedAt,
    };
  } finally {
    await browser?.close();
    mark('close');
    await rm(profile, { recursive: true, force: true });
  }
}

/** The new workshop's id, its one team and its elements' Dutch titles, from the database. */
function canvasOf(rows: Record<string, unknown[]>, title: string) {
  const workshop = (rows['workshops'] as { id: string; title: string }[]).find((candidate) => candidate.title === title);
  if (!workshop) throw new Error(`workshop ${title} is not stored`);
  const team = (rows['teams'] as { id: string; workshopId: string }[]).find((candidate) => candidate.workshopId === workshop.id);
  const template = (rows['templates'] as { workshopId: string; themes: { elements: { id: string; title: { nl: string } }[] }[] }[]).find(
    (candidate) => candidate.workshopId === workshop.id,
  );
  if (!team || !template) throw new Error(`workshop ${title} has no team or no template`);
  const titles = new Map(template.themes.flatMap((theme) => theme.elements.map((element) => [element.id, element.title.nl] as const)));
  return { workshopId: workshop.id, teamId: team.id, titles };
}

/** The workshop as the app's repository loads it (records without their workshop tag, votes without seq), against its validator. */
function validate(rows: Record<string, unknown[]>, workshopId: string, when: string): string[] {
  const ofWorkshop = (table: string) =>
    (rows[table] ?? [])
      .filter((row) => (row as { workshopId?: string }).workshopId === workshopId)
      .map((row) => {
        const { workshopId: _workshopId, seq: _seq, ...record } = row as { workshopId: string; seq?: number };
        return record;
      });
  const data = {
    workshop: (rows['workshops'] ?? []).find((row) => (row as { id: string }).id === workshopId),
    template: ofWorkshop('templates')[0],
    teams: ofWorkshop('teams'),
    participants: ofWorkshop('participants'),
    assessments: ofWorkshop('assessments'),
    notes: ofWorkshop('notes'),
    actions: ofWorkshop('actions'),
    votes: ofWorkshop('votes'),
  };
  const parsed = workshopDataSchema.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${when}: ${issue.path.join('.')}: ${issue.message}`);
}

function differences(expected: Fields, actual: Fields): Difference[] {
  const value = (fields: Fields, field: string) => (fields.has(field) ? fields.get(field) : defaultValue(field));
  return [...new Set([...expected.keys(), ...actual.keys()])]
    .filter((field) => value(expected, field) !== value(actual, field))
    .map((field) => ({ field, expected: value(expected, field), actual: value(actual, field) }));
}

function uniqueDifferences(all: Difference[]): Difference[] {
  return all.filter((difference, index) => all.findIndex((other) => other.field === difference.field) === index);
}
