// `npm run stress`: builds the app, runs the crash-safety spec (tests/e2e/crash-safety.spec.ts) with 30 trials of
// "edit, SIGKILL Chromium, start it again", and prints the report. STRESS_TRIALS changes the number of trials,
// STRESS_SEED repeats a run; further arguments go to Playwright (e.g. `npm run stress -- --output=/tmp/stress`).
import { spawnSync } from 'node:child_process';
import { crashResultsFile, formatReport, readResults } from '../tests/support/crashReport';

const trials = Number(process.env['STRESS_TRIALS'] || 30);
const seed = process.env['STRESS_SEED'] || String(Math.floor(Math.random() * 2 ** 31));
const playwrightArgs = process.argv.slice(2);
const outputArg = playwrightArgs.findIndex((arg) => arg === '--output' || arg.startsWith('--output='));
const outputDir =
  outputArg < 0 ? 'test-results' : (playwrightArgs[outputArg]!.split('=')[1] ?? playwrightArgs[outputArg + 1] ?? 'test-results');

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' }).status;

console.log(`Crash safety: ${trials} trials, seed ${seed} (STRESS_SEED=${seed} npm run stress repeats them)`);
if (run('npm', ['run', '-s', 'build']) !== 0) {
  console.error('npm run stress: the build failed');
  process.exit(1);
}
const status = run('npx', ['playwright', 'test', 'tests/e2e/crash-safety.spec.ts', ...playwrightArgs], {
  STRESS_TRIALS: String(trials),
  STRESS_SEED: seed,
  STRESS_REPORT_BY_SCRIPT: '1',
});

const results = readResults(crashResultsFile(outputDir));
console.log(`\n${formatReport(results, trials)}`);
const lost = results.reduce((sum, result) => sum + result.lost.length, 0);
const complete = results.length === trials;
console.log(
  lost === 0 && complete && status === 0
    ? `\n${trials} trials, 0 lost acknowledged edits.`
    : `\nNOT PASSED: ${results.length} of ${trials} trials completed, ${lost} acknowledged edits lost (Playwright exit ${status}).`,
);
process.exit(lost === 0 && complete && status === 0 ? 0 : 1);
