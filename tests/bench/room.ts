/**
 * The live room's part of `npm run bench` (issue 12): the room server as the browser edition runs it,
 * the host page in Chromium on the plate, and 50 simulated phones at 8 tables each making 20 edits
 * over about a minute. Figures: edits lost and stored twice, phone edit → stored on the host, host
 * edit → seen on the phones, the room server's memory and CPU, and the host's typing during the load;
 * each next to a baseline measured in the same run (one phone alone, the server idle, the host's
 * typing without a room).
 *
 * BENCH_ROOM_RUNS (default 3), BENCH_ROOM_PORT (4310); for quick trials BENCH_ROOM_CLIENTS (phones,
 * 50), BENCH_ROOM_EDITS (per phone, 20) and BENCH_ROOM_SECONDS (60).
 */
import type { Browser } from '@playwright/test';
import { benchmarkWorkshop } from '../fixtures/benchmarkWorkshop';
import { chooseFocus } from './probes';
import { makeFigure, mb, median, ms, percent, quantile, type BenchPart, type Figure } from './report';
import { roomRun, type RoomConfig, type RoomRunResult } from './roomRun';

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number above 0`);
  return value;
}

export function roomConfig(): RoomConfig {
  return {
    runs: positive('BENCH_ROOM_RUNS', 3),
    port: positive('BENCH_ROOM_PORT', 4310),
    phones: positive('BENCH_ROOM_CLIENTS', 50),
    edits: positive('BENCH_ROOM_EDITS', 20),
    seconds: positive('BENCH_ROOM_SECONDS', 60),
    dots: 3,
    hostPicks: 8,
  };
}

/** Each run's count must be 0: MET only then. */
function zeroEveryRun(figure: string, values: number[], alone: number[]): Figure {
  return {
    ...makeFigure(figure, 'count', values, { name: 'one phone alone', samples: alone }),
    target: '0 in every run',
    met: values.every((n) => n === 0),
  };
}

export async function measureRoom({ browser, outDir, root }: { browser: Browser; outDir: string; root: string }): Promise<BenchPart> {
  const config = roomConfig();
  const data = benchmarkWorkshop();
  const focus = chooseFocus(data);
  const tables = data.teams.length;
  const results: RoomRunResult[] = [];
  console.log(
    `\nThe live room: ${config.runs} runs of ${config.phones} phones at ${tables} tables, ${config.edits} edits each over ${config.seconds} s …`,
  );
  for (let run = 1; run <= config.runs; run += 1) {
    const result = await roomRun(browser, { root, outDir }, config, data, focus, run);
    results.push(result);
    const { alone, load, server } = result;
    console.log(
      `room run ${run}/${config.runs}: ${config.phones} phones joined in ${load.joinSeconds.toFixed(1)} s; ${load.sent} edits: ` +
        `lost ${load.final.lost.length} of ${load.final.checked} final values, stored twice ${load.final.duplicates.length}, ` +
        `never seen stored ${load.unmatched}; edit → stored p50 ${ms(median(load.stored))} p95 ${ms(quantile(load.stored, 0.95))} ` +
        `(alone p95 ${ms(quantile(alone.stored, 0.95))}); host pick → phones p95 ${ms(quantile(load.seen, 0.95))} ` +
        `(alone ${ms(quantile(alone.seen, 0.95))}); server peak ${mb(server.load.peakRss)}, CPU ${percent(server.load.cpuPercent)} ` +
        `(idle ${mb(server.idle.peakRss)}, ${percent(server.idle.cpuPercent)}); keystroke p95 ${ms(quantile(load.keys, 0.95))} ` +
        `(no room ${ms(quantile(alone.keys, 0.95))}); settled in ${load.settleSeconds.toFixed(1)} s${load.settled ? '' : ' (NOT settled)'}; ` +
        `refusals ${result.refusals.length}, disconnects ${load.disconnects}`,
    );
  }

  const all = <T>(pick: (result: RoomRunResult) => T[]) => results.flatMap(pick);
  const alone = (values: number[]) => ({ name: 'one phone alone', samples: values });
  const idle = (values: number[]) => ({ name: 'room open, no phones', samples: values });
  const keysWithout = all((result) => result.alone.keys);
  const figures: Figure[] = [
    zeroEveryRun(
      'room: phone edits lost (final value missing on the host)',
      results.map((result) => result.load.final.lost.length),
      results.map((result) => result.alone.final.lost.length),
    ),
    zeroEveryRun(
      'room: records stored twice',
      results.map((result) => result.load.final.duplicates.length),
      results.map((result) => result.alone.final.duplicates.length),
    ),
    makeFigure(
      'room: phone edit → stored on the host',
      'ms',
      all((result) => result.load.stored),
      alone(all((result) => result.alone.stored)),
      {
        text: 'p95 ≤ 300 ms',
        on: 'p95',
        limit: 300,
      },
    ),
    makeFigure(
      "room: host score pick → seen on its table's phones",
      'ms',
      all((result) => result.load.seen),
      alone(all((result) => result.alone.seen)),
    ),
    makeFigure(
      'room server: peak RSS during the load',
      'MB',
      results.map((result) => result.server.load.peakRss),
      idle(results.map((result) => result.server.idle.peakRss)),
    ),
    makeFigure(
      'room server: CPU during the load, % of one core',
      '%',
      results.map((result) => result.server.load.cpuPercent),
      idle(results.map((result) => result.server.idle.cpuPercent)),
    ),
    makeFigure(
      'room: host keystroke in a note → next paint, during the load',
      'ms',
      all((result) => result.load.keys),
      { name: 'same page, no room', samples: keysWithout },
      { text: 'p95 ≤ 1.5× no room', on: 'p95', ratio: 1.5 },
    ),
  ];

  const describe = () => {
    console.log(
      `\nThe live room: Chromium ${browser.version()}, ${config.runs} runs; per run a fresh room server (\`vite preview\` with the room plugin, ` +
        `the browser edition's, in a process of its own) and a fresh host page (1280×800, the 8-team workshop on the plate, a dot round of ` +
        `${config.dots} dots per participant, the room opened on 127.0.0.1 from the workshop bar).`,
    );
    console.log(
      `Load: ${config.phones} simulated phones (Node, the participant page's RoomClient and Hocuspocus provider, each from its own ` +
        `127.0.0.x) at ${tables} tables (${Math.floor(config.phones / tables)}–${Math.ceil(config.phones / tables)} each), ${config.edits} edits ` +
        `each at jittered moments over ${config.seconds} s (notes, one note edited, actions, maturity and importance on elements only that ` +
        `phone scores, afspraken, dots), while the host types in a note (2 × 40 keys) and picks ${config.hostPicks} maturity levels on an element no phone scores.`,
    );
    console.log(
      'Clocks (one system clock): phone edit → stored, the phone’s Date.now() at its write → the host page’s Date.now() at the ' +
        '`complete` of the IndexedDB transaction that put that value; host pick → seen, the click in the page → the value arriving in ' +
        'each phone’s document at that table. The server’s CPU and peak RSS are read from /proc over the load window (first phone ' +
        'edit → the phones and the host done).',
    );
    console.log(
      'Baselines, in each run: one phone alone at the host’s table making the same edits 1 s apart and watching the host’s picks; ' +
        'the room server with the room open and no phone (5 s); the host’s typing in the same note before the room opened.',
    );
  };

  const details = () => {
    console.log('\nThe room, per run:');
    results.forEach((result, i) => {
      const { load, alone } = result;
      const reasons = new Map<string, number>();
      for (const refusal of result.refusals) reasons.set(refusal.reason, (reasons.get(refusal.reason) ?? 0) + 1);
      console.log(
        `  run ${i + 1}: joins ${load.joinSeconds.toFixed(1)} s; load window ${result.server.load.seconds.toFixed(1)} s; ` +
          `phone alone: ${alone.sent} edits, lost ${alone.final.lost.length}, never seen stored ${alone.unmatched}, server CPU ` +
          `${percent(result.server.alone.cpuPercent)}; host picks unseen ${load.unseen} (alone ${alone.unseen}); ` +
          `refusals ${[...reasons].map(([reason, n]) => `${reason} ×${n}`).join(', ') || 'none'}`,
      );
      const typed = (at: number) => result.timeline.typing.some(([start, end]) => at >= start && at <= end);
      const split = (whileTyping: boolean) => {
        const latencies = result.timeline.edits.flatMap(([at, , stored]) => (stored !== null && typed(at) === whileTyping ? [stored] : []));
        return `${latencies.length} edits, p50 ${ms(median(latencies))}, p95 ${ms(quantile(latencies, 0.95))}`;
      };
      console.log(`    edit → stored, sent while the host typed: ${split(true)}; the rest of the load: ${split(false)}`);
      const [during, without] = [quantile(load.keys, 0.95), quantile(alone.keys, 0.95)];
      console.log(`    host keystroke p95 during the load ${ms(during)}, without a room ${ms(without)}: ×${(during / without).toFixed(2)}`);
      for (const missing of load.final.lost.slice(0, 5))
        console.log(
          `    lost: ${missing.record} ${missing.field}: expected ${JSON.stringify(missing.expected)}, host has ${JSON.stringify(missing.found)}`,
        );
      for (const twice of load.final.duplicates.slice(0, 5)) console.log(`    stored twice: ${twice}`);
    });
  };

  return {
    figures,
    describe,
    details,
    json: {
      room: {
        config,
        runs: results.map((result) => ({
          joinSeconds: result.load.joinSeconds,
          settleSeconds: result.load.settleSeconds,
          settled: result.load.settled,
          sent: result.load.sent,
          lost: result.load.final.lost,
          duplicates: result.load.final.duplicates,
          unmatched: result.load.unmatched,
          unseen: result.load.unseen,
          disconnects: result.load.disconnects,
          server: result.server,
          refusals: result.refusals,
          timeline: result.timeline,
          alone: {
            sent: result.alone.sent,
            lost: result.alone.final.lost,
            duplicates: result.alone.final.duplicates,
            unmatched: result.alone.unmatched,
          },
        })),
        samples: {
          stored: all((result) => result.load.stored),
          storedAlone: all((result) => result.alone.stored),
          seen: all((result) => result.load.seen),
          seenAlone: all((result) => result.alone.seen),
          keystroke: all((result) => result.load.keys),
          keystrokeNoRoom: keysWithout,
        },
      },
    },
  };
}
