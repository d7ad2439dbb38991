import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Difference } from './editLedger';

/**
 * Where the trials of one run leave their results, one JSON line each, for the report: beside
 * Playwright's other output (`test-results`, or what `--output` says), in a folder per stress test
 * (`crash-safety`, `room-faults`).
 */
export const crashResultsFile = (outputDir: string, folder = 'crash-safety') => join(outputDir, folder, 'trials.jsonl');
const runFile = (outputDir: string, folder: string) => join(outputDir, folder, 'run.json');

export type KillMoment = 'after-ack' | 'mid-typing' | 'mid-transaction';

export interface TrialResult {
  trial: number;
  trials: number;
  runSeed: number;
  seed: number;
  moment: KillMoment;
  /** When the kill came, in words: "12 ms after the click of addNote". */
  kill: string;
  /** The browser's processes the kill ended: the main process and those of its group still running after it. */
  killedProcesses: number;
  /** How long after the SIGKILL no process of the browser ran any more. */
  goneAfterMs: number;
  acknowledged: number;
  /** The kind of edit in flight at the kill, if any. */
  inFlight?: string;
  inFlightOutcome: 'none' | 'found' | 'not found' | 'half-applied';
  /** Typed text found only because the app stored a draft (localStorage) at its next start. */
  draftsRecovered: number;
  /** Fields the app's start changed (draft recovery), with what the killed browser had left in them. */
  changedAtStart: Difference[];
  /** Acknowledged edits missing from the database itself, before the app's start could recover any draft. */
  lostBeforeStart: number;
  /** Drafts the killed browser left in localStorage on disk. */
  draftsOnDisk: number;
  lost: Difference[];
  /** The stored workshop against the app's validator, before and after the app started again. */
  invalid: string[];
  /** Where the screen shows something other than the database holds. */
  screenDifferences: Difference[];
  startedAt: number;
  durationMs: number;
}

/**
 * The run's seed: STRESS_SEED, or one drawn once per run and kept beside the results, so that a worker
 * Playwright starts anew after a failed trial carries on with the same seed.
 */
export function runSeed(outputDir: string, folder = 'crash-safety'): number {
  const given = process.env['STRESS_SEED'];
  if (given !== undefined && given !== '') return Number(given) >>> 0;
  const file = runFile(outputDir, folder);
  if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { seed: number }).seed;
  const seed = Math.floor(Math.random() * 2 ** 31);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ seed }));
  return seed;
}

export function resetResults(outputDir: string, folder = 'crash-safety'): void {
  const file = crashResultsFile(outputDir, folder);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
}

export function recordResult(outputDir: string, result: object, folder = 'crash-safety'): void {
  const file = crashResultsFile(outputDir, folder);
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(result)}\n`);
}

export function readResults<T = TrialResult>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function trialLine(result: TrialResult): string {
  const moment = `killed ${result.kill}${result.inFlight ? ` (${result.inFlightOutcome})` : ''}`;
  const problems =
    result.lost.length + result.invalid.length + result.screenDifferences.length + (result.inFlightOutcome === 'half-applied' ? 1 : 0);
  return (
    `trial ${result.trial}/${result.trials} (seed ${result.seed}): ${result.acknowledged} edits acknowledged, ${moment}; ` +
    `drafts on disk ${result.draftsOnDisk}, recovered ${result.draftsRecovered}; ${result.lost.length} lost; ` +
    `${problems === 0 ? 'ok' : `${problems} PROBLEMS`} (${(result.durationMs / 1000).toFixed(1)} s)`
  );
}

/** The run's report: what `npm run stress` prints at the end. */
export function formatReport(results: readonly TrialResult[], requested: number): string {
  const sum = (value: (result: TrialResult) => number) => results.reduce((total, result) => total + value(result), 0);
  const count = (outcome: TrialResult['inFlightOutcome']) => results.filter((result) => result.inFlightOutcome === outcome).length;
  const moments = (moment: KillMoment) => results.filter((result) => result.moment === moment).length;
  const first = Math.min(...results.map((result) => result.startedAt));
  const last = Math.max(...results.map((result) => result.startedAt + result.durationMs));
  const wall = results.length > 0 ? (last - first) / 1000 : 0;
  const seeds = [...new Set(results.map((result) => result.runSeed))];
  const rows: [string, string][] = [
    [
      'trials',
      `${results.length} of ${requested} (kills: ${moments('after-ack')} after an acknowledgement, ${moments('mid-typing')} mid-typing, ${moments('mid-transaction')} mid-transaction)`,
    ],
    ['seed', `${seeds.join(', ')} (STRESS_SEED=${seeds[0] ?? '…'} repeats this run)`],
    [
      'kills',
      `SIGKILL to the main process, then to its process group: ${sum((result) => result.killedProcesses)} processes, ` +
        `all gone within ${Math.max(0, ...results.map((result) => result.goneAfterMs))} ms of the kill`,
    ],
    ['edits acknowledged', String(sum((result) => result.acknowledged))],
    ['edits lost', String(sum((result) => result.lost.length))],
    ['in-flight edits', `${count('found')} found, ${count('not found')} not found, ${count('half-applied')} half-applied`],
    ['drafts recovered', `${sum((result) => result.draftsRecovered)} (left on disk at the kill: ${sum((result) => result.draftsOnDisk)})`],
    ['invalid workshops', String(sum((result) => result.invalid.length))],
    ['screen ≠ database', String(sum((result) => result.screenDifferences.length))],
    ['time', `${wall.toFixed(1)} s (${results.length > 0 ? (wall / results.length).toFixed(1) : '0'} s per trial)`],
  ];
  const lost = results.flatMap((result) => result.lost.map((difference) => `  trial ${result.trial}: ${JSON.stringify(difference)}`));
  return [
    'Crash safety (SIGKILL of Chromium, relaunch with the same profile)',
    ...rows.map(([name, value]) => `  ${name.padEnd(20)} ${value}`),
    ...(lost.length > 0 ? ['Lost edits:', ...lost] : []),
  ].join('\n');
}
