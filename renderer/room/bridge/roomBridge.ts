import * as Y from 'yjs';
import { workshopLimits } from '../../../shared/model/vocabulary';
import { plenaryMap, writePlenary } from '../../../shared/room/plenaryDoc';
import { PLENARY_DOC, tableDocName, type RefusalReport } from '../../../shared/room/protocol';
import {
  deleteRecord,
  deleteScores,
  elementOfScoreKey,
  parseVoteKey,
  scoreFields,
  scoreKey,
  tableMaps,
  writeRecord,
  writeScores,
  writeVote,
  type ScoreField,
} from '../../../shared/room/tableDoc';
import { ChangeWriter, type ChangeSet, type RecordChange } from '../../data/changes';
import type { ActieplaatDatabase, StoredVote } from '../../data/db';
import { RoomRecords, type RoomWorkshopRecords } from '../../data/roomRecords';
import { roomShadowStore, type RoomShadow, type RoomShadowStore } from '../../data/roomShadows';
import { decide } from './decide';
import { DeviceBatch, type WorkshopLimits } from './deviceBatch';
import { collectionNames } from './deviceChanges';
import { HostChanges, type HostChangeSet } from '../../data/hostChanges';
import { plenaryFacilitation, plenaryRecords, type FacilitationSource } from './plenary';
import { indexRecords, loadEntries, voteTarget, type Entry } from './recordIndex';
import {
  canonical,
  hashText,
  isEmptyDoc,
  isVoteKey,
  keyOrder,
  parseRoomKey,
  readDoc,
  readDocValue,
  roomKey,
  sameFields,
  scoreDefaults,
  shadowOf,
  type Collection,
  type DocValue,
  type Fields,
  type JunkKey,
  type RoomKey,
  writerOfKey,
  writersOf,
} from './roomForms';

/** How often the host's clock is stamped into the plenary document while a round timer runs. */
const CLOCK_STAMP_MS = 10_000;

/** One document of the room, opened on the host. */
export interface OpenedDoc {
  doc: Y.Doc;
  /** Resolves once the document holds what the room's server has of it. */
  synced: Promise<void>;
  /** Resolves once every change made to the document so far has reached the server; without it, at once. */
  flushed?(): Promise<void>;
  close(): void;
}

/** Where the bridge gets the room's documents: the Hocuspocus provider in the app, plain Y.Docs in tests. */
export interface DocSource {
  open(name: string): OpenedDoc;
}

export type { RefusalReport };

export interface RoomBridgeOptions {
  db: ActieplaatDatabase;
  workshopId: string;
  docs: DocSource;
  /** A record a device sent was not stored (shown to the facilitator). */
  reportRefusal(report: RefusalReport): void;
  /** The clock for the workshop's "last edited" stamp of the bridge's writes. */
  now?: () => string;
  /** The facilitator's focus, timer and voting round (for the plenary document, and the dots' budget). */
  facilitation?: FacilitationSource;
  shadows?: RoomShadowStore;
  /** The workshop's limits (`workshopLimits`), lower in tests. */
  limits?: Partial<WorkshopLimits>;
  /** How long a device's changes gather before they are stored together; 40 ms. */
  batchDelayMs?: number;
  /** How long the room is quiet after partial reconciles before everything is reconciled once more; 15 s. */
  idleFullMs?: number;
  /** How often the host's clock is stamped again while a round timer runs (tests shorten it). */
  clockStampMs?: number;
  onState?(state: RoomBridgeState): void;
}

export interface RoomBridgeState {
  /** `starting` until every document has been synced and reconciled once; `live` after. */
  phase: 'starting' | 'live' | 'stopped';
  /** Reconciling now ("bijwerken…"). */
  busy: boolean;
  /** The last reconcile failed (it is tried again); cleared by the next one that succeeds. */
  error?: string;
}

export interface RoomBridgeStats {
  fullReconciles: number;
  /** Reconciles of just the records the host's database changed. */
  hostReconciles: number;
  keyReconciles: number;
  /** Transactions written to the database. */
  dexieWrites: number;
  /** Yjs transactions that changed a table document. */
  docWrites: number;
  refusals: number;
  /** The last full reconcile: in all, and of that the part spent outside the database. */
  lastFullMs: number;
  lastFullScriptMs: number;
}

/** A device's change of one record, and the database's record (canonical) it was decided against. */
type DeviceChange = { key: RoomKey; value: Fields | undefined; current: string | undefined };

/** One table's reconcile, decided: what goes to its document, and the devices' changes to store. */
interface TablePlan {
  table: TableState;
  values: Map<RoomKey, DocValue>;
  toDoc: Map<RoomKey, Fields | undefined>;
  toDexie: DeviceChange[];
  junk: JunkKey[];
}

type DeviceResult =
  | { kind: 'skipped' }
  | { kind: 'refused'; problem: string; collection: string; id: string; current: Fields | undefined }
  | { kind: 'stored'; stored: Fields | undefined };

interface TableState {
  teamId: string;
  opened: OpenedDoc;
  synced: boolean;
  /** Synced and reconciled (or seeded) once: device changes are reconciled as they come. */
  ready: boolean;
  /** Seed it from the database on the first reconcile if the server's document is empty. */
  seedCheck: boolean;
  /** Records devices changed since they were last reconciled. */
  pending: Set<RoomKey>;
  junk: Map<string, JunkKey>;
  unobserve: () => void;
  /** Document writes up to this number have reached the server. */
  flushedSeq: number;
  closed: boolean;
}

