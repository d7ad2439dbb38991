/**
 * The `start` part of `npm run bench`: the browser edition as a newcomer's `npm start` gives it where
 * Electron cannot run (scripts/start.mjs with ACTIEPLAAT_EDITION=browser: it builds the renderer and
 * serves it with `vite preview`), opened as a user opens it the first time (an empty profile, the
 * library), against the bench's own build served the same way, in the same runs. BENCH_START_PORT
 * (default 4320) is npm start's port and the next one the bench build's, on 127.0.0.1.
 */
import type { Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { preview } from 'vite';
import { rendererConfig } from '../../vite.config';
import { openAndMeasure, probedPage, type ProbeConfig } from './probes';
import { makeFigure, ms, type BenchPart } from './report';

/** The library is usable: its two buttons (Importeren, Nieuwe workshop) are there. */
const libraryProbe: ProbeConfig = { ready: { selector: '.page-heading-actions button', count: 2 }, database: 'actieplaat', store: 'none' };

async function listening(url: string, limitMs: number): Promise<void> {
  const until = Date.now() + limitMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not yet.
    }
    if (Date.now() > until) throw new Error(`npm start: nothing answered at ${url} within ${limitMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function measureStart({ browser, outDir, root }: { browser: Browser; outDir: string; root: string }): Promise<BenchPart> {
  const runs = Number(process.env['BENCH_RUNS'] ?? 7);
  const port = Number(process.env['BENCH_START_PORT'] ?? 4320);
  const origin = `http://127.0.0.1:${port}`;
  const builtOrigin = `http://127.0.0.1:${port + 1}`;
  const built = await preview({
    ...rendererConfig,
    configFile: false,
    logLevel: 'warn',
    build: { ...rendererConfig.build, outDir },
    preview: { port: port + 1, strictPort: true, host: '127.0.0.1' },
  });
  const started = performance.now();
  // Its own process group, so that the server it starts goes with it.
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, ACTIEPLAAT_EDITION: 'browser', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const samples = { start: [] as number[], built: [] as number[] };
  let readyAfter = 0;
  try {
    await listening(`${origin}/`, 180_000);
    readyAfter = performance.now() - started;
    for (let run = 1; run <= runs; run += 1) {
      // Alternating which goes first, each in a fresh profile: the first visit, as a newcomer has it.
      for (const which of run % 2 === 1 ? (['start', 'built'] as const) : (['built', 'start'] as const)) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
        const page = await probedPage(context, libraryProbe);
        samples[which].push((await openAndMeasure(page, `${which === 'start' ? origin : builtOrigin}/`))['interactive']!);
        await context.close();
      }
    }
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Gone already.
    }
    await built.close();
  }
  const figures = [
    makeFigure(
      'npm start (browser edition): first open of the library → interactive',
      'ms',
      samples.start,
      { name: 'built app, same server', samples: samples.built },
      { text: 'median ≤ 1.2× built app', on: 'median', ratio: 1.2 },
    ),
  ];
  return {
    figures,
    describe: () =>
      console.log(
        `\nnpm start: scripts/start.mjs as the browser edition on ${origin} (it builds, then serves with vite preview; answering after ${ms(readyAfter)}), ${runs} runs, against the bench's own build served the same way.`,
      ),
    details: () => undefined,
    json: { start: { readyAfterMs: readyAfter, samples } },
  };
}
