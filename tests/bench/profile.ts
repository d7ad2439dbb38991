/**
 * Where a figure's time goes, on request: BENCH_PROFILE=open,commit (or `all`) writes a CPU profile of
 * the page's main thread (Chrome DevTools Protocol) for the first measurement of each figure named, as
 * bench-results/profiles/<figure>.cpuprofile (open it in Chromium's DevTools, Performance panel) and
 * summed up by function; BENCH_TRACE=… writes a Chromium trace (<figure>.trace.json, for DevTools or
 * Perfetto) summed up by kind of work (scripting by event, style, layout, paint). Figures:
 * PROFILED_FIGURES. Either one builds the renderer without minifying, so that functions keep their names.
 */
import type { Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export const PROFILED_FIGURES = ['open', 'commit', 'keystroke', 'import', 'pdf', 'room-typing'] as const;
export type ProfiledFigure = (typeof PROFILED_FIGURES)[number];
export const PROFILE_FOLDER = 'bench-results/profiles';

function requested(variable: 'BENCH_PROFILE' | 'BENCH_TRACE', figure: ProfiledFigure): boolean {
  const value = process.env[variable]?.trim();
  if (!value) return false;
  const names = value.split(',').map((name) => name.trim());
  return names.includes('all') || names.includes('1') || names.includes(figure);
}

/** Whether any profile or trace was asked for (then the renderer is built without minifying). */
export const profilingRequested = () => Boolean(process.env['BENCH_PROFILE']?.trim() || process.env['BENCH_TRACE']?.trim());

const done = new Set<string>();

/** Runs `during`; the first time for each figure asked for, with a CPU profile or trace of `page` around it. */
export async function profiled<T>(page: Page, figure: ProfiledFigure, during: () => Promise<T>): Promise<T> {
  const profile = requested('BENCH_PROFILE', figure) && !done.has(`profile ${figure}`);
  const trace = requested('BENCH_TRACE', figure) && !done.has(`trace ${figure}`);
  if (!profile && !trace) return during();
  done.add(`profile ${figure}`);
  if (trace) done.add(`trace ${figure}`);
  let result: T | undefined;
  if (trace) {
    console.log(`\n[${figure}] trace:`);
    console.log(await traceMainThread(page, async () => void (result = await during()), `${PROFILE_FOLDER}/${figure}.trace.json`));
    return result as T;
  }
  const profiler = await startProfile(page);
  result = await during();
  console.log(`\n[${figure}] ${await profiler.stop(`${PROFILE_FOLDER}/${figure}.cpuprofile`)}`);
  return result;
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'LayoutCount', 'RecalcStyleDuration', 'RecalcStyleCount'];

export async function startProfile(page: Page): Promise<{ stop(path: string): Promise<string> }> {
  const session = await page.context().newCDPSession(page);
  const metrics = async () => {
    const { metrics: all } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return new Map(all.map(({ name, value }) => [name, value]));
  };
  await session.send('Performance.enable');
  const before = await metrics();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return {
    async stop(path) {
      const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
      const after = await metrics();
      await session.detach();
      const spent = METRICS.map((name) => {
        const delta = (after.get(name) ?? 0) - (before.get(name) ?? 0);
        return `${name} ${name.endsWith('Duration') ? `${(delta * 1000).toFixed(0)} ms` : delta}`;
      }).join(', ');
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, JSON.stringify(profile));
      return `CPU profile of the host page written to ${path}\n  main thread: ${spent}\n${summary(profile)}`;
    },
  };
}

/** The functions with the most time of their own, and the scripts with the most time in all. */
function summary(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((sum, us) => sum + us, 0);
  const functions = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const lines = [...functions.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => `  ${(us / 1000).toFixed(0).padStart(7)} ms  ${((us / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  // Inclusive time of the functions named like components (React's function components), once per stack.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const components = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const name = byId.get(node)!.callFrame.functionName;
      if (/^[A-Z][A-Za-z]+$/.test(name) && !seen.has(name)) {
        seen.add(name);
        components.set(name, (components.get(name) ?? 0) + us);
      }
    }
  }
  const componentLines = [...components.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([name, us]) => `  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);
  return [
    `  ${(total / 1000).toFixed(0)} ms sampled; self time by function:`,
    ...lines,
    '  time in (and under) functions named like components:',
    ...componentLines,
  ].join('\n');
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { type?: string; url?: string; functionName?: string } };
}

/**
 * A trace of the page's renderer (Chromium tracing, `devtools.timeline`) while `during` runs: where the
 * main thread's time goes by kind of work (event handlers by event type, timers, IndexedDB callbacks,
 * layout…), which a CPU profile leaves as "(program)".
 */
export async function traceMainThread(page: Page, during: () => Promise<void>, path?: string): Promise<string> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
  await during();
  const buffer = await browser.stopTracing();
  if (path) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, buffer);
  }
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) return 'no renderer main thread in the trace';
  const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined);
  const tasks = onMain.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask');
  const busy = tasks.reduce((sum, task) => sum + task.dur!, 0);
  // Each task's first level of work, named by kind.
  const kinds = new Map<string, number>();
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    let covered = 0;
    let cursor = task.ts;
    for (const event of onMain) {
      if (event === task || event.ts < cursor || event.ts >= end || event.name === 'RunTask') continue;
      const kind =
        event.name === 'EventDispatch'
          ? `EventDispatch ${event.args?.data?.type ?? ''}`
          : event.name === 'FunctionCall'
            ? `FunctionCall ${event.args?.data?.functionName || '(anonymous)'} ${(event.args?.data?.url ?? '').split('/').pop()}`
            : event.name;
      kinds.set(kind, (kinds.get(kind) ?? 0) + event.dur!);
      covered += event.dur!;
      cursor = event.ts + event.dur!;
    }
    kinds.set('(task, nothing traced inside)', (kinds.get('(task, nothing traced inside)') ?? 0) + task.dur! - covered);
  }
  const lines = [...kinds.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([kind, us]) => `  ${(us / 1000).toFixed(0).padStart(7)} ms  ${kind}`);
  return [
    ...(path ? [`  trace written to ${path}`] : []),
    `  main thread busy ${(busy / 1000).toFixed(0)} ms in ${tasks.length} tasks; by kind of work:`,
    ...lines,
  ].join('\n');
}
