#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, build, end-to-end tests, security scan; one summary line at the end.
// Every step runs even when an earlier one failed (except e2e and the security scan, which need the build), so that one
// run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = join('test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const results = [];

function run(name, command, args, env = {}) {
  console.log(`\n━━ ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  const ok = status === 0;
  console.log(`━━ ${name}: ${ok ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

function gate(name, ok) {
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

gate('typecheck', run('typecheck', 'npm', ['run', '-s', 'typecheck']));
gate('lint', run('lint', 'npm', ['run', '-s', 'lint']));

const unitReport = join(reports, 'unit.json');
const unitOk = run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const unit = readJson(unitReport);
if (unit) {
  results.push({
    name: 'unit tests',
    passed: unit.numPassedTests,
    failed: unit.numFailedTests + (unitOk || unit.numFailedTests > 0 ? 0 : 1),
    skipped: unit.numPendingTests + unit.numTodoTests,
  });
} else {
  gate('unit tests', false);
}

const buildOk = run('build', 'npm', ['run', '-s', 'build']);
gate('build', buildOk);

if (buildOk) {
  const e2eReport = join(reports, 'e2e.json');
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport });
  const e2e = readJson(e2eReport);
  if (e2e?.stats) {
    const { expected, unexpected, flaky, skipped } = e2e.stats;
    results.push({ name: 'end-to-end tests', passed: expected, failed: unexpected + flaky + (e2eOk || unexpected > 0 ? 0 : 1), skipped });
  } else {
    gate('end-to-end tests', false);
  }
  // After the end-to-end tests, whose start empties test-results/, where the scan leaves its report.
  gate('security scan', run('security scan (Electronegativity)', 'npm', ['run', '-s', 'security']));
} else {
  console.log('\n━━ end-to-end tests and security scan: not run, the build failed');
  results.push({ name: 'end-to-end tests', passed: 0, failed: 1, skipped: 0 });
  results.push({ name: 'security scan', passed: 0, failed: 1, skipped: 0 });
}

console.log('\nSummary');
for (const { name, passed, failed, skipped } of results) {
  console.log(`  ${failed ? '✗' : '✓'} ${name.padEnd(18)} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
const total = (key) => results.reduce((sum, result) => sum + result[key], 0);
const skipped = total('skipped');
console.log(`${total('passed')} passed, ${total('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(total('failed') > 0 ? 1 : 0);
