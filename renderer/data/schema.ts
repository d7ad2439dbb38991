import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { facilitationFrom } from '../../shared/facilitation/facilitationState';

/** The newest schema version this app declares. */
export const SCHEMA_VERSION = 4;

/**
 * Every schema version ever shipped stays declared here, each with its upgrade function, so that a
 * database made by any earlier release opens. Add a version; never edit one that has shipped.
 * `upTo` declares only the versions up to it, as an older release did (for the upgrade tests).
 */
export function declareSchema(database: Dexie, upTo = SCHEMA_VERSION): void {
  database.version(1).stores({
    workshops: 'id, updatedAt',
    templates: 'workshopId',
    teams: 'id, workshopId',
    participants: 'id, workshopId',
    assessments: '[teamId+elementId], workshopId',
    notes: 'id, workshopId, [teamId+elementId]',
    actions: 'id, workshopId, teamId, dueDate',
    votes: '++seq, workshopId',
    settings: 'key',
  });
  // 2: teams get a `position`, the one team order the facilitator sets (issue 13).
  if (upTo >= 2) database.version(2).stores({}).upgrade(placeTeamsInShownOrder);
  // 3: a follow-up keeps its earlier sessions, one row each, the first at position 0 (issue 14). A new
  // table: the rows of version 2 stay as they are.
  if (upTo >= 3) database.version(3).stores({ sessions: '[workshopId+position], workshopId' });
  // 4: the facilitator's state (focus, timer, voting round…), one row per workshop, moves out of
  // localStorage, so that windows follow it as they follow every other record: by live queries.
  if (upTo >= 4) database.version(4).stores({ facilitation: 'workshopId' }).upgrade(moveFacilitationFromLocalStorage);
}

/**
 * Version 1 kept no team order: the app listed teams by name, numbers counted ("Team 2" before
 * "Team 10"), in the interface language. Each workshop's teams get that order as their positions, so
 * that the first start of this version shows them as the last start of the old one did.
 */
async function placeTeamsInShownOrder(transaction: Transaction): Promise<void> {
  const setting = (await transaction.table('settings').get('language')) as { value?: unknown } | undefined;
  const workshops = new Map(
    ((await transaction.table('workshops').toArray()) as { id: string; language?: string }[]).map((workshop) => [workshop.id, workshop]),
  );
  const teams = (await transaction.table('teams').toArray()) as { id: string; name: string; workshopId: string }[];
  const byWorkshop = new Map<string, typeof teams>();
  for (const team of teams) byWorkshop.set(team.workshopId, [...(byWorkshop.get(team.workshopId) ?? []), team]);
  for (const [workshopId, ofWorkshop] of byWorkshop) {
    const language = typeof setting?.value === 'string' ? setting.value : (workshops.get(workshopId)?.language ?? 'nl');
    const shown = [...ofWorkshop].sort((a, b) => a.name.localeCompare(b.name, language, { numeric: true }));
    await Promise.all(shown.map((team, position) => transaction.table('teams').update(team.id, { position })));
  }
}

/** Where the releases up to schema version 3 kept each workshop's facilitation state: `actieplaat.facilitation.<workshopId>`. */
const LEGACY_FACILITATION_PREFIX = 'actieplaat.facilitation.';

/**
 * Each workshop's state as version 3 left it in localStorage becomes its row, and leaves localStorage;
 * a state of a workshop the library no longer has is dropped. Where there is no localStorage (a worker,
 * or storage refused), or should the upgrade fail after a key was read, the states start fresh: they
 * are transient, and the workshops' records do not depend on them.
 */
async function moveFacilitationFromLocalStorage(transaction: Transaction): Promise<void> {
  const storage = legacyStorage();
  if (!storage) return;
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key?.startsWith(LEGACY_FACILITATION_PREFIX) === true,
  );
  for (const key of keys) {
    const workshopId = key.slice(LEGACY_FACILITATION_PREFIX.length);
    const raw = storage.getItem(key);
    storage.removeItem(key);
    if (!raw || !(await transaction.table('workshops').get(workshopId))) continue;
    let stored: unknown;
    try {
      stored = JSON.parse(raw);
    } catch {
      continue;
    }
    await transaction.table('facilitation').put({ ...facilitationFrom(stored), workshopId });
  }
}

function legacyStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
