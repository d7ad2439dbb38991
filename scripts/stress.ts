// `npm run stress`: builds the app, runs the crash-safety spec (tests/e2e/crash-safety.spec.ts) with 30 trials of
// "edit, SIGKILL Chromium, start it again", and prints the report. `npm run stress:room` (`stress.ts room`) runs
// the room's fault spec (tests/e2e/room-faults.spec.ts) with 12 trials: phones editing through a killed host
// browser, a killed room server, network drops and a cleared phone. STRESS_TRIALS changes the number of trials,
// STRESS_SEED repeats a run; further arguments go to Playwright (e.g. `npm run stress -- --output=/tmp/stress`).
import { spawnSync } from 'node:child_process';
import { crashResultsFile, formatReport, readResults, type TrialResult } from '../tests/support/crashReport';
import { formatRoomReport, ROOM_FAULTS_FOLDER, type RoomTrialResult } from '../tests/support/roomFaultReport';

const room = process.argv[2] === 'room';
const trials = Number(process.env['STRESS_TRIALS'] || (room ? 12 : 30));
const seed = process.env['STRESS_SEED'] || String(Math.floor(Math.random() * 2 ** 31));
const playwrightArgs = process.argv.slice(room ? 3 : 2);
const outputArg = playwrightArgs.findIndex((arg) => arg === '--output' || arg.startsWith('--output='));
const outputDir =
  outputArg < 0 ? 'test-results' : (playwrightArgs[outputArg]!.split('=')[1] ?? playwrightArgs[outputArg + 1] ?? 'test-results');

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' }).status;

const name = room ? 'Room faults' : 'Crash safety';
console.log(`${name}: ${trials} trials, seed ${seed} (STRESS_SEED=${seed} npm run ${room ? 'stress:room' : 'stress'} repeats them)`);
if (run('npm', ['run', '-s', 'build']) !== 0) {
  console.error(`npm run ${room ? 'stress:room' : 'stress'}: the build failed`);
  process.exit(1);
}
const spec = room ? 'tests/e2e/room-faults.spec.ts' : 'tests/e2e/crash-safety.spec.ts';
const status = run('npx', ['playwright', 'test', spec, ...playwrightArgs], {
  [room ? 'STRESS_ROOM_TRIALS' : 'STRESS_TRIALS']: String(trials),
  STRESS_SEED: seed,
  STRESS_REPORT_BY_SCRIPT: '1',
});

const complete = (count: number) => count === trials;
let passed: boolean;
if (room) {
  const results = readResults<RoomTrialResult>(crashResultsFile(outputDir, ROOM_FAULTS_FOLDER));
  console.log(`\n${formatRoomReport(results, trials)}`);
  const lost = results.reduce((sum, result) => sum + result.editsMade - result.editsOnHost, 0);
  const duplicated = results.reduce((sum, result) => sum + result.duplicated.length, 0);
  passed = lost === 0 && duplicated === 0 && complete(results.length) && status === 0;
  console.log(
    passed
      ? `\n${trials} trials, 0 edits lost, 0 duplicated.`
      : `\nNOT PASSED: ${results.length} of ${trials} trials completed, ${lost} edits lost, ${duplicated} duplicated (Playwright exit ${status}).`,
  );
} else {
  const results = readResults<TrialResult>(crashResultsFile(outputDir));
  console.log(`\n${formatReport(results, trials)}`);
  const lost = results.reduce((sum, result) => sum + result.lost.length, 0);
  passed = lost === 0 && complete(results.length) && status === 0;
  console.log(
    passed
      ? `\n${trials} trials, 0 lost acknowledged edits.`
      : `\nNOT PASSED: ${results.length} of ${trials} trials completed, ${lost} acknowledged edits lost (Playwright exit ${status}).`,
  );
}
process.exit(passed ? 0 : 1);
