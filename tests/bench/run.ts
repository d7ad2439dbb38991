/**
 * `npm run bench`: the issues' speed, size and memory targets, measured in real Chromium against the
 * built renderer, several runs, each next to a baseline measured the same way in the same run. Prints
 * a table (figure, median, p95, target, baseline, samples, MET / MISSED), writes
 * bench-results/latest.json (and a dated copy) and compares with the run before. Wall-clock numbers
 * belong here, never in unit tests.
 *
 * Three parts: `app` (app.ts: opening, scoring, typing, files, the scale workshop), `room` (room.ts:
 * the live room under 50 simulated phones) and `start` (start.ts: `npm start`'s browser edition against
 * the built app). BENCH_ONLY=app, room or start (or a list) runs those (default: all). BENCH_RUNS (default 7) and BENCH_PORT (4300) are the app's; BENCH_ROOM_RUNS (3) and
 * BENCH_ROOM_PORT (4310) the room's.
 */
import { chromium } from '@playwright/test';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { rendererConfig } from '../../vite.config';
import { chromiumArgs, chromiumExecutable } from '../support/chromium';
import { measureApp } from './app';
import { profilingRequested } from './profile';
import { printComparison, printTable, type BenchPart } from './report';
import { measureRoom } from './room';
import { measureStart } from './start';

const root = resolve(import.meta.dirname, '../..');
const partNames = ['app', 'room', 'start'] as const;
type PartName = (typeof partNames)[number];

function chosenParts(): PartName[] {
  const only = process.env['BENCH_ONLY']?.trim();
  if (!only || only === 'all') return [...partNames];
  const chosen = only.split(',').map((name) => name.trim());
  const unknown = chosen.filter((name) => !(partNames as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown part ${unknown.join(', ')} (known: ${partNames.join(', ')}, all)`);
  return partNames.filter((name) => chosen.includes(name));
}

async function main(): Promise<void> {
  const started = performance.now();
  const parts = chosenParts();
  const outDir = await mkdtemp(join(tmpdir(), 'actieplaat-bench-'));
  const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
  try {
    console.log(`Building the renderer into ${outDir} …`);
    // BENCH_PROFILE / BENCH_TRACE (tests/bench/profile.ts): names are kept, so the figures are of a build not minified.
    const minify = profilingRequested() ? false : rendererConfig.build?.minify;
    if (minify === false) console.log('BENCH_PROFILE / BENCH_TRACE: the renderer is built without minifying, for readable profiles');
    await build({
      ...rendererConfig,
      configFile: false,
      logLevel: 'warn',
      build: { ...rendererConfig.build, minify, outDir, emptyOutDir: true },
    });
    const results: BenchPart[] = [];
    if (parts.includes('app')) results.push(await measureApp({ browser, outDir, root }));
    if (parts.includes('room')) results.push(await measureRoom({ browser, outDir, root }));
    if (parts.includes('start')) results.push(await measureStart({ browser, outDir, root }));
    const figures = results.flatMap((part) => part.figures);

    for (const part of results) part.describe();
    console.log('');
    printTable(figures);
    for (const part of results) part.details();

    const resultsDir = join(root, 'bench-results');
    await mkdir(resultsDir, { recursive: true });
    const latest = join(resultsDir, 'latest.json');
    await printComparison(latest, figures);
    const date = new Date().toISOString();
    const result = {
      date,
      chromium: browser.version(),
      node: process.version,
      parts,
      seconds: Math.round((performance.now() - started) / 1000),
      figures,
      ...Object.assign({}, ...results.map((part) => part.json)),
    };
    await writeFile(latest, `${JSON.stringify(result, null, 2)}\n`);
    await copyFile(latest, join(resultsDir, `${date.replaceAll(':', '-')}.json`));
    console.log(
      `\nFigures written to bench-results/latest.json (and a dated copy beside it); parts: ${parts.join(', ')}; ${result.seconds} s in all.`,
    );
  } finally {
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
