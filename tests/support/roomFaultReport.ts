import type { FaultEdit } from './faultPhone';

/** What each room fault trial does to the room while the phones edit. */
export const faultKinds = ['host-kill', 'server-kill', 'network-flaps', 'clear-storage'] as const;
export type FaultKind = (typeof faultKinds)[number];
export const ROOM_FAULTS_FOLDER = 'room-faults';

export interface RoomTrialResult {
  trial: number;
  trials: number;
  runSeed: number;
  seed: number;
  kind: FaultKind;
  /** The fault in words: "SIGKILL of the host's browser 1.4 s into the edits, down 1.9 s". */
  fault: string;
  phones: number;
  /** Edits the phones made, online and offline. */
  editsMade: number;
  /** Of those, made while their phone was cut off (no network, room server down). */
  editsOffline: number;
  /** Edits whose outcome (a record, a note's last text, a score's last value) is on the host. */
  editsOnHost: number;
  lost: string[];
  duplicated: string[];
  /** From the fault's end until the host held every edit. */
  settledAfterMs: number;
  startedAt: number;
  durationMs: number;
}

interface Row {
  workshopId?: string;
  teamId?: string;
  elementId?: string;
  id?: string;
  text?: string;
  title?: string;
  [field: string]: unknown;
}

export interface PhoneLedger {
  name: string;
  tableId: string;
  edits: readonly FaultEdit[];
}

/**
 * The phones' edits against the host's database: each new note and action there exactly once (by id,
 * and no second copy by its text), with its last text; each score with the last value its phone gave.
 * An edit counts as on the host when its outcome is, so an edit overtaken by a later one of the same
 * phone counts with that later one.
 */
export function judgeRoomEdits(rows: Record<string, unknown[]>, workshopId: string, phones: readonly PhoneLedger[]) {
  const of = (table: string) => ((rows[table] ?? []) as Row[]).filter((row) => row.workshopId === workshopId);
  const notes = of('notes');
  const actions = of('actions');
  const assessments = of('assessments');
  const lost: string[] = [];
  const duplicated: string[] = [];
  let editsOnHost = 0;
  for (const phone of phones) {
    const outcomes = new Map<string, { expected: unknown; edits: number; actual: () => unknown; what: string }>();
    for (const edit of phone.edits) {
      const key =
        edit.kind === 'score' ? `score ${edit.field} ${edit.elementId}` : `${edit.kind === 'action' ? 'action' : 'note'} ${edit.id}`;
      const outcome = outcomes.get(key);
      const expected = edit.kind === 'score' ? edit.value : edit.kind === 'action' ? edit.title : edit.text;
      if (outcome) {
        outcome.expected = expected;
        outcome.edits += 1;
        continue;
      }
      const actual =
        edit.kind === 'score'
          ? () => assessments.find((row) => row.teamId === phone.tableId && row.elementId === edit.elementId)?.[edit.field] ?? null
          : edit.kind === 'action'
            ? () => matches(actions, edit.id, phone.tableId)?.title
            : () => matches(notes, edit.id, phone.tableId)?.text;
      outcomes.set(key, { expected, edits: 1, actual, what: `${phone.name}: ${key}` });
    }
    for (const { expected, edits, actual, what } of outcomes.values()) {
      const found = actual();
      if (found === expected) editsOnHost += edits;
      else
        lost.push(`${what}: ${JSON.stringify(expected)} expected, ${found === undefined ? 'missing' : JSON.stringify(found)} on the host`);
    }
    for (const edit of phone.edits) {
      if (edit.kind !== 'note' && edit.kind !== 'action') continue;
      const table = edit.kind === 'note' ? notes : actions;
      const copies = table.filter((row) => row.id === edit.id).length;
      if (copies > 1) duplicated.push(`${phone.name}: ${edit.kind} ${edit.id} stored ${copies} times`);
    }
  }
  // A record a phone made once must not come back under another id (a replayed creation).
  for (const [kind, table, field] of [
    ['note', notes, 'text'],
    ['action', actions, 'title'],
  ] as const) {
    const seen = new Map<string, number>();
    for (const row of table) {
      const text = row[field];
      if (typeof text === 'string' && /^(Notitie|Actie) /.test(text)) seen.set(text, (seen.get(text) ?? 0) + 1);
    }
    for (const [text, count] of seen) if (count > 1) duplicated.push(`${kind} "${text}" stored ${count} times`);
  }
  return { editsOnHost, lost, duplicated };
}

function matches(rows: Row[], id: string, teamId: string): Row | undefined {
  return rows.find((row) => row.id === id && row.teamId === teamId);
}

export function roomTrialLine(result: RoomTrialResult): string {
  const problems = result.lost.length + result.duplicated.length;
  return (
    `trial ${result.trial}/${result.trials} (seed ${result.seed}) ${result.kind}: ${result.fault}; ${result.phones} phones, ` +
    `${result.editsMade} edits made (${result.editsOffline} offline), ${result.editsOnHost} on the host, ${result.editsMade - result.editsOnHost} lost, ` +
    `${result.duplicated.length} duplicated; settled ${(result.settledAfterMs / 1000).toFixed(1)} s after the fault; ` +
    `${problems === 0 ? 'ok' : `${problems} PROBLEMS`} (${(result.durationMs / 1000).toFixed(1)} s)`
  );
}

/** The run's report: what `npm run stress:room` prints at the end. */
export function formatRoomReport(results: readonly RoomTrialResult[], requested: number): string {
  const sum = (value: (result: RoomTrialResult) => number) => results.reduce((total, result) => total + value(result), 0);
  const kinds = faultKinds.map((kind) => `${results.filter((result) => result.kind === kind).length} ${kind}`).join(', ');
  const seeds = [...new Set(results.map((result) => result.runSeed))];
  const settled = results.map((result) => result.settledAfterMs).sort((a, b) => a - b);
  const rows: [string, string][] = [
    ['trials', `${results.length} of ${requested} (${kinds})`],
    ['seed', `${seeds.join(', ')} (STRESS_SEED=${seeds[0] ?? '…'} repeats this run)`],
    ['edits made', `${sum((result) => result.editsMade)} (${sum((result) => result.editsOffline)} while cut off)`],
    ['edits on the host', String(sum((result) => result.editsOnHost))],
    ['edits lost', String(sum((result) => result.editsMade - result.editsOnHost))],
    ['edits duplicated', String(sum((result) => result.duplicated.length))],
    [
      'settled after fault',
      settled.length > 0
        ? `median ${(settled[Math.floor(settled.length / 2)]! / 1000).toFixed(1)} s, longest ${(settled.at(-1)! / 1000).toFixed(1)} s`
        : '—',
    ],
  ];
  const problems = results.flatMap((result) =>
    [...result.lost, ...result.duplicated].map((problem) => `  trial ${result.trial} (${result.kind}): ${problem}`),
  );
  return [
    'Room faults (phones editing through a killed host browser, a killed room server, network drops, a cleared phone)',
    ...rows.map(([name, value]) => `  ${name.padEnd(20)} ${value}`),
    ...(problems.length > 0 ? ['Problems:', ...problems] : []),
  ].join('\n');
}
