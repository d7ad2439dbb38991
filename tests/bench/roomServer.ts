/**
 * A meter of the room server's process (tests/support/roomServerProcess.ts starts it): its CPU time
 * and memory, read from /proc while a window of the benchmark runs.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

// --- CPU and memory ------------------------------------------------------------------------------------

const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of the whole process (all its threads), in seconds. */
async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The command name in parentheses may hold spaces: the fields are counted after it (utime is the 14th).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

export interface ProcessUsage {
  /** CPU time over the window's wall time, as % of one core. */
  cpuPercent: number;
  /** The largest resident set seen (sampled every 250 ms). */
  peakRss: number;
  seconds: number;
}

/** Starts metering `pid`: CPU time from now, its resident set every 250 ms, until `stop()`. */
export async function meterProcess(pid: number): Promise<{ stop(): Promise<ProcessUsage> }> {
  const startedAt = performance.now();
  const cpuAtStart = await cpuSeconds(pid);
  let peakRss = await rssBytes(pid);
  const sample = () =>
    rssBytes(pid).then(
      (rss) => void (peakRss = Math.max(peakRss, rss)),
      () => undefined,
    );
  const timer = setInterval(() => void sample(), 250);
  return {
    async stop() {
      clearInterval(timer);
      await sample();
      const seconds = (performance.now() - startedAt) / 1000;
      const cpu = (await cpuSeconds(pid)) - cpuAtStart;
      return { cpuPercent: (cpu / seconds) * 100, peakRss, seconds };
    },
  };
}
