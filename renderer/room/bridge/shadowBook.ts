// The shadows: per table, the room form of each record as the database and the document last agreed on it.
import type { RoomShadow, RoomShadowStore } from '../../data/roomShadows';
import { canonical, hashText, sameFields, shadowOf, type Fields, type RoomKey } from './roomForms';

/**
 * Keeps each table's shadows (ROOM.md): what tells a change of the host from a device's. A shadow is
 * persisted only once the document write it came with has reached the server, so that a restart never
 * compares against an agreement the server does not have.
 */
export class ShadowBook {
  private readonly shadows = new Map<string, Map<RoomKey, RoomShadow>>();
  /** The room form each shadow was made of, once known: a steady record is compared with it, not hashed again. */
  private readonly agreedFields = new Map<string, Map<RoomKey, Fields>>();
  /** Shadows to persist: the document write they wait for (0: none). */
  private readonly dirty = new Map<string, { teamId: string; key: RoomKey; seq: number }>();
  private persistingNow: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: RoomShadowStore,
    private readonly workshopId: string,
    /** The last of a table's document writes that has reached the server; `undefined` for a table not open. */
    private readonly flushedSeq: (teamId: string) => number | undefined,
  ) {}

  /** Resolves once what was asked to be persisted so far is. */
  get persisting(): Promise<void> {
    return this.persistingNow;
  }

  /** Reads the shadows kept since the bridge last ran. */
  async load(): Promise<void> {
    const stored = await this.store.load(this.workshopId);
    for (const [storeKey, shadow] of stored) {
      const [teamId, key] = parseStoreKey(storeKey) ?? [];
      if (teamId !== undefined && key !== undefined) this.table(teamId).set(key, shadow);
    }
  }

  table(teamId: string): Map<RoomKey, RoomShadow> {
    let table = this.shadows.get(teamId);
    if (!table) this.shadows.set(teamId, (table = new Map()));
    return table;
  }

  /** Every table's shadows, by team. */
  tables(): IterableIterator<[string, Map<RoomKey, RoomShadow>]> {
    return this.shadows.entries();
  }

  /** Both sides hold `fields`: the shadow follows, unless it has it already. */
  agree(teamId: string, key: RoomKey, fields: Fields, text?: string): void {
    const agreed = this.agreedTable(teamId);
    const known = agreed.get(key);
    if (known && sameFields(known, fields)) return;
    text ??= canonical(fields);
    if (this.table(teamId).get(key)?.h === hashText(text)) agreed.set(key, fields);
    else this.set(teamId, key, fields, 0, text);
  }

  /** Sets a record's shadow; `seq` is the document write it waits for before it is persisted (0: none). */
  set(teamId: string, key: RoomKey, fields: Fields | undefined, seq: number, text = fields && canonical(fields)): void {
    const shadows = this.table(teamId);
    const agreed = this.agreedTable(teamId);
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
    const storeKey = JSON.stringify([teamId, key]);
    this.dirty.set(storeKey, { teamId, key, seq: Math.max(this.dirty.get(storeKey)?.seq ?? 0, seq) });
  }

  /** Forgets a table's shadows (its document is seeded from the database). */
  forget(teamId: string): void {
    const shadows = this.table(teamId);
    for (const key of shadows.keys()) {
      const storeKey = JSON.stringify([teamId, key]);
      this.dirty.set(storeKey, { teamId, key, seq: 0 });
    }
    shadows.clear();
    this.agreedTable(teamId).clear();
  }

  /** A table's document is closed: shadows of writes that may not have reached the server are not kept. */
  dropUnflushed(teamId: string, flushedSeq: number): void {
    for (const [storeKey, dirty] of this.dirty) {
      if (dirty.teamId === teamId && dirty.seq > flushedSeq) this.dirty.delete(storeKey);
    }
  }

  persistSoon(): void {
    this.persistingNow = this.persistingNow.then(
      () => this.persist(),
      () => this.persist(),
    );
    this.persistingNow.catch((error: unknown) => console.error('room bridge, shadows:', error));
  }

  private agreedTable(teamId: string): Map<RoomKey, Fields> {
    let table = this.agreedFields.get(teamId);
    if (!table) this.agreedFields.set(teamId, (table = new Map()));
    return table;
  }

  /** Persists the shadows whose document writes have reached the server. */
  private async persist(): Promise<void> {
    const changes = new Map<string, RoomShadow | undefined>();
    for (const [storeKey, { teamId, key, seq }] of this.dirty) {
      const flushed = this.flushedSeq(teamId);
      if (seq > 0 && (flushed === undefined || seq > flushed)) continue;
      changes.set(storeKey, this.shadows.get(teamId)?.get(key));
      this.dirty.delete(storeKey);
    }
    await this.store.save(this.workshopId, changes);
  }
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