/** After reconciling just what changed, the whole workshop is reconciled once the room has been quiet this long. */
const IDLE_FULL_MS = 15_000;
/** A document missing this many (and most) of the records agreed with it is taken as replaced, not edited. */
const REPLACED_MIN_MISSING = 5;
const REPORT_REPEAT_MS = 5000;

/**
 * The live room's bridge on the host (ROOM.md, "The host keeps the truth durable"): turns the table
 * documents' changes into database records and the database's changes into document changes, and
 * writes the plenary document.
 *
 * For every record of a table it compares the database's room form (D), the document's (Y) and the
 * last value both agreed on, its persisted shadow (S): D == Y agrees; Y == S means the host changed it
 * (D goes into the document); D == S means a device did (Y is checked and stored through
 * `ChangeWriter.perform`, never the command manager, so no participant's edit is a host undo step); both
 * changed merges field by field (the later edit wins a field both changed; a deletion wins over an
 * edit). All work runs through one serial queue: a reconcile of the records the database changed
 * whenever it changed (`HostChanges`: Dexie names them), a reconcile of just the changed keys whenever a
 * device changed a document, and a full reconcile at the start, when a document synced, after a failure,
 * when the database changed more than it names, and once the room is quiet after partial ones.
 */
export class RoomBridge {
  readonly stats: RoomBridgeStats = {
    fullReconciles: 0,
    hostReconciles: 0,
    keyReconciles: 0,
    dexieWrites: 0,
    docWrites: 0,
    refusals: 0,
    lastFullMs: 0,
    lastFullScriptMs: 0,
  };

  private readonly db: ActieplaatDatabase;
  private readonly workshopId: string;
  private readonly records: RoomRecords;
  private readonly writer: ChangeWriter;
  private readonly shadowStore: RoomShadowStore;
  private readonly limits: WorkshopLimits;
  private readonly batchDelayMs: number;
  /** The origin of the bridge's own document transactions, which its observers pass over. */
  private readonly origin = { roomBridge: true };

  private readonly tables = new Map<string, TableState>();
  private readonly shadows = new Map<string, Map<RoomKey, RoomShadow>>();
  /** The room form each shadow was made of, once known: a steady record is compared with it, not hashed again. */
  private readonly agreedFields = new Map<string, Map<RoomKey, Fields>>();
  /** Shadows to persist: the document write they wait for (0: none). */
  private readonly dirty = new Map<string, { teamId: string; key: RoomKey; seq: number }>();
  private docSeq = 0;
  private plenary: OpenedDoc | undefined;
  private plenaryReady = false;
  private unobservePlenary: (() => void) | undefined;
  private lastFacilitation = '';

  private data: RoomWorkshopRecords | undefined;
  private lastStampMs = 0;

  private hostChanges: HostChanges | undefined;
  /** The database changed: the records it names are reconciled (`hostChanges`). */
  private hostPending = false;
  /** Everything is reconciled: at the start, when a document has synced, after a failure. */
  private fullPending = false;
  /** Only changed records were reconciled since the last full reconcile (one follows when the room is quiet). */
  private partialSinceFull = false;
  private idleFull: ReturnType<typeof setTimeout> | undefined;
  /** Devices' key reconciles run since the last full one (see `nextJob`). */
  private keyJobsSinceFull = 0;
  private plenaryPending = false;
  private participantsStale = false;
  private running: Promise<void> | undefined;
  private looping = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerDue = 0;
  private failures = 0;
  private retryDelay: number | undefined;
  private persisting: Promise<void> = Promise.resolve();
  private started = false;
  private stopped = false;
  private stopping: Promise<void> | undefined;
  private unfacilitation: (() => void) | undefined;
  private clockStamp: ReturnType<typeof setInterval> | undefined;
  private readonly recentReports = new Map<string, number>();
  /** Where each vote the bridge has read belongs (its table and key), by its number: for a vote deleted since. */
  private readonly voteSeats = new Map<number, { teamId: string; key: RoomKey }>();
  private currentState: RoomBridgeState = { phase: 'starting', busy: false };

  constructor(private readonly options: RoomBridgeOptions) {
    this.db = options.db;
    this.workshopId = options.workshopId;
    this.records = new RoomRecords(options.db, options.workshopId);
    this.writer = new ChangeWriter(options.db, () => this.stamp());
    this.shadowStore = options.shadows ?? roomShadowStore;
    this.limits = { ...workshopLimits, ...options.limits };
    this.batchDelayMs = options.batchDelayMs ?? 40;
  }

  get state(): RoomBridgeState {
    return this.currentState;
  }

  /** Loads the shadows, opens the documents and starts following both sides. */
  async start(): Promise<void> {
    if (this.started) throw new Error('a room bridge starts once');
    this.started = true;
    this.publish();
    const stored = await this.shadowStore.load(this.workshopId);
    for (const [storeKey, shadow] of stored) {
      const [teamId, key] = parseStoreKey(storeKey) ?? [];
      if (teamId !== undefined && key !== undefined) this.shadowTable(teamId).set(key, shadow);
    }
    if (this.stopped) return;

    const plenary = (this.plenary = this.options.docs.open(PLENARY_DOC));
    const map = plenaryMap(plenary.doc);
    const onPlenary = (_event: unknown, transaction: Y.Transaction) => {
      // Only the host writes the plenary document: anything else is put back.
      if (transaction.origin === this.origin) return;
      this.lastFacilitation = '';
      this.plenaryPending = true;
      this.kick();
    };
    map.observe(onPlenary);
    this.unobservePlenary = () => map.unobserve(onPlenary);
    plenary.synced.then(
      () => {
        if (this.stopped) return;
        this.plenaryReady = true;
        this.plenaryPending = true;
        this.kick();
      },
      (error: unknown) => this.fail(error),
    );

    this.hostChanges = new HostChanges(this.db.name, () => {
      this.hostPending = true;
      this.kick();
    });
    this.fullPending = true;
    this.kick();
    this.unfacilitation = this.options.facilitation?.subscribe(() => this.writeFacilitation());
    // While a round timer runs, the host's clock is stamped again now and then, so that a phone that
    // joins mid-round measures how far its own clock is off within a few seconds, not at the next change.
    this.clockStamp = setInterval(() => {
      if (this.options.facilitation?.get().timer.startedAt != null) this.writeFacilitation(true);
    }, this.options.clockStampMs ?? CLOCK_STAMP_MS);
  }

