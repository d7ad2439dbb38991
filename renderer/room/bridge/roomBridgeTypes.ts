// The room bridge's public types: the documents it opens, its options, its state and its counters.
import type * as Y from 'yjs';
import type { RefusalReport } from '../../../shared/room/protocol';
import type { ActieplaatDatabase } from '../../data/db';
import type { RoomShadowStore } from '../../data/roomShadows';
import type { WorkshopLimits } from './deviceBatch';
import type { FacilitationSource } from './plenary';

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
