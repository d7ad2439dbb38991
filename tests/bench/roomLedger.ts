/**
 * What became of the phones' edits on the host: when each was stored (matched in the host page's log
 * of committed records), whether the final value of everything a phone wrote is in the host's
 * database exactly once, and how soon the host's own edits reached the phones.
 */
import type { Commit, StoredState } from './roomHost';
import type { SentEdit, SimulatedPhone } from './roomClients';

/**
 * Per edit: the phone's write → the first commit on the host, at or after it, that put the record with
 * this value in the field, or a value the same phone wrote there later (a change the bridge stored
 * together with the next one). Edits with no such commit are `unmatched`.
 */
export function storedLatencies(
  sent: readonly SentEdit[],
  commits: readonly Commit[],
): { latencies: number[]; unmatched: SentEdit[]; perEdit: (number | null)[] } {
  const byRecord = new Map<string, { at: number; fields: Record<string, unknown> }[]>();
  for (const commit of commits)
    for (const [record, fields] of commit.puts) {
      const list = byRecord.get(record) ?? [];
      list.push({ at: commit.at, fields });
      byRecord.set(record, list);
    }
  for (const list of byRecord.values()) list.sort((a, b) => a.at - b.at);
  const latencies: number[] = [];
  const unmatched: SentEdit[] = [];
  const perEdit: (number | null)[] = [];
  sent.forEach((edit, index) => {
    const accepted = new Set<unknown>([edit.value]);
    for (const later of sent.slice(index + 1))
      if (later.phone === edit.phone && later.record === edit.record && later.field === edit.field) accepted.add(later.value);
    const stored = byRecord.get(edit.record)?.find((put) => put.at >= edit.at && accepted.has(put.fields[edit.field]));
    perEdit.push(stored ? stored.at - edit.at : null);
    if (stored) latencies.push(stored.at - edit.at);
    else unmatched.push(edit);
  });
  return { latencies, unmatched, perEdit };
}

export interface FinalCheck {
  /** Record fields a phone wrote whose last value is not what the host holds (or the record is missing). */
  lost: { record: string; field: string; expected: unknown; found: unknown }[];
  /** Records (or marker texts) the host holds more than once. */
  duplicates: string[];
  /** How many final values were checked. */
  checked: number;
}

/** Every record field a phone wrote must hold the phone's last value on the host, once. */
export function checkFinal(sent: readonly SentEdit[], state: StoredState): FinalCheck {
  const last = new Map<string, SentEdit>();
  for (const edit of [...sent].sort((a, b) => a.at - b.at)) last.set(`${edit.record}\u0000${edit.field}`, edit);
  const lost: FinalCheck['lost'] = [];
  const duplicates = new Set<string>();
  for (const edit of last.values()) {
    const held = state.records[edit.record] ?? [];
    if (held.length > 1) duplicates.add(edit.record);
    const found = held[0]?.[edit.field];
    if (found !== edit.value) lost.push({ record: edit.record, field: edit.field, expected: edit.value, found });
    if (edit.kind === 'note' || edit.kind === 'note-text') {
      if ((state.records[`note-text:${String(edit.value)}`]?.length ?? 0) > 1) duplicates.add(`note "${String(edit.value)}"`);
    } else if (edit.kind === 'action') {
      if ((state.records[`action-title:${String(edit.value)}`]?.length ?? 0) > 1) duplicates.add(`action "${String(edit.value)}"`);
    }
  }
  return { lost, duplicates: [...duplicates], checked: last.size };
}

/** A host edit: the click's Date.now() in the page and the value it set. */
export interface HostEdit {
  at: number;
  value: unknown;
}

/** Per host edit and phone watching `key`: the click → that value arriving in the phone's document. */
export function seenLatencies(
  edits: readonly HostEdit[],
  phones: readonly SimulatedPhone[],
  key: string,
): { latencies: number[]; unseen: number } {
  const latencies: number[] = [];
  let unseen = 0;
  for (const edit of edits)
    for (const phone of phones) {
      const seen = phone.seen.get(key)?.find((arrival) => arrival.at >= edit.at && arrival.value === edit.value);
      if (seen) latencies.push(seen.at - edit.at);
      else unseen += 1;
    }
  return { latencies, unseen };
}
