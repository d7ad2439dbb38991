import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { chromiumArgs, chromiumExecutable } from './chromium';

/**
 * Debian's Chromium started by the test itself, not by Playwright, so that the test holds the browser's
 * process and can kill it as a crash or a power cut would: SIGKILL, no chance to flush or close anything.
 * Playwright drives it over the DevTools protocol. The browser gets a process group of its own (renderers,
 * zygotes, the storage service), so that a kill leaves nothing running that could still finish a write.
 */
export interface CrashableBrowser {
  /** The browser's main process. */
  readonly pid: number;
  readonly browser: Browser;
  readonly page: Page;
  /** SIGKILL to the main process and then to its whole group; resolves when none of them runs any more. */
  kill(): Promise<KillReport>;
  /** Ends the browser at the end of a trial (SIGKILL too: it is checked); resolves when none of its processes runs. */
  close(): Promise<void>;
}

export interface KillReport {
  /** How long after the SIGKILL the last process of the group was gone. */
  goneAfterMs: number;
  /** Processes of the group (zombies aside) that a second SIGKILL had to end. */
  survivors: number;
}

const LAUNCH_TIMEOUT_MS = 20_000;

/**
 * Browsers started here and not ended yet. In a session of their own they would outlive a test runner
 * stopped early (Ctrl+C, a timeout), so the runner's exit takes them down.
 */
const running = new Set<number>();
process.once('exit', () => {
  for (const pid of running) signal(-pid, 'SIGKILL');
});
const GONE_TIMEOUT_MS = 10_000;

export async function launchCrashableBrowser(profile: string, viewport = { width: 1280, height: 800 }): Promise<CrashableBrowser> {
  const child = spawn(
    chromiumExecutable,
    [
      ...chromiumArgs,
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--window-size=${viewport.width},${viewport.height}`,
      '--lang=nl-NL',
      '--hide-crash-restore-bubble',
      'about:blank',
    ],
    // `detached`: a session and process group of its own, which the kill takes down as a whole.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${chromiumExecutable}`);
  running.add(pid);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(pid));
  try {
    const endpoint = await devToolsEndpoint(child);
    const browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize(viewport);
    return {
      pid,
      browser,
      page,
      kill: async () => {
        const started = Date.now();
        signal(pid, 'SIGKILL');
        // What the dying browser leaves (renderers, storage service) would soon end by itself; end it now, so
        // that nothing finishes a write after the "crash" and the next start finds the profile unlocked.
        const survivors = groupMembers(pid).filter((member) => !member.zombie).length;
        signal(-pid, 'SIGKILL');
        await exited; // Node reaps the main process: no zombie of ours is left.
        await groupGone(pid, { zombiesToo: false });
        killed.push(pid);
        return { goneAfterMs: Date.now() - started, survivors };
      },
      close: async () => {
        // The trial is over and checked: no need to wait for a graceful quit.
        signal(-pid, 'SIGKILL');
        await exited;
        await groupGone(pid, { zombiesToo: false });
        killed.push(pid);
      },
    };
  } catch (error) {
    signal(-pid, 'SIGKILL');
    await exited;
    throw error;
  }
}

function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start in ${LAUNCH_TIMEOUT_MS} ms:\n${output}`)), LAUNCH_TIMEOUT_MS);
    // Keep reading stderr for the browser's whole life, or a full pipe would block it.
    child.stderr?.on('data', (chunk: Buffer) => {
      if (output.length < 100_000) output += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code, signalName) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code ?? signalName}) before it listened:\n${output}`));
    });
  });
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** The processes of a process group, from /proc (Linux: Debian's Chromium runs nowhere else here). */
function groupMembers(group: number): { pid: number; zombie: boolean }[] {
  const members: { pid: number; zombie: boolean }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses, so split after the last ')'.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === group) members.push({ pid: Number(entry), zombie: state === 'Z' || state === 'X' });
    } catch {
      // The process ended while we looked.
    }
  }
  return members;
}

/** Process groups of the browsers killed so far, for `expectNothingLeft`. */
const killed: number[] = [];

/**
 * Nothing of the browsers killed so far remains, zombies included: their children, reparented to init
 * when the main process died, are reaped by it. Throws when something is still there after 10 s.
 */
export async function expectNothingLeft(): Promise<void> {
  for (const group of killed.splice(0)) await groupGone(group, { zombiesToo: true });
}

/**
 * Waits until no process of the group runs (a zombie cannot write anything), or with `zombiesToo` until
 * none is left at all: the children of a killed browser are reparented to init, which reaps them.
 */
async function groupGone(group: number, { zombiesToo }: { zombiesToo: boolean }): Promise<void> {
  const deadline = Date.now() + GONE_TIMEOUT_MS;
  for (;;) {
    const members = groupMembers(group).filter((member) => zombiesToo || !member.zombie);
    if (members.length === 0) return;
    if (Date.now() > deadline) {
      const list = members.map((member) => `${member.pid}${member.zombie ? ' (zombie)' : ''}`).join(', ');
      throw new Error(`processes of browser ${group} are still there ${GONE_TIMEOUT_MS} ms after it was killed: ${list}`);
    }
    await delay(20);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
