// Reconciling the room's documents with the database: everything, what the host changed, or what devices changed.
import type { HostChangeSet } from '../../data/hostChanges';
import type { RoomRecords, RoomWorkshopRecords } from '../../data/roomRecords';
import { storeDeviceChanges, type DeviceStoreContext } from './deviceStore';
import { addVoteKeys, placeRecords, placeVotes, type AddKey, type PlacementContext } from './hostPlacement';
import type { PlenaryWriter } from './plenaryWriter';
import { indexRecords, loadEntries, type Entry } from './recordIndex';
import type { RefusalReports } from './refusalReports';
import type { RoomBridgeStats } from './roomBridgeTypes';
import { canonical, hashText, isEmptyDoc, parseRoomKey, readDocValue, writerOfKey, type JunkKey, type RoomKey } from './roomForms';
import type { ShadowBook } from './shadowBook';
import type { KeyJob, TableDocs, TableState } from './tableDocs';
import { planTable, takeResults, type PlanContext, type VoteSeat } from './tablePlan';

/** A document missing this many (and most) of the records agreed with it is taken as replaced, not edited. */
const REPLACED_MIN_MISSING = 5;

export interface ReconcilerOptions {
  records: RoomRecords;
  tables: TableDocs;
  shadows: ShadowBook;
  plenary: PlenaryWriter;
  reports: RefusalReports;
  stats: RoomBridgeStats;
  store: DeviceStoreContext;
  stopped(): boolean;
  /** The plenary document's list of participants is to be written again. */
  plenaryStale(): void;
  /** Everything is to be reconciled once more (a participant moved to another table). */
  needFull(): void;
}

/** One table to reconcile: every record (`keys` undefined) or just `keys`, against the database's `entries`. */
interface TableItem {
  table: TableState;
  entries: Map<RoomKey, Entry>;
  keys: Set<RoomKey> | undefined;
  junk: JunkKey[];
}

/** The jobs of `RoomBridge`'s queue; what devices changed is checked and stored in one transaction per job. */
export class Reconciler {
  private workshop: RoomWorkshopRecords | undefined;
  private participantsStale = false;
  private partial = false;
  /** Where each vote the bridge has read belongs (its table and key), by its number: for a vote deleted since. */
  private readonly voteSeats = new Map<number, VoteSeat>();
  private readonly plans: PlanContext;
  private readonly placement: PlacementContext;

  constructor(private readonly options: ReconcilerOptions) {
    const { records, tables, shadows, reports } = options;
    this.plans = { shadows, reports, voteSeats: this.voteSeats };
    this.placement = { records, shadows, tables, voteSeats: this.voteSeats };
  }

  /** The workshop's records, once read in full (the head kept up to date since). */
  get data(): RoomWorkshopRecords | undefined {
    return this.workshop;
  }

  /** Only changed records were reconciled since the last full reconcile (one follows when the room is quiet). */
  get partialSinceFull(): boolean {
    return this.partial;
  }

