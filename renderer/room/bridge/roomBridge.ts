// The live room's bridge on the host: starts, follows both sides, queues the reconciles, and stops.
import { workshopLimits } from '../../../shared/model/vocabulary';
import type { RefusalReport } from '../../../shared/room/protocol';
import { ChangeWriter } from '../../data/changes';
import { HostChanges } from '../../data/hostChanges';
import { RoomRecords } from '../../data/roomRecords';
import { roomShadowStore } from '../../data/roomShadows';
import { bridgeStamps } from './deviceStore';
import { PlenaryWriter } from './plenaryWriter';
import { Reconciler } from './reconciler';
import { RefusalReports } from './refusalReports';
import type { RoomBridgeOptions, RoomBridgeState, RoomBridgeStats } from './roomBridgeTypes';
import { ShadowBook } from './shadowBook';
import { TableDocs } from './tableDocs';
import { WorkLoop } from './workLoop';

export type { DocSource, OpenedDoc, RoomBridgeOptions, RoomBridgeState, RoomBridgeStats } from './roomBridgeTypes';
export type { RefusalReport };

/** How often the host's clock is stamped into the plenary document while a round timer runs. */
const CLOCK_STAMP_MS = 10_000;
/** After reconciling just what changed, the whole workshop is reconciled once the room has been quiet this long. */
const IDLE_FULL_MS = 15_000;

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

  /** The origin of the bridge's own document transactions, which its observers pass over. */
  private readonly origin = { roomBridge: true };
  private readonly shadows: ShadowBook;
  private readonly tables: TableDocs;
  private readonly plenary: PlenaryWriter;
  private readonly reconciler: Reconciler;
  private readonly work: WorkLoop;

  private hostChanges: HostChanges | undefined;
  /** The database changed: the records it names are reconciled (`hostChanges`). */
  private hostPending = false;
  /** Everything is reconciled: at the start, when a document has synced, after a failure. */
  private fullPending = false;
  /** Devices' key reconciles run since the last full one (see `nextJob`). */
  private keyJobsSinceFull = 0;
  private plenaryPending = false;
  private started = false;
  private stopped = false;
  private stopping: Promise<void> | undefined;
  private unfacilitation: (() => void) | undefined;
  private clockStamp: ReturnType<typeof setInterval> | undefined;
  private currentState: RoomBridgeState = { phase: 'starting', busy: false };

  constructor(private readonly options: RoomBridgeOptions) {
    const records = new RoomRecords(options.db, options.workshopId);
    const batchDelayMs = options.batchDelayMs ?? 40;
    const stopped = () => this.stopped;
    const failed = (error: unknown) => this.fail(error);
    const shadows = (this.shadows = new ShadowBook(
      options.shadows ?? roomShadowStore,
      options.workshopId,
      (teamId) => this.tables.get(teamId)?.flushedSeq,
    ));
    const tables = (this.tables = new TableDocs({
      docs: options.docs,
      origin: this.origin,
      shadows,
      stats: this.stats,
      stopped,
      changed: () => this.work.kick(batchDelayMs),
      synced: () => {
        this.fullPending = true;
        this.work.kick();
      },
      failed,
    }));
    const plenary = (this.plenary = new PlenaryWriter({
      docs: options.docs,
      origin: this.origin,
      facilitation: options.facilitation,
      stopped,
      stale: () => {
        this.plenaryPending = true;
        this.work.kick();
      },
      failed,
    }));
    this.reconciler = new Reconciler({
      records,
      tables,
      shadows,
      plenary,
      reports: new RefusalReports(this.stats, (report) => this.options.reportRefusal(report)),
      stats: this.stats,
      store: {
        writer: new ChangeWriter(options.db, bridgeStamps(options.now)),
        records,
        limits: { ...workshopLimits, ...options.limits },
        voting: () => this.options.facilitation?.get().voting ?? null,
        hostChanges: () => this.hostChanges,
      },
      stopped,
      plenaryStale: () => {
        this.plenaryPending = true;
      },
      needFull: () => {
        this.fullPending = true;
      },
    });
    this.work = new WorkLoop({
      nextJob: () => this.nextJob(),
      hasWork: () => this.hasWork(),
      busy: (busy) => {
        if (!busy) {
          this.shadows.persistSoon();
          this.updatePhase();
        }
        this.publish(busy);
      },
      succeeded: () => {
        if (this.currentState.error) this.currentState = { ...this.currentState, error: undefined };
      },
      failed: (error) => {
        console.error('room bridge:', error);
        this.currentState = { ...this.currentState, error: error instanceof Error ? error.message : String(error) };
        this.fullPending = true;
      },
      // Once the room has been quiet a while after partial reconciles, everything is reconciled once more.
      quiet: () =>
        this.work.whenQuiet(this.reconciler.partialSinceFull ? (this.options.idleFullMs ?? IDLE_FULL_MS) : undefined, () => {
          this.fullPending = true;
          this.work.kick();
        }),
    });
  }

  get state(): RoomBridgeState {
    return this.currentState;
  }

  /** Loads the shadows, opens the documents and starts following both sides. */
  async start(): Promise<void> {
    if (this.started) throw new Error('a room bridge starts once');
    this.started = true;
    this.publish();
    await this.shadows.load();
    if (this.stopped) return;

    this.plenary.open();
    this.hostChanges = new HostChanges(this.options.db.name, () => {
      this.hostPending = true;
      this.work.kick();
    });
    this.fullPending = true;
    this.work.kick();
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
    this.work.stop();
    this.hostChanges?.stop();
    this.unfacilitation?.();
    clearInterval(this.clockStamp);
    this.stopping = (async () => {
      await this.work.current;
      await this.tables.waitForFlush(1000);
      this.shadows.persistSoon();
      await this.shadows.persisting;
      this.tables.closeAll();
      this.plenary.close();
      this.currentState = { phase: 'stopped', busy: false };
      this.publish();
    })();
    return this.stopping;
  }

  /** Resolves once nothing is queued, under way or waiting to be persisted. */
  whenIdle(): Promise<void> {
    return this.work.whenIdle(() => this.shadows.persisting);
  }

  private hasWork(): boolean {
    if (this.fullPending || this.hostPending) return true;
    if (this.plenaryPending && this.plenary.ready && this.reconciler.data) return true;
    for (const table of this.tables.values()) if (table.ready && (table.pending.size > 0 || table.junk.size > 0)) return true;
    return false;
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
    const jobs = this.tables.takeDeviceChanges();
    if (jobs.length > 0) {
      this.keyJobsSinceFull += 1;
      return () => this.reconciler.keys(jobs);
    }
    if (hostWork) return this.hostJob();
    if (this.plenaryPending && this.plenary.ready && this.reconciler.data) {
      this.plenaryPending = false;
      return () => this.reconciler.refreshPlenary();
    }
    return undefined;
  }

  /** The host's side: just the records the database changed, or everything when that is not known. */
  private hostJob(): () => Promise<void> {
    const full = this.fullPending || !this.reconciler.data;
    this.fullPending = false;
    this.hostPending = false;
    this.keyJobsSinceFull = 0;
    const changes = this.hostChanges?.take();
    if (full || !changes || changes.all) return () => this.reconciler.full();
    return () => this.reconciler.host(changes);
  }

  /** Writes where the facilitator is when it changed (or, `restamp`, to give the phones the host's clock again). */
  private writeFacilitation(restamp = false): void {
    this.plenary.writeFacilitation(this.reconciler.data, restamp);
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
    if (this.plenary.ready && this.reconciler.data && tables.every((table) => table.ready))
      this.currentState = { ...this.currentState, phase: 'live' };
  }
}