  /** Stops following, finishes the work under way, keeps the shadows and closes the documents. */
  stop(): Promise<void> {
    if (this.stopping) return this.stopping;
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.idleFull);
    this.timer = undefined;
    this.hostChanges?.stop();
    this.unfacilitation?.();
    clearInterval(this.clockStamp);
    this.stopping = (async () => {
      await this.running;
      await this.waitForFlush(1000);
      this.persistSoon();
      await this.persisting;
      for (const table of [...this.tables.values()]) this.closeTable(table);
      this.unobservePlenary?.();
      this.plenary?.close();
      this.currentState = { phase: 'stopped', busy: false };
      this.publish();
    })();
    return this.stopping;
  }

  /** Resolves once nothing is queued, under way or waiting to be persisted. */
  async whenIdle(): Promise<void> {
    for (;;) {
      await this.running;
      await this.persisting;
      if (this.stopped || (!this.looping && !this.timer && !this.hasWork())) return;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, this.timerDue - Date.now())));
    }
  }

  // --- Triggers -----------------------------------------------------------------------------------------

  /** The workshop's "last edited" stamp for the bridge's own writes: never one another writer makes. */
  private stamp(): string {
    const base = Date.parse(this.options.now?.() ?? new Date().toISOString());
    const ms = Math.max(Number.isFinite(base) ? base : Date.now(), this.lastStampMs + 1);
    this.lastStampMs = ms;
    // Every other writer stamps in UTC with `Z`; the same moment written `+00:00` is still a valid,
    // sortable ISO 8601 stamp that can never equal theirs: a stamp the room wrote stays recognisable.
    // (The bridge no longer tells its own writes by the stamp: `HostChanges.expectOwn` does.)
    return new Date(ms).toISOString().replace(/Z$/, '+00:00');
  }

  private hasWork(): boolean {
    if (this.fullPending || this.hostPending) return true;
    if (this.plenaryPending && this.plenaryReady && this.data) return true;
    for (const table of this.tables.values()) if (table.ready && (table.pending.size > 0 || table.junk.size > 0)) return true;
    return false;
  }

  private kick(delay = 0): void {
    if (this.stopped || this.looping) return;
    clearTimeout(this.idleFull);
    const due = Date.now() + delay;
    if (this.timer !== undefined && this.timerDue <= due) return;
    clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, delay);
  }

  private run(): void {
    if (this.looping || this.stopped) return;
    this.looping = true;
    this.publish(true);
    this.running = this.loop().finally(() => {
      this.looping = false;
      this.running = undefined;
      this.persistSoon();
      this.updatePhase();
      this.publish(false);
      // Work that came in as the loop ended, or the attempt again after a failure.
      const delay = this.retryDelay ?? 0;
      this.retryDelay = undefined;
      if (this.hasWork()) this.kick(delay);
      else this.armIdleFull();
    });
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const job = this.nextJob();
      if (!job) return;
      try {
        await job();
        this.failures = 0;
        if (this.currentState.error) this.currentState = { ...this.currentState, error: undefined };
      } catch (error) {
        this.retryAfter(error);
        return;
      }
    }
  }

  /**
   * Devices' changes first, every table's at once: they are small and read the database afresh for
   * their keys, while a full reconcile reads the whole workshop; a facilitator typing or scoring asks
   * for one at every save, so put first it would keep the phones' edits waiting as long as the host
   * kept editing. The host's side still comes after each round of devices' changes, however busy the phones are.
   */
  private nextJob(): (() => Promise<void>) | undefined {
    const hostWork = this.fullPending || this.hostPending;
    if (hostWork && this.keyJobsSinceFull >= 1) return this.hostJob();
    const jobs: { table: TableState; keys: Set<RoomKey>; junk: JunkKey[] }[] = [];
    for (const table of this.tables.values()) {
      if (!table.ready || (table.pending.size === 0 && table.junk.size === 0)) continue;
      jobs.push({ table, keys: table.pending, junk: [...table.junk.values()] });
      table.pending = new Set();
      table.junk.clear();
    }
    if (jobs.length > 0) {
      this.keyJobsSinceFull += 1;
      return () => this.reconcileKeys(jobs);
    }
    if (hostWork) return this.hostJob();
    if (this.plenaryPending && this.plenaryReady && this.data) {
      this.plenaryPending = false;
      return () => this.refreshPlenary();
    }
    return undefined;
  }

  /** The host's side: just the records the database changed, or everything when that is not known. */
  private hostJob(): () => Promise<void> {
    const full = this.fullPending || !this.data;
    this.fullPending = false;
    this.hostPending = false;
    this.keyJobsSinceFull = 0;
    const changes = this.hostChanges?.take();
    if (full || !changes || changes.all) return () => this.fullReconcile();
    return () => this.hostReconcile(changes);
  }

  /** Once the room has been quiet a while after partial reconciles, everything is reconciled once more. */
  private armIdleFull(): void {
    clearTimeout(this.idleFull);
    if (!this.partialSinceFull || this.stopped) return;
    this.idleFull = setTimeout(() => {
      this.fullPending = true;
      this.kick();
    }, this.options.idleFullMs ?? IDLE_FULL_MS);
  }

  private retryAfter(error: unknown): void {
    console.error('room bridge:', error);
    this.failures += 1;
    this.currentState = { ...this.currentState, error: error instanceof Error ? error.message : String(error) };
    this.fullPending = true;
    this.retryDelay = Math.min(30_000, 500 * 2 ** Math.min(this.failures, 6));
  }

  private fail(error: unknown): void {
    console.error('room bridge:', error);
    this.currentState = { ...this.currentState, error: error instanceof Error ? error.message : String(error) };
    this.publish();
  }

  private publish(busy = this.currentState.busy): void {
    this.currentState = { ...this.currentState, busy };
    this.options.onState?.(this.currentState);
  }

  private updatePhase(): void {
    if (this.stopped || this.currentState.phase !== 'starting') return;
    const tables = [...this.tables.values()];
    if (this.plenaryReady && this.data && tables.every((table) => table.ready)) this.currentState = { ...this.currentState, phase: 'live' };
  }

  // --- Tables -------------------------------------------------------------------------------------------

  private shadowTable(teamId: string): Map<RoomKey, RoomShadow> {
    let table = this.shadows.get(teamId);
    if (!table) this.shadows.set(teamId, (table = new Map()));
    return table;
  }

  private syncTeams(teamIds: readonly string[]): void {
    const wanted = new Set(teamIds);
    for (const teamId of wanted) if (!this.tables.has(teamId)) this.openTable(teamId);
    for (const table of [...this.tables.values()]) if (!wanted.has(table.teamId)) this.closeTable(table);
  }

  private openTable(teamId: string): void {
    const opened = this.options.docs.open(tableDocName(teamId));
    const table: TableState = {
      teamId,
      opened,
      synced: false,
      ready: false,
      seedCheck: true,
      pending: new Set(),
      junk: new Map(),
      unobserve: () => {},
      flushedSeq: 0,
      closed: false,
    };
    const maps = tableMaps(opened.doc);
    const unobservers = (Object.keys(maps) as Collection[]).map((collection) => {
      const map = maps[collection] as Y.Map<unknown>;
      const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
        if (transaction.origin === this.origin || table.closed) return;
        for (const event of events) {
          if (event.target === map) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) this.noteChange(table, collection, key);
          else if (typeof event.path[0] === 'string') this.noteChange(table, collection, event.path[0]);
        }
        if (table.ready) this.kick(this.batchDelayMs);
      };
      map.observeDeep(handler);
      return () => map.unobserveDeep(handler);
    });
    table.unobserve = () => unobservers.forEach((unobserve) => unobserve());
    this.tables.set(teamId, table);
    opened.synced.then(
      () => {
        if (table.closed || this.stopped) return;
        table.synced = true;
        this.fullPending = true;
        this.kick();
      },
      (error: unknown) => this.fail(error),
    );
  }

  private noteChange(table: TableState, collection: Collection, key: string): void {
    if (collection === 'scores') {
      const elementId = elementOfScoreKey(key);
      if (elementId === null) table.junk.set(`scores\u0000${key}`, { map: 'scores', key });
      else table.pending.add(roomKey('scores', elementId));
    } else if (collection === 'votes') {
      if (isVoteKey(key)) table.pending.add(roomKey('votes', key));
      else table.junk.set(`votes\u0000${key}`, { map: 'votes', key });
    } else table.pending.add(roomKey(collection, key));
  }

  /** A team that is gone: its document is closed (its shadows stay, for an undo that brings the team back). */
  private closeTable(table: TableState): void {
    table.closed = true;
    table.unobserve();
    table.opened.close();
    this.tables.delete(table.teamId);
    for (const [storeKey, dirty] of this.dirty) {
      // Written into a document that may not have reached the server: not kept.
      if (dirty.teamId === table.teamId && dirty.seq > table.flushedSeq) this.dirty.delete(storeKey);
    }
  }

  // --- Reconciling --------------------------------------------------------------------------------------

  private async fullReconcile(): Promise<void> {
    const started = performance.now();
    const data = await this.records.loadAll();
    if (!data || this.stopped) return;
    let script = 0;
    let mark = performance.now();
    this.data = data;
    this.participantsStale = false;
    this.partialSinceFull = false;
    this.syncTeams(data.teams.map((team) => team.id));
    if (this.plenaryReady) this.writePlenaryContent();
    const index = indexRecords(data);
    this.stats.fullReconciles += 1;
    for (const table of [...this.tables.values()]) {
      if (!table.synced || table.closed) continue;
      if (table.seedCheck) {
        table.seedCheck = false;
        // A document the server has nothing of is new (or was removed with its room): seeded from the
        // database, whatever shadows say. One with content is never rebuilt: devices may hold offline edits.
        const entries = index.get(table.teamId) ?? new Map<RoomKey, Entry>();
        if (isEmptyDoc(table.opened.doc) || this.replacedDoc(table, entries)) this.forgetShadows(table.teamId);
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
      if (this.stopped) return;
      mark = performance.now();
    }
    script += performance.now() - mark;
    this.stats.lastFullMs = performance.now() - started;
    this.stats.lastFullScriptMs = script;
  }

  /**
   * Reconciles the records the host's database changed (`HostChangeSet`) in the tables that hold them
   * now or held them before, and the plenary document if the workshop, its template or teams changed.
   */
  private async hostReconcile(changes: HostChangeSet): Promise<void> {
    const data = this.data!;
    this.stats.hostReconciles += 1;
    this.partialSinceFull = true;
    if (changes.workshop) {
      const head = await this.records.head();
      if (!head || this.stopped) return;
      const before = new Set(data.teams.map((team) => team.id));
      // A team added or removed opens or closes a document: everything is looked at again.
      if (head.teams.length !== before.size || head.teams.some((team) => !before.has(team.id))) return this.fullReconcile();
      this.data = { ...data, ...head };
      this.writePlenaryContent();
    }
    const byTable = new Map<string, Set<RoomKey>>();
    const add = (teamId: string | undefined, key: RoomKey) => {
      if (teamId === undefined) return;
      let keys = byTable.get(teamId);
      if (!keys) byTable.set(teamId, (keys = new Set()));
      keys.add(key);
    };
    // Where a record was before (moved to another table, or deleted): the tables whose shadows hold it.
    const holders = (key: RoomKey) => {
      for (const [teamId, shadows] of this.shadows) if (shadows.has(key)) add(teamId, key);
    };
    const place = async (collection: 'notes' | 'actions' | 'participants', ids: Set<string>) => {
      if (ids.size === 0) return;
      const rows: ({ workshopId: string; teamId?: string } | undefined)[] = await this.records[collection]([...ids]);
      [...ids].forEach((id, i) => {
        const key = roomKey(collection === 'participants' ? 'people' : collection, id);
        const row = rows[i];
        if (row?.workshopId === this.workshopId) add(row.teamId, key);
        holders(key);
      });
    };
    await Promise.all([place('notes', changes.notes), place('actions', changes.actions), place('participants', changes.participants)]);
    for (const [teamId, elementId] of changes.assessments) add(teamId, roomKey('scores', elementId));
    if (changes.participants.size > 0) {
      this.participantsStale = true;
      this.plenaryPending = true;
    }
    // A participant who moved takes their dots along: the votes are looked at again with the people.
    if (changes.participants.size > 0) await this.addVoteKeys(add);
    else if (changes.votes.size > 0) await this.placeVotes(changes.votes, add);
    const jobs = [...byTable].flatMap(([teamId, keys]) => {
      const table = this.tables.get(teamId);
      return table?.ready && !table.closed ? [{ table, keys, junk: [] }] : [];
    });
    if (jobs.length > 0 && !this.stopped) await this.reconcileKeys(jobs);
  }

  /**
   * The vote keys of the votes with these numbers: where the database has them now, and where they were
   * when last read (`voteSeats`); every vote key when a vote is gone that the bridge never read.
   */
  private async placeVotes(seqs: Set<number>, add: (teamId: string | undefined, key: RoomKey) => void): Promise<void> {
    const numbers = [...seqs];
    const rows = await this.records.votesBySeq(numbers);
    const mine = rows.filter((row): row is StoredVote => row?.workshopId === this.workshopId);
    const unseated = [
      ...new Set(mine.flatMap((vote) => (vote.participantId !== undefined && vote.teamId === undefined ? [vote.participantId] : []))),
    ];
    const people = unseated.length > 0 ? await this.records.participants(unseated) : [];
    const teams = new Map(people.flatMap((person) => (person ? [[person.id, person.teamId] as const] : [])));
    for (const vote of mine) {
      const target = voteTarget(vote, (id) => teams.get(id));
      if (target) add(target.teamId, roomKey('votes', target.key));
    }
    let unknown = false;
    numbers.forEach((seq, i) => {
      const seat = this.voteSeats.get(seq);
      if (seat) add(seat.teamId, seat.key);
      else if (!rows[i]) unknown = true;
    });
    if (unknown) await this.addVoteKeys(add);
  }

  /** Every vote key of every table: the database's, the documents' and the shadows'. */
  private async addVoteKeys(add: (teamId: string | undefined, key: RoomKey) => void): Promise<void> {
    const [votes, people] = await Promise.all([this.records.votes(), this.records.allParticipants()]);
    const teams = new Map(people.map((person) => [person.id, person.teamId]));
    for (const vote of votes) {
      const target = voteTarget(vote, (id) => teams.get(id));
      if (target) add(target.teamId, roomKey('votes', target.key));
    }
    for (const [teamId, shadows] of this.shadows) for (const key of shadows.keys()) if (key.startsWith('v:')) add(teamId, key);
    for (const table of this.tables.values()) {
      for (const key of tableMaps(table.opened.doc).votes.keys()) if (isVoteKey(key)) add(table.teamId, roomKey('votes', key));
    }
  }

  /**
   * Whether the server's document is not the one the shadows were agreed with (it was removed with its
   * room and a device wrote into the new one before the host was back): most records both sides agreed
   * on, and the database still has, are missing from it. Taken as an edit, that would delete them all.
   */
  private replacedDoc(table: TableState, entries: Map<RoomKey, Entry>): boolean {
    let agreed = 0;
    let missing = 0;
    for (const [key, shadow] of this.shadowTable(table.teamId)) {
      const entry = entries.get(key);
      if (!entry || hashText(canonical(entry.fields)) !== shadow.h) continue;
      agreed += 1;
      const { collection, id } = parseRoomKey(key);
      if (!readDocValue(table.opened.doc, collection, id)) missing += 1;
    }
    return missing >= REPLACED_MIN_MISSING && missing * 2 > agreed;
  }

  /** Devices' changes of every table that has some: one read per table, one transaction for all their writes. */
  private async reconcileKeys(jobs: { table: TableState; keys: Set<RoomKey>; junk: JunkKey[] }[]): Promise<void> {
    this.stats.keyReconciles += 1;
    const loaded = await Promise.all(
      jobs.map(async ({ table, keys, junk }) => ({
        table,
        keys,
        junk,
        entries: keys.size > 0 && !table.closed ? await loadEntries(this.records, table.teamId, keys) : new Map<RoomKey, Entry>(),
      })),
    );
    await this.reconcileTables(loaded);
  }

  /**
   * Reconciles tables: each one's every record (`keys` undefined: what the database, the document and
   * the shadows hold) or just `keys`, against the database's `entries` for them. What devices changed
   * is checked and stored in one transaction for all of them.
   */
  private async reconcileTables(
    items: { table: TableState; entries: Map<RoomKey, Entry>; keys: Set<RoomKey> | undefined; junk: JunkKey[] }[],
    addScript: (ms: number) => void = () => {},
  ): Promise<void> {
    let mark = performance.now();
    const plans = items.filter(({ table }) => !table.closed).map((item) => this.planTable(item.table, item.entries, item.keys, item.junk));
    const storing = plans.filter((plan) => plan.toDexie.length > 0);
    if (storing.length > 0) {
      addScript(performance.now() - mark);
      const results = await this.storeDeviceChanges(storing);
      mark = performance.now();
      storing.forEach((plan, i) => this.takeResults(plan, results[i]!));
    }
    for (const plan of plans) {
      const doc = plan.table.opened.doc;
      for (const entry of plan.junk) this.report(entry.map, entry.key, 'not a key of a record', writerOfKey(doc, entry));
      this.writeDoc(plan.table, plan.toDoc, plan.junk);
    }
    addScript(performance.now() - mark);
  }

  /** Decides each record of one table: agreed, written to the document, or a device's change to store. */
  private planTable(table: TableState, entries: Map<RoomKey, Entry>, keys: Set<RoomKey> | undefined, junk: JunkKey[]): TablePlan {
    const doc = table.opened.doc;
    for (const [key, entry] of entries) {
      if (!key.startsWith('v:')) continue;
      for (const vote of entry.records as StoredVote[])
        if (vote.seq !== undefined) this.voteSeats.set(vote.seq, { teamId: table.teamId, key });
    }
    let values: Map<RoomKey, DocValue>;
    if (keys) {
      values = new Map();
      for (const key of keys) {
        const { collection, id } = parseRoomKey(key);
        const value = readDocValue(doc, collection, id);
        if (value) values.set(key, value);
      }
    } else {
      const read = readDoc(doc);
      values = read.values;
      junk = read.junk;
    }
    const shadows = this.shadowTable(table.teamId);
    const all = keys ? [...keys] : [...new Set([...entries.keys(), ...values.keys(), ...shadows.keys()])];
    all.sort(keyOrder);

    const toDoc = new Map<RoomKey, Fields | undefined>();
    const toDexie: DeviceChange[] = [];
    for (const key of all) {
      const d = entries.get(key)?.fields;
      const y = values.get(key);
      if (y && !y.extra && !y.problem && d && sameFields(d, y.fields)) {
        this.agree(table, key, d);
        continue;
      }
      if (!y && !d) {
        this.setShadow(table, key, undefined, 0);
        continue;
      }
      const dText = d && canonical(d);
      const yText = y && canonical(y.fields);
      const decision = decide(d, y, shadows.get(key), dText, yText);
      switch (decision.kind) {
        case 'agree':
          if (d) this.agree(table, key, d, dText);
          else this.setShadow(table, key, undefined, 0);
          break;
        case 'clean':
        case 'toDoc':
          toDoc.set(key, d);
          break;
        case 'refuse': {
          const { collection, id } = parseRoomKey(key);
          this.report(collectionNames[collection], id, decision.problem, writersOf(doc, key, d));
          toDoc.set(key, d);
          break;
        }
        case 'toDexie':
          toDexie.push({ key, value: decision.value, current: dText });
          break;
      }
    }
    return { table, values, toDoc, toDexie, junk };
  }

  /** What became of a table's stored changes: agreed with the document, or written back to it. */
  private takeResults(plan: TablePlan, results: DeviceResult[]): void {
    const { table, values, toDoc } = plan;
    const doc = table.opened.doc;
    plan.toDexie.forEach(({ key }, i) => {
      const result = results[i]!;
      if (result.kind === 'skipped') return;
      if (result.kind === 'refused') {
        this.report(result.collection, result.id, result.problem, writersOf(doc, key, result.current));
        toDoc.set(key, result.current);
        return;
      }
      const y = values.get(key);
      const agreed = result.stored;
      const docHasIt = agreed === undefined ? y === undefined : y !== undefined && !y.extra && canonical(y.fields) === canonical(agreed);
      if (docHasIt) this.setShadow(table, key, agreed, 0);
      else toDoc.set(key, agreed);
    });
  }

  /**
   * Checks and stores devices' changes of these tables in one transaction (a phone's edit costs the
   * host's database one write however many tables sent one at once); per table one result per change, in order.
   */
  private async storeDeviceChanges(plans: TablePlan[]): Promise<DeviceResult[][]> {
    const results = plans.map(() => [] as DeviceResult[]);
    let currentEntries = plans.map(() => new Map<RoomKey, Entry>());
    let people = false;
    let moved = false;
    const orders = plans.map((plan) =>
      plan.toDexie
        .map((change, index) => ({ change, index }))
        .sort((a, b) => keyOrder(a.change.key, b.change.key) || dotsDelta(a.change) - dotsDelta(b.change)),
    );
    let written: ChangeSet;
    try {
      written = await this.writer.perform(this.workshopId, async () => {
        for (const list of results) list.length = 0;
        people = false;
        moved = false;
        currentEntries = await Promise.all(
          plans.map((plan) =>
            loadEntries(
              this.records,
              plan.table.teamId,
              plan.toDexie.map((change) => change.key),
            ),
          ),
        );
        const batch = new DeviceBatch(this.records, this.limits, this.options.facilitation?.get().voting ?? null);
        const recordChanges: RecordChange[] = [];
        for (const [p, plan] of plans.entries()) {
          const builder = batch.table(plan.table.teamId);
          for (const { change, index } of orders[p]!) {
            const entry = currentEntries[p]!.get(change.key);
            if ((entry && canonical(entry.fields)) !== change.current) {
              // The host changed it since it was read: decided again with what it has now.
              results[p]![index] = { kind: 'skipped' };
              plan.table.pending.add(change.key);
              continue;
            }
            const outcome = await builder.build(change.key, change.value, entry);
            if (outcome.kind === 'refused') {
              results[p]![index] = { ...outcome, current: entry?.fields };
              continue;
            }
            recordChanges.push(...outcome.changes);
            if (change.key.startsWith('p:') && outcome.changes.length > 0) {
              people = true;
              // A participant who was at another table leaves its document (and their dots may follow them).
              if (outcome.changes.some((record) => record.before && (record.before as { teamId?: string }).teamId !== undefined))
                moved = true;
            }
            results[p]![index] = { kind: 'stored', stored: outcome.stored };
          }
        }
        // The write's own event names nothing the host changed (hostChanges.ts).
        this.hostChanges?.expectOwn(
          recordChanges.length > 0
            ? [...recordChanges.map((change) => [change.table, change.key] as const), ['workshops', this.workshopId]]
            : undefined,
        );
        return recordChanges;
      });
    } finally {
      this.hostChanges?.expectOwn(undefined);
    }
    if (written.length > 0) {
      this.stats.dexieWrites += 1;
      if (people) {
        this.participantsStale = true;
        this.plenaryPending = true;
      }
      if (moved) this.fullPending = true;
    } else {
      // Nothing written (nothing but stamps would have changed): the database keeps what it has.
      plans.forEach((plan, p) =>
        plan.toDexie.forEach(({ key }, i) => {
          if (results[p]![i]?.kind === 'stored') results[p]![i] = { kind: 'stored', stored: currentEntries[p]!.get(key)?.fields };
        }),
      );
    }
    return results;
  }

  // --- Writing documents --------------------------------------------------------------------------------

  private writeDoc(table: TableState, values: Map<RoomKey, Fields | undefined>, junk: JunkKey[]): void {
    if (table.closed || (values.size === 0 && junk.length === 0)) return;
    const doc = table.opened.doc;
    const maps = tableMaps(doc);
    const written: [RoomKey, Fields | undefined][] = [];
    let changed = false;
    doc.transact((transaction) => {
      for (const [key, value] of values) {
        // A device changed it again meanwhile: decided again with that change, not written over it.
        if (table.pending.has(key)) continue;
        this.writeRecordToDoc(doc, key, value);
        written.push([key, value]);
      }
      for (const { map, key } of junk) if (maps[map].has(key)) maps[map].delete(key);
      changed = transaction.changed.size > 0;
    }, this.origin);
    const seq = ++this.docSeq;
    for (const [key, value] of written) this.setShadow(table, key, value, seq);
    if (changed) this.stats.docWrites += 1;
    const flushed = table.opened.flushed;
    if (!flushed) table.flushedSeq = seq;
    else
      flushed.call(table.opened).then(
        () => {
          table.flushedSeq = Math.max(table.flushedSeq, seq);
          this.persistSoon();
        },
        () => {},
      );
  }

  private writeRecordToDoc(doc: Y.Doc, key: RoomKey, value: Fields | undefined): void {
    const { collection, id } = parseRoomKey(key);
    const maps = tableMaps(doc);
    switch (collection) {
      case 'notes':
      case 'actions':
      case 'people': {
        if (!value) return deleteRecord(doc, collection, id, this.origin);
        writeRecord(doc, collection, { id, ...value }, this.origin);
        // `writeRecord` keeps keys an object has by inheritance (`constructor`, `__proto__`): gone here.
        const entry = maps[collection].get(id);
        if (entry instanceof Y.Map) for (const field of [...entry.keys()]) if (!Object.hasOwn(value, field)) entry.delete(field);
        return;
      }
      case 'scores': {
        if (!value) return deleteScores(doc, id, this.origin);
        const patch: Partial<Record<ScoreField, unknown>> = {};
        for (const field of scoreFields) {
          const present = maps.scores.has(scoreKey(field, id));
          if (!Object.hasOwn(value, field)) {
            if (present) patch[field] = undefined;
          } else if (present || canonical(value[field]) !== canonical(scoreDefaults[field])) {
            // A field the document leaves out reads as its default: not written, so as not to race a phone setting it.
            patch[field] = value[field];
          }
        }
        return writeScores(doc, id, patch, this.origin);
      }
      case 'votes': {
        const parts = parseVoteKey(id);
        if (!parts) return;
        if (!value && maps.votes.has(id)) maps.votes.delete(id);
        else if (value) writeVote(doc, { ...parts, dots: value['dots'] as number }, this.origin);
        return;
      }
    }
  }

  // --- The plenary document -----------------------------------------------------------------------------

  private async refreshPlenary(): Promise<void> {
    if (!this.data) return;
    if (this.participantsStale) {
      this.participantsStale = false;
      this.data = { ...this.data, participants: await this.records.allParticipants() };
    }
    this.writePlenaryContent();
  }

  private writePlenaryContent(): void {
    if (!this.plenary || !this.plenaryReady || !this.data) return;
    const { data } = this;
    writePlenary(this.plenary.doc, plenaryRecords(data), this.origin);
    this.writeFacilitation();
  }

  /** Writes where the facilitator is when it changed (or, `restamp`, to give the phones the host's clock again). */
  private writeFacilitation(restamp = false): void {
    if (!this.plenary || !this.plenaryReady || !this.data || this.stopped) return;
    const facilitation = plenaryFacilitation(this.data.workshop, this.options.facilitation?.get(), Date.now());
    const signature = canonical({ ...facilitation, hostNow: 0 });
    if (signature === this.lastFacilitation && !restamp) return;
    this.lastFacilitation = signature;
    writePlenary(this.plenary.doc, { facilitation }, this.origin);
  }

  // --- Shadows ------------------------------------------------------------------------------------------

  /** Both sides hold `fields`: the shadow follows, unless it has it already. */
  private agree(table: TableState, key: RoomKey, fields: Fields, text?: string): void {
    const agreed = this.agreedTable(table.teamId);
    const known = agreed.get(key);
    if (known && sameFields(known, fields)) return;
    text ??= canonical(fields);
    if (this.shadowTable(table.teamId).get(key)?.h === hashText(text)) agreed.set(key, fields);
    else this.setShadow(table, key, fields, 0, text);
  }

  private agreedTable(teamId: string): Map<RoomKey, Fields> {
    let table = this.agreedFields.get(teamId);
    if (!table) this.agreedFields.set(teamId, (table = new Map()));
    return table;
  }

  /** Sets a record's shadow; `seq` is the document write it waits for before it is persisted (0: none). */
  private setShadow(table: TableState, key: RoomKey, fields: Fields | undefined, seq: number, text = fields && canonical(fields)): void {
    const shadows = this.shadowTable(table.teamId);
    const agreed = this.agreedTable(table.teamId);
    const previous = shadows.get(key);
    if (fields === undefined || text === undefined) {
      agreed.delete(key);
      if (!previous) return;
      shadows.delete(key);
    } else {
      agreed.set(key, fields);
      const shadow = shadowOf(fields, text);
      if (previous?.h === shadow.h) return;
      shadows.set(key, shadow);
    }
    const storeKey = JSON.stringify([table.teamId, key]);
    this.dirty.set(storeKey, { teamId: table.teamId, key, seq: Math.max(this.dirty.get(storeKey)?.seq ?? 0, seq) });
  }

  private forgetShadows(teamId: string): void {
    const shadows = this.shadowTable(teamId);
    for (const key of shadows.keys()) {
      const storeKey = JSON.stringify([teamId, key]);
      this.dirty.set(storeKey, { teamId, key, seq: 0 });
    }
    shadows.clear();
    this.agreedTable(teamId).clear();
  }

  private persistSoon(): void {
    this.persisting = this.persisting.then(
      () => this.persist(),
      () => this.persist(),
    );
    this.persisting.catch((error: unknown) => console.error('room bridge, shadows:', error));
  }

  /** Persists the shadows whose document writes have reached the server. */
  private async persist(): Promise<void> {
    const changes = new Map<string, RoomShadow | undefined>();
    for (const [storeKey, { teamId, key, seq }] of this.dirty) {
      const table = this.tables.get(teamId);
      if (seq > 0 && (!table || seq > table.flushedSeq)) continue;
      changes.set(storeKey, this.shadows.get(teamId)?.get(key));
      this.dirty.delete(storeKey);
    }
    await this.shadowStore.save(this.workshopId, changes);
  }

  /** Waits (a while at most) for the documents' writes to reach the server, so their shadows can be kept. */
  private async waitForFlush(timeoutMs: number): Promise<void> {
    const waiting = [...this.tables.values()].flatMap((table) =>
      table.opened.flushed && table.flushedSeq < this.docSeq ? [table.opened.flushed.call(table.opened)] : [],
    );
    if (waiting.length === 0) return;
    await Promise.race([Promise.all(waiting), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  }

  // --- Refusals -----------------------------------------------------------------------------------------

  /** `writers`: the Yjs clients that wrote the refused part, for the room to name their device. */
  private report(collection: string, id: string, problem: string, writers: number[]): void {
    this.stats.refusals += 1;
    const detail = `${collection} ${clip(id, 80)}: ${clip(problem, 300)}`;
    const now = Date.now();
    if ((this.recentReports.get(detail) ?? -Infinity) > now - REPORT_REPEAT_MS) return;
    this.recentReports.set(detail, now);
    if (this.recentReports.size > 200)
      for (const [key, at] of this.recentReports) if (at <= now - REPORT_REPEAT_MS) this.recentReports.delete(key);
    try {
      this.options.reportRefusal({ reason: 'invalid-record', detail, ...(writers.length > 0 ? { writers: writers.slice(0, 16) } : {}) });
    } catch (error) {
      console.error('room bridge, report:', error);
    }
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function parseStoreKey(storeKey: string): [string, RoomKey] | null {
  try {
    const parsed: unknown = JSON.parse(storeKey);
    return Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string'
      ? [parsed[0], parsed[1]]
      : null;
  } catch {
    return null;
  }
}

/** How many dots a change adds (votes that take dots away are stored first, so moving a dot fits the budget). */
function dotsDelta(change: DeviceChange): number {
  if (!change.key.startsWith('v:')) return 0;
  const after = change.value?.['dots'];
  const before = change.current === undefined ? 0 : (JSON.parse(change.current) as { dots?: unknown }).dots;
  return (typeof after === 'number' ? after : 0) - (typeof before === 'number' ? before : 0);
}