  async full(): Promise<void> {
    const { records, tables, shadows, plenary, stats } = this.options;
    const started = performance.now();
    const data = await records.loadAll();
    if (!data || this.options.stopped()) return;
    let script = 0;
    let mark = performance.now();
    this.workshop = data;
    this.participantsStale = false;
    this.partial = false;
    tables.sync(data.teams.map((team) => team.id));
    if (plenary.ready) this.writePlenaryContent();
    const index = indexRecords(data);
    stats.fullReconciles += 1;
    for (const table of [...tables.values()]) {
      if (!table.synced || table.closed) continue;
      if (table.seedCheck) {
        table.seedCheck = false;
        // A document the server has nothing of is new (or was removed with its room): seeded from the
        // database, whatever shadows say. One with content is never rebuilt: devices may hold offline edits.
        const entries = index.get(table.teamId) ?? new Map<RoomKey, Entry>();
        if (isEmptyDoc(table.opened.doc) || this.replacedDoc(table, entries)) shadows.forget(table.teamId);
        table.ready = true;
      }
      table.pending.clear();
      table.junk.clear();
      script += performance.now() - mark;
      await this.reconcileTables(
        [{ table, entries: index.get(table.teamId) ?? new Map(), keys: undefined, junk: [] }],
        (ms) => (script += ms),
      );
      // A long run (the first seeding of a big workshop) lets the window paint between tables.
      if (performance.now() - mark > 16) await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.options.stopped()) return;
      mark = performance.now();
    }
    script += performance.now() - mark;
    stats.lastFullMs = performance.now() - started;
    stats.lastFullScriptMs = script;
  }

  /**
   * Reconciles the records the host's database changed (`HostChangeSet`) in the tables that hold them
   * now or held them before, and the plenary document if the workshop, its template or teams changed.
   */
  async host(changes: HostChangeSet): Promise<void> {
    const { records, tables, stats } = this.options;
    const data = this.workshop!;
    stats.hostReconciles += 1;
    this.partial = true;
    if (changes.workshop) {
      const head = await records.head();
      if (!head || this.options.stopped()) return;
      const before = new Set(data.teams.map((team) => team.id));
      // A team added or removed opens or closes a document: everything is looked at again.
      if (head.teams.length !== before.size || head.teams.some((team) => !before.has(team.id))) return this.full();
      this.workshop = { ...data, ...head };
      this.writePlenaryContent();
    }
    const byTable = new Map<string, Set<RoomKey>>();
    const add: AddKey = (teamId, key) => {
      if (teamId === undefined) return;
      let keys = byTable.get(teamId);
      if (!keys) byTable.set(teamId, (keys = new Set()));
      keys.add(key);
    };
    await placeRecords(this.placement, changes, add);
    if (changes.participants.size > 0) {
      this.participantsStale = true;
      this.options.plenaryStale();
    }
    // A participant who moved takes their dots along: the votes are looked at again with the people.
    if (changes.participants.size > 0) await addVoteKeys(this.placement, add);
    else if (changes.votes.size > 0) await placeVotes(this.placement, changes.votes, add);
    const jobs = [...byTable].flatMap(([teamId, keys]) => {
      const table = tables.get(teamId);
      return table?.ready && !table.closed ? [{ table, keys, junk: [] }] : [];
    });
    if (jobs.length > 0 && !this.options.stopped()) await this.keys(jobs);
  }

  /** Devices' changes of every table that has some: one read per table, one transaction for all their writes. */
  async keys(jobs: KeyJob[]): Promise<void> {
    const { records, stats } = this.options;
    stats.keyReconciles += 1;
    const loaded = await Promise.all(
      jobs.map(async ({ table, keys, junk }) => ({
        table,
        keys,
        junk,
        entries: keys.size > 0 && !table.closed ? await loadEntries(records, table.teamId, keys) : new Map<RoomKey, Entry>(),
      })),
    );
    await this.reconcileTables(loaded);
  }

  /** Writes the plenary document's content, the participants read again if they changed. */
  async refreshPlenary(): Promise<void> {
    if (!this.workshop) return;
    if (this.participantsStale) {
      this.participantsStale = false;
      this.workshop = { ...this.workshop, participants: await this.options.records.allParticipants() };
    }
    this.writePlenaryContent();
  }

  private writePlenaryContent(): void {
    this.options.plenary.writeContent(this.workshop);
  }

  /** Reconciles tables; what devices changed is checked and stored in one transaction for all of them. */
  private async reconcileTables(items: TableItem[], addScript: (ms: number) => void = () => {}): Promise<void> {
    const { tables, reports, stats, store } = this.options;
    let mark = performance.now();
    const plans = items
      .filter(({ table }) => !table.closed)
      .map((item) => planTable(this.plans, item.table, item.entries, item.keys, item.junk));
    const storing = plans.filter((plan) => plan.toDexie.length > 0);
    if (storing.length > 0) {
      addScript(performance.now() - mark);
      const stored = await storeDeviceChanges(store, storing);
      if (stored.written) {
        stats.dexieWrites += 1;
        if (stored.people) {
          this.participantsStale = true;
          this.options.plenaryStale();
        }
        if (stored.moved) this.options.needFull();
      }
      mark = performance.now();
      storing.forEach((plan, i) => takeResults(this.plans, plan, stored.results[i]!));
    }
    for (const plan of plans) {
      const doc = plan.table.opened.doc;
      for (const entry of plan.junk) reports.report(entry.map, entry.key, 'not a key of a record', writerOfKey(doc, entry));
      tables.write(plan.table, plan.toDoc, plan.junk);
    }
    addScript(performance.now() - mark);
  }

  /**
   * Whether the server's document is not the one the shadows were agreed with (it was removed with its
   * room and a device wrote into the new one before the host was back): most records both sides agreed
   * on, and the database still has, are missing from it. Taken as an edit, that would delete them all.
   */
  private replacedDoc(table: TableState, entries: Map<RoomKey, Entry>): boolean {
    let agreed = 0;
    let missing = 0;
    for (const [key, shadow] of this.options.shadows.table(table.teamId)) {
      const entry = entries.get(key);
      if (!entry || hashText(canonical(entry.fields)) !== shadow.h) continue;
      agreed += 1;
      const { collection, id } = parseRoomKey(key);
      if (!readDocValue(table.opened.doc, collection, id)) missing += 1;
    }
    return missing >= REPLACED_MIN_MISSING && missing * 2 > agreed;
  }
}
