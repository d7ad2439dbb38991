/**
 * Who sits where and when each phone edits: phones spread over the tables (the listed participants
 * first, then new names), each with elements only it scores, and every phone's edits at jittered
 * moments over the load, the same in every run.
 */
import { randomUUID } from 'node:crypto';
import { templateElements } from '../../shared/model/order';
import type { WorkshopData } from '../../shared/model/workshopData';
import type { Focus } from './probes';
import type { EditKind, Seat, SimulatedPhone } from './roomClients';

/** Twenty edits in the mix a table makes; a phone starts somewhere in it and wraps around. */
export const EDIT_MIX = (
  'note maturity action dot importance agreements note maturity action note-text ' +
  'note dot maturity action importance note agreements maturity action note'
).split(' ') as readonly EditKind[];

/** mulberry32: each phone's choices are the same in every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Phone i sits at table i mod 8, as the i-th listed participant of that table or, once they are all
 * seated, under a new name; it alone edits the scores of every m-th element of its table (m phones at
 * the table), never the host's own element.
 */
export function seatPhones(data: WorkshopData, focus: Focus, phones: number): Seat[] {
  const elements = templateElements(data.template).map((element) => element.id);
  const tables = data.teams.length;
  return Array.from({ length: phones }, (_, i) => {
    const team = data.teams[i % tables]!;
    const position = Math.floor(i / tables);
    const atTable = Math.floor(phones / tables) + (i % tables < phones % tables ? 1 : 0);
    const listed = data.participants.filter((participant) => participant.teamId === team.id)[position];
    const own = elements.filter((elementId, e) => e % atTable === position && !(team.id === focus.teamId && elementId === focus.elementId));
    return listed
      ? {
          tableId: team.id,
          name: listed.name,
          participantId: listed.id,
          listed: true,
          elements: own,
          ...(listed.organisation ? { organisation: listed.organisation } : {}),
        }
      : { tableId: team.id, name: `Gast ${i + 1}`, participantId: randomUUID(), listed: false, elements: own };
  });
}

/** Each phone's edits at jittered moments: the k-th of n somewhere in the middle 80 % of its slice of `durationMs`. */
export async function runEdits(phones: readonly SimulatedPhone[], edits: number, durationMs: number, seed: number): Promise<void> {
  const random = seededRandom(seed);
  const slice = durationMs / edits;
  const plan = phones.flatMap((phone, p) =>
    Array.from({ length: edits }, (_, k) => ({
      phone,
      kind: EDIT_MIX[(k + p * 7) % EDIT_MIX.length]!,
      due: (k + 0.1 + 0.8 * random()) * slice,
    })),
  );
  plan.sort((a, b) => a.due - b.due);
  const start = Date.now();
  for (const step of plan) {
    const wait = start + step.due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    step.phone.edit(step.kind);
  }
}
