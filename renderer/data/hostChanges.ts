import Dexie, { cmp, type IntervalTree, type ObservabilitySet } from 'dexie';

/**
 * The database tables that hold the workshop's records the room carries (of `ActieplaatDatabase.workshopTables`,
 * all but `sessions`). Not `facilitation`: the bridge hears the facilitator's state from the window that runs
 * it (`FacilitationSource`), so a write of it is no host change of the records.
 */
const WATCHED = ['workshops', 'templates', 'teams', 'participants', 'assessments', 'notes', 'actions', 'votes'] as const;
type Watched = (typeof WATCHED)[number];

/** More changed keys than this since the bridge last looked, and it reads the whole workshop instead. */
const MAX_KEYS = 1000;

/** What changed in the database since the bridge last looked: keys by table, or `all`. */
export interface HostChangeSet {
  /** Anything may have changed (a bulk write, a cleared table, too many keys to keep): reconcile everything. */
  all: boolean;
  notes: Set<string>;
  actions: Set<string>;
  participants: Set<string>;
  /** `[teamId, elementId]`. */
  assessments: [string, string][];
  /** The numbers (`seq`) of the votes put or deleted. */
  votes: Set<number>;
  /** The workshop's own row, its template or its teams (the plenary document's content). */
  workshop: boolean;
}

function emptySet(): HostChangeSet {
  return { all: false, notes: new Set(), actions: new Set(), participants: new Set(), assessments: [], votes: new Set(), workshop: false };
}

/**
 * Follows Dexie's `storagemutated` event (fired for every committed write, in this window and, through
 * a BroadcastChannel, in the app's other windows) and keeps which records of the workshop tables it
 * names, so that the room's bridge reconciles just those after an edit on the host instead of reading
 * the whole workshop. The bridge's own writes are passed over (`expectOwn`); where one is not, the
 * record is reconciled once more, which changes nothing when both sides agree.
 */
export class HostChanges {
  private current = emptySet();
  private count = 0;
  /** The records a write of the bridge's own is about to commit, by table: its event is not the host's. */
  private own: Map<string, Set<string>> | undefined;
  private readonly prefix: string;
  private readonly listener: (parts: ObservabilitySet) => void;

  constructor(dbName: string, onChange: () => void) {
    this.prefix = `idb://${dbName}/`;
    this.listener = (parts) => {
      if (this.add(parts)) onChange();
    };
    Dexie.on.storagemutated.subscribe(this.listener);
  }

  stop(): void {
    Dexie.on.storagemutated.unsubscribe(this.listener);
  }

  /** What changed since the last `take`, and forgets it. */
  take(): HostChangeSet {
    const taken = this.current;
    this.current = emptySet();
    this.count = 0;
    return taken;
  }

  /**
   * The bridge is about to commit these records (`[table, key]`): the event of that write names
   * nothing the host changed and is passed over, once; `undefined` forgets it (the write is done or
   * failed). An event that names anything else is taken whole, so a host write that came at the same
   * moment is never lost: if one naming only these records is taken for the bridge's, the bridge's own
   * event, which names them too, then counts.
   */
  expectOwn(records: readonly (readonly [string, unknown])[] | undefined): void {
    if (!records) {
      this.own = undefined;
      return;
    }
    this.own = new Map();
    for (const [table, key] of records) {
      let keys = this.own.get(table);
      if (!keys) this.own.set(table, (keys = new Set()));
      keys.add(JSON.stringify(key));
    }
  }

  /** The next `take` says everything may have changed (after a failed reconcile, for one). */
  markAll(): void {
    this.current.all = true;
  }

  /** Adds one event's parts; whether any of them is a workshop table's. */
  private add(parts: ObservabilitySet): boolean {
    // "Anything may have changed" (Dexie says so when a page comes back from the back-forward cache).
    if ('all' in parts) {
      this.current.all = true;
      return true;
    }
    if (this.own && this.isOwn(parts)) {
      this.own = undefined;
      return false;
    }
    let relevant = false;
    for (const [part, tree] of Object.entries(parts)) {
      if (!part.startsWith(this.prefix)) continue;
      const [table, index] = part.slice(this.prefix.length).split('/');
      // Only the primary keys: `:dels` and the indexes name the same records again.
      if (index !== '' || !(WATCHED as readonly string[]).includes(table!)) continue;
      relevant = true;
      this.addTree(table as Watched, tree);
    }
    return relevant;
  }

  /** Whether every record the event names is one of the bridge's write under way (`expectOwn`). */
  private isOwn(parts: ObservabilitySet): boolean {
    let named = 0;
    for (const [part, tree] of Object.entries(parts)) {
      if (!part.startsWith(this.prefix)) continue;
      const [table, index] = part.slice(this.prefix.length).split('/');
      if (index !== '' || !(WATCHED as readonly string[]).includes(table!)) continue;
      const expected = this.own?.get(table!);
      for (const key of keysOf(tree)) {
        if (key === undefined || !expected?.has(JSON.stringify(key))) return false;
        named += 1;
      }
    }
    return named > 0;
  }

  private addTree(table: Watched, tree: IntervalTree): void {
    const set = this.current;
    if (set.all) return;
    switch (table) {
      case 'workshops':
      case 'templates':
      case 'teams':
        set.workshop = true;
        return;
    }
    for (const key of keysOf(tree)) {
      if (key === undefined || (this.count += 1) > MAX_KEYS) {
        set.all = true;
        return;
      }
      if (table === 'votes') {
        if (typeof key === 'number') set.votes.add(key);
        else set.all = true;
      } else if (table === 'assessments') {
        if (Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string')
          set.assessments.push([key[0], key[1]]);
        else set.all = true;
      } else if (typeof key === 'string') set[table].add(key);
      else set.all = true;
    }
  }
}

/** The single keys of an interval tree, in order; `undefined` for a range of more than one key. */
function* keysOf(tree: IntervalTree): Generator<unknown> {
  if (!('from' in tree)) return;
  if (tree.l) yield* keysOf(tree.l);
  yield cmp(tree.from, tree.to) === 0 ? tree.from : undefined;
  if (tree.r) yield* keysOf(tree.r);
}
