import Dexie, { type Table } from 'dexie';

/**
 * What the live room's bridge last saw both sides agree on, per record of a table document: a short
 * hash of the record's room form (`h`) and one per field (`f`, field name → hash), so that an edit made
 * on either side while the other was away can be told apart from the other side's, field by field.
 * Hashes only: no participant's text is kept twice, and nothing here is content a user could read.
 */
export interface RoomShadow {
  h: string;
  f: Record<string, string>;
}

interface ShadowRow extends RoomShadow {
  workshopId: string;
  /** The bridge's own key (table and record); opaque here. */
  key: string;
}

export const ROOM_DATABASE_NAME = 'actieplaat-room';

/**
 * A database of its own beside the app's: the shadows are the room's bookkeeping, not workshop data,
 * so they stay out of exports, backups and the main database's schema versions.
 */
export class RoomShadowDatabase extends Dexie {
  shadows!: Table<ShadowRow, [string, string]>;

  constructor(name = ROOM_DATABASE_NAME) {
    super(name);
    this.version(1).stores({ shadows: '[workshopId+key]' });
  }
}

/** The shadows of one workshop at a time: loaded whole when a bridge starts, then written as they change. */
export class RoomShadowStore {
  constructor(private readonly database: RoomShadowDatabase = new RoomShadowDatabase()) {}

  private ofWorkshop(workshopId: string) {
    return this.database.shadows.where('[workshopId+key]').between([workshopId, Dexie.minKey], [workshopId, Dexie.maxKey], true, true);
  }

  async load(workshopId: string): Promise<Map<string, RoomShadow>> {
    const rows = await this.ofWorkshop(workshopId).toArray();
    return new Map(rows.map(({ key, h, f }) => [key, { h, f }]));
  }

  /** Sets shadows, and removes those given as `undefined`, in one transaction. */
  async save(workshopId: string, changes: ReadonlyMap<string, RoomShadow | undefined>): Promise<void> {
    if (changes.size === 0) return;
    const puts: ShadowRow[] = [];
    const deletes: [string, string][] = [];
    for (const [key, shadow] of changes) {
      if (shadow) puts.push({ workshopId, key, h: shadow.h, f: shadow.f });
      else deletes.push([workshopId, key]);
    }
    const table = this.database.shadows;
    await this.database.transaction('rw', table, async () => {
      if (deletes.length > 0) await table.bulkDelete(deletes);
      if (puts.length > 0) await table.bulkPut(puts);
    });
  }

  /** Forgets a workshop's shadows (its room's documents are gone for good). */
  async clear(workshopId: string): Promise<void> {
    await this.ofWorkshop(workshopId).delete();
  }

  close(): void {
    this.database.close();
  }
}

/** The app's shadow store; tests make their own with `new RoomShadowStore(new RoomShadowDatabase(name))`. */
export const roomShadowStore = new RoomShadowStore();
