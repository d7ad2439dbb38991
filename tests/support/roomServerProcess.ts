import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The browser edition's page server with its room (`vite preview`, electron/room/vitePlugin.ts) as a
 * process of the test's own, on loopback, so that a test can kill it as a crash would (SIGKILL to its
 * whole process group) and start it again with the same room folder. It serves the built renderer
 * (`out/renderer`, with the participant page).
 */
export interface RoomServerProcess {
  readonly origin: string;
  readonly pid: number;
  /** SIGKILL to the process group; resolves once the process has exited. */
  kill(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');
const viteBin = resolve(root, 'node_modules/vite/bin/vite.js');
const START_TIMEOUT_MS = 30_000;
const running = new Set<number>();
process.once('exit', () => {
  for (const pid of running) signal(-pid, 'SIGKILL');
});

export async function startRoomServer(port: number, roomDir: string): Promise<RoomServerProcess> {
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--config', 'vite.config.ts', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ACTIEPLAAT_ROOM_DIR: roomDir, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start vite preview');
  running.add(pid);
  let output = '';
  const keep = (chunk: Buffer) => void (output.length < 20_000 && (output += chunk.toString()));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => running.delete(pid));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await answering(origin, child, () => output);
  } catch (error) {
    signal(-pid, 'SIGKILL');
    await exited;
    throw error;
  }
  return {
    origin,
    pid,
    kill: async () => {
      signal(-pid, 'SIGKILL');
      await exited;
    },
  };
}

async function answering(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exitCode: number | null = null;
  child.once('exit', (code) => (exitCode = code ?? -1));
  while (Date.now() < deadline) {
    if (exitCode !== null) throw new Error(`vite preview exited (${exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`vite preview did not answer on ${origin} within ${START_TIMEOUT_MS} ms:\n${output()}`);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
