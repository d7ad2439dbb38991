import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The browser edition's page server with its room (`vite preview` with the room plugin,
 * electron/room/vitePlugin.ts), as `npm start` runs it, in a process of its own on loopback: its CPU
 * time and memory are the room's (the benchmark), and a test can kill it as a crash would (SIGKILL to
 * its process group) and start it again with the same room folder (the room's fault trials).
 */
export interface RoomServerProcess {
  readonly origin: string;
  readonly pid: number;
  /** The last lines it printed, for an error message. */
  output(): string;
  /** SIGKILL to the process group, as a crash; resolves once the process has exited. */
  kill(): Promise<void>;
  /** SIGTERM (the plugin stores the room's documents first), SIGKILL if it is still there after five seconds. */
  stop(): Promise<void>;
}

export interface RoomServerOptions {
  /** Where the room keeps its data (`ACTIEPLAAT_ROOM_DIR`). */
  roomDir: string;
  /** The built renderer, with the participant page; default `out/renderer`. */
  outDir?: string;
}

const root = resolve(import.meta.dirname, '../..');
const viteBin = resolve(root, 'node_modules/vite/bin/vite.js');
const START_TIMEOUT_MS = 60_000;
const STOP_WITHIN_MS = 5_000;
const running = new Set<number>();
process.once('exit', () => {
  for (const pid of running) signal(-pid, 'SIGKILL');
});

export async function startRoomServer(port: number, { roomDir, outDir }: RoomServerOptions): Promise<RoomServerProcess> {
  const args = [viteBin, 'preview', '--config', 'vite.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  if (outDir) args.push('--outDir', outDir);
  const child = spawn(process.execPath, [...args, '--logLevel', 'warn'], {
    cwd: root,
    // A group of its own: a kill takes down whatever it started too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ACTIEPLAAT_ROOM_DIR: roomDir, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start vite preview');
  running.add(pid);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => running.delete(pid));
  const origin = `http://127.0.0.1:${port}`;
  const kill = async () => {
    signal(-pid, 'SIGKILL');
    await exited;
  };
  try {
    await answering(origin, child);
  } catch (error) {
    await kill();
    throw new Error(`the room server did not start: ${(error as Error).message}\n${lines.join('\n')}`, { cause: error });
  }
  return {
    origin,
    pid,
    output: () => lines.join('\n'),
    kill,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signal(pid, 'SIGTERM');
      const timer = setTimeout(() => signal(-pid, 'SIGKILL'), STOP_WITHIN_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function answering(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`it exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`not serving ${origin} within ${START_TIMEOUT_MS / 1000} s`);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
