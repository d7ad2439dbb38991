// The table documents the host has open: opened and closed with the teams, followed for devices' changes, written.
import type * as Y from 'yjs';
import { tableDocName } from '../../../shared/room/protocol';
import { elementOfScoreKey, tableMaps } from '../../../shared/room/tableDoc';
import type { DocSource, OpenedDoc, RoomBridgeStats } from './roomBridgeTypes';
import { isVoteKey, roomKey, type Collection, type Fields, type JunkKey, type RoomKey } from './roomForms';
import type { ShadowBook } from './shadowBook';
import { writeRecordToDoc } from './writeRecordToDoc';

export interface TableState {
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

/** The keys devices changed in one table, taken to be reconciled. */
export interface KeyJob {
  table: TableState;
  keys: Set<RoomKey>;
  junk: JunkKey[];
}

export interface TableDocsOptions {
  docs: DocSource;
  /** The origin of the bridge's own document transactions, which the observers pass over. */
  origin: object;
  shadows: ShadowBook;
  stats: RoomBridgeStats;
  stopped(): boolean;
  /** A device changed a table that is ready. */
  changed(): void;
  /** A table's document has synced: everything is reconciled. */
  synced(): void;
  failed(error: unknown): void;
}

export class TableDocs {
  private readonly tables = new Map<string, TableState>();
  /** The number of the last document write. */
  private docSeq = 0;

  constructor(private readonly options: TableDocsOptions) {}

  get(teamId: string): TableState | undefined {
    return this.tables.get(teamId);
  }

  values(): IterableIterator<TableState> {
    return this.tables.values();
  }

  /** Opens the documents of the teams that have none, and closes those of teams that are gone. */
  sync(teamIds: readonly string[]): void {
    const wanted = new Set(teamIds);
    for (const teamId of wanted) if (!this.tables.has(teamId)) this.open(teamId);
    for (const table of [...this.tables.values()]) if (!wanted.has(table.teamId)) this.close(table);
  }

  /** Takes the keys devices changed in each ready table, to be reconciled now. */
  takeDeviceChanges(): KeyJob[] {
    const jobs: KeyJob[] = [];
    for (const table of this.tables.values()) {
      if (!table.ready || (table.pending.size === 0 && table.junk.size === 0)) continue;
      jobs.push({ table, keys: table.pending, junk: [...table.junk.values()] });
      table.pending = new Set();
      table.junk.clear();
    }
    return jobs;
  }

  /** Writes records into a table's document (`undefined` deletes one) and removes junk keys, in one transaction. */
  write(table: TableState, values: Map<RoomKey, Fields | undefined>, junk: JunkKey[]): void {
    if (table.closed || (values.size === 0 && junk.length === 0)) return;
    const { origin, shadows, stats } = this.options;
    const doc = table.opened.doc;
    const maps = tableMaps(doc);
    const written: [RoomKey, Fields | undefined][] = [];
    let changed = false;
    doc.transact((transaction) => {
      for (const [key, value] of values) {
        // A device changed it again meanwhile: decided again with that change, not written over it.
        if (table.pending.has(key)) continue;
        writeRecordToDoc(doc, key, value, origin);
        written.push([key, value]);
      }
      for (const { map, key } of junk) if (maps[map].has(key)) maps[map].delete(key);
      changed = transaction.changed.size > 0;
    }, origin);
    const seq = ++this.docSeq;
    for (const [key, value] of written) shadows.set(table.teamId, key, value, seq);
    if (changed) stats.docWrites += 1;
    const flushed = table.opened.flushed;
    if (!flushed) table.flushedSeq = seq;
    else
      flushed.call(table.opened).then(
        () => {
          table.flushedSeq = Math.max(table.flushedSeq, seq);
          shadows.persistSoon();
        },
        () => {},
      );
  }

  /** Waits (a while at most) for the documents' writes to reach the server, so their shadows can be kept. */
  async waitForFlush(timeoutMs: number): Promise<void> {
    const waiting = [...this.tables.values()].flatMap((table) =>
      table.opened.flushed && table.flushedSeq < this.docSeq ? [table.opened.flushed.call(table.opened)] : [],
    );
    if (waiting.length === 0) return;
    await Promise.race([Promise.all(waiting), new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
  }

  closeAll(): void {
    for (const table of [...this.tables.values()]) this.close(table);
  }

  private open(teamId: string): void {
    const { docs, origin } = this.options;
    const opened = docs.open(tableDocName(teamId));
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
        if (transaction.origin === origin || table.closed) return;
        for (const event of events) {
          if (event.target === map) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) noteChange(table, collection, key);
          else if (typeof event.path[0] === 'string') noteChange(table, collection, event.path[0]);
        }
        if (table.ready) this.options.changed();
      };
      map.observeDeep(handler);
      return () => map.unobserveDeep(handler);
    });
    table.unobserve = () => unobservers.forEach((unobserve) => unobserve());
    this.tables.set(teamId, table);
    opened.synced.then(
      () => {
        if (table.closed || this.options.stopped()) return;
        table.synced = true;
        this.options.synced();
      },
      (error: unknown) => this.options.failed(error),
    );
  }

  /** A team that is gone: its document is closed (its shadows stay, for an undo that brings the team back). */
  private close(table: TableState): void {
    table.closed = true;
    table.unobserve();
    table.opened.close();
    this.tables.delete(table.teamId);
    // Written into a document that may not have reached the server: not kept.
    this.options.shadows.dropUnflushed(table.teamId, table.flushedSeq);
  }
}

function noteChange(table: TableState, collection: Collection, key: string): void {
  if (collection === 'scores') {
    const elementId = elementOfScoreKey(key);
    if (elementId === null) table.junk.set(`scores\u0000${key}`, { map: 'scores', key });
    else table.pending.add(roomKey('scores', elementId));
  } else if (collection === 'votes') {
    if (isVoteKey(key)) table.pending.add(roomKey('votes', key));
    else table.junk.set(`votes\u0000${key}`, { map: 'votes', key });
  } else table.pending.add(roomKey(collection, key));
}
